import { anonymous, PRINCIPAL_HEADER, type Principal, type ServiceApp } from "@comtem/service-kit";

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type Run = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  principal?: Principal,
) => Promise<GraphQLResult<T>>;

/**
 * Executes operations against a subgraph in-process, with the context the service would build
 * for that principal (the HTTP layer and its signature check are covered by e2e tests).
 */
export function inProcess(server: ServiceApp, contextFor: (principal: Principal) => object): Run {
  return async (query, variables = {}, principal = anonymous) => {
    const response = await server.apollo.executeOperation(
      { query, variables },
      { contextValue: contextFor(principal) as never },
    );
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GraphQLResult<any>;
  };
}

export const testPrincipals = {
  /** A signed-in person; `organizationId` is what the gateway looked up in people (none if omitted). */
  member(
    personId: string,
    communityRoles: Principal["communityRoles"] = [],
    organizationId: string | null = null,
  ): Principal {
    return { personId, systemRoles: [], communityRoles, organizationId };
  },
  admin(personId: string, organizationId: string | null = null): Principal {
    return { personId, systemRoles: ["ADMIN"], communityRoles: [], organizationId };
  },
};

/**
 * A key pair that is not the published development pair, for tests that run a service in
 * production mode (which refuses the development keys). Test-only: never deploy it.
 */
export const TEST_PRODUCTION_KEYS = Object.freeze({
  privateKey:
    "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIPDVg+MEhXTZTp/DQGddzCRDgwfkK6ORwFrWfyrXGnws\n-----END PRIVATE KEY-----",
  publicKey:
    "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAyZ7L9arMWu0Y6tBhCa9mDP+NYGIXc43AKVh7ODn59N4=\n-----END PUBLIC KEY-----",
});

/** What a stubbed subgraph answers: a GraphQL response, a network failure, or nothing at all. */
export type StubAnswer = { status?: number; body: unknown } | Error | "hang";

/**
 * Stand-ins for the subgraphs the gateway asks itself (lookups): each URL checks the principal
 * header it receives with its verifier (so the audience and signature are tested), records the
 * call, and answers with `answers[url](variables)`. A `fetch` for the gateway's lookups.
 */
export function stubSubgraphs(
  verifiers: Record<string, { verify(header: string | undefined): Promise<Principal> }>,
  answers: Record<string, (variables: Record<string, unknown>) => StubAnswer>,
) {
  const calls: { url: string; principal: Principal; variables: Record<string, unknown> }[] = [];
  const fetch = async (url: string, init: Record<string, unknown>): Promise<Response> => {
    const headers = init.headers as Record<string, string>;
    const { variables = {} } = JSON.parse(init.body as string) as {
      variables?: Record<string, unknown>;
    };
    calls.push({
      url,
      principal: await verifiers[url]!.verify(headers[PRINCIPAL_HEADER]),
      variables,
    });
    const answer = answers[url]!(variables);
    if (answer === "hang") return new Promise<Response>(() => {});
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 });
  };
  return { fetch, calls };
}
