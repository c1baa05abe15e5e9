/** PostgreSQL unique_violation (PGlite reports the same SQLSTATE). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  if (!e || e.code !== "23505") return false;
  return constraint === undefined || e.constraint === constraint;
}
