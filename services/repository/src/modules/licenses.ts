import { createRequire } from "node:module";

/** SPDX license identifiers (the `spdx-license-ids` package: the SPDX list, CC0). */
const ids: string[] = createRequire(import.meta.url)("spdx-license-ids") as string[];
const KNOWN = new Set(ids.map((id) => id.toLowerCase()));
const CANONICAL = new Map(ids.map((id) => [id.toLowerCase(), id]));

/**
 * Validates an SPDX license expression of identifiers joined by AND / OR (optionally in
 * parentheses, `+` allowed): "EUPL-1.2", "MIT OR Apache-2.0". Returns the canonical spelling,
 * or null when an identifier is unknown or the shape is not an expression.
 */
export function normalizeLicense(expression: string): string | null {
  const trimmed = expression.trim();
  if (!trimmed || trimmed.length > 200) return null;
  const tokens = trimmed.replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
  let expectId = true;
  const out: string[] = [];
  for (const token of tokens) {
    if (expectId) {
      const plain = token.endsWith("+") ? token.slice(0, -1) : token;
      if (!KNOWN.has(plain.toLowerCase())) return null;
      out.push(`${CANONICAL.get(plain.toLowerCase())}${token.endsWith("+") ? "+" : ""}`);
    } else {
      if (!/^(AND|OR)$/i.test(token)) return null;
    }
    expectId = !expectId;
  }
  if (expectId) return null;
  // Keep the caller's operators and parentheses; only identifiers are canonicalised.
  let index = 0;
  return trimmed.replace(/[A-Za-z0-9.+-]+/g, (word) =>
    /^(AND|OR)$/i.test(word) ? word.toUpperCase() : (out[index++] ?? word),
  );
}
