export interface GraphQLResponse<T = any> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** POSTs a GraphQL operation the way any client of the public API would. */
export async function graphql<T = any>(
  url: string,
  query: string,
  options: {
    variables?: Record<string, unknown>;
    token?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>["body"] };
}

export async function devToken(gatewayUrl: string, personId: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/dev-issuer/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw new Error(`dev issuer answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function devPeople(gatewayUrl: string) {
  const response = await fetch(`${gatewayUrl}/dev-issuer/people`);
  return (
    (await response.json()) as { people: { id: string; fullName: string; systemRoles: string[] }[] }
  ).people;
}

/** Sums a counter over the series of a service's Prometheus endpoint that carry `labels`. */
export async function metric(serviceUrl: string, name: string, labels = ""): Promise<number> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  return text
    .split("\n")
    .filter((l) => l.startsWith(`${name}{`) && l.includes(labels))
    .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);
}
