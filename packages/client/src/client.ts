import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** A document typed by graphql-codegen's client preset (`documentMode: "string"`). */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: { hash?: string } | undefined;
};

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A request that failed: transport (status, no body) or GraphQL errors (`extensions.code`). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: GraphQLErrorShape[] = [],
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }

  /** The first error code (`UNAUTHENTICATED`, `FORBIDDEN`, `NOT_FOUND`, ...), if any. */
  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** The caller's bearer token, read at every request (null: anonymous). */
  getToken?: () => string | null | undefined;
  /** Per-request timeout; the gateway answers in well under this. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /**
   * Send `{ documentId }` (the persisted-documents manifest key) instead of the query text, for a
   * gateway that loads the apps' manifests (PERSISTED_OPERATIONS) and enforces its safelist.
   */
  persistedDocuments?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface GraphQLClient {
  readonly url: string;
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<TResult>;
}

/**
 * A partial answer (docs/adr/0005-partial-answers.md): every root field came back, and the only
 * errors are subgraphs that did not answer. Their references are null in the data (a person's
 * name reads "non disponibile"), so the page shows everything else. When a root field itself is
 * missing, or any other error occurred, the request fails as a whole.
 */
function isPartialAnswer(body: { data?: unknown; errors?: GraphQLErrorShape[] }): boolean {
  if (typeof body.data !== "object" || body.data === null) return false;
  if (Object.values(body.data).some((value) => value === null)) return false;
  return (body.errors ?? []).every((e) => e.extensions?.code === "SUBGRAPH_UNAVAILABLE");
}

/**
 * A small GraphQL client for the gateway: one POST per operation with `content-type:
 * application/json` (what the gateway's CSRF prevention expects) and the caller's token when
 * there is one. With `persistedDocuments`, operations go by id (`{ documentId }`, the keys of
 * `src/gql/persisted-documents.json` in each app), which the gateway resolves from its safelist.
 * A partial answer (see `isPartialAnswer`) resolves with its data; other errors reject.
 */
export function createClient(options: ClientOptions): GraphQLClient {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    url: options.url,
    async request(document, variables, requestOptions = {}) {
      const token = options.getToken?.();
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      const hash = document.__meta__?.hash;
      const signals = [AbortSignal.timeout(timeoutMs)];
      if (requestOptions.signal) signals.push(requestOptions.signal);
      let response: Response;
      try {
        response = await fetchFn(options.url, {
          method: "POST",
          headers,
          body: JSON.stringify(
            options.persistedDocuments && hash
              ? { documentId: hash, variables: variables ?? {} }
              : { query: document.toString(), variables: variables ?? {} },
          ),
          signal: AbortSignal.any(signals),
        });
      } catch (error) {
        if (requestOptions.signal?.aborted) throw error;
        throw new GraphQLRequestError(`The service cannot be reached (${String(error)})`, 0);
      }
      let body: { data?: unknown; errors?: GraphQLErrorShape[] } | undefined;
      try {
        body = (await response.json()) as typeof body;
      } catch {
        body = undefined;
      }
      if (body?.errors?.length && !isPartialAnswer(body)) {
        throw new GraphQLRequestError(body.errors[0]!.message, response.status, body.errors);
      }
      if (!response.ok || !body || body.data === undefined || body.data === null) {
        throw new GraphQLRequestError(`The service answered ${response.status}`, response.status);
      }
      return body.data as never;
    },
  };
}
