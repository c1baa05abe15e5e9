/**
 * Prints a development token for a seeded person, from a running gateway:
 *   pnpm token                 lists the seeded people and their ids
 *   pnpm token <personId>      prints a bearer token for that person
 */
const gateway = process.env.GATEWAY_URL ?? "http://localhost:4000";
const personId = process.argv[2];

if (!personId) {
  const response = await fetch(`${gateway}/dev-issuer/people`);
  const { people } = (await response.json()) as {
    people: {
      id: string;
      fullName: string;
      systemRoles: string[];
      organization: { name: string } | null;
    }[];
  };
  for (const p of people) {
    console.log(
      `${p.id}  ${p.fullName} (${p.organization?.name ?? "-"})${p.systemRoles.length ? ` [${p.systemRoles.join(",")}]` : ""}`,
    );
  }
} else {
  const response = await fetch(`${gateway}/dev-issuer/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personId }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    console.error(body.error_description ?? `HTTP ${response.status}`);
    process.exit(1);
  }
  console.log(body.access_token);
}
