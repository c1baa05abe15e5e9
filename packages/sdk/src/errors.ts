/** One entry of a GraphQL response's `errors`, as the gateway sends it. */
export interface ComTemGraphQLError {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * Codes the public API uses in `extensions.code` (docs/errors.md). New codes may appear: the
 * type stays open (`string`), these are here for completion in editors.
 */
export type KnownErrorCode =
  | "BAD_USER_INPUT"
  | "GRAPHQL_PARSE_FAILED"
  | "GRAPHQL_VALIDATION_FAILED"
  | "COST_LIMIT_EXCEEDED"
  | "INTROSPECTION_DISABLED"
  | "INTROSPECTION_TOO_DEEP"
  | "OPERATION_RESOLUTION_FAILURE"
  | "PAYLOAD_TOO_LARGE"
  | "BAD_REQUEST"
  | "RATE_LIMITED"
  | "API_KEY_INVALID"
  | "API_KEY_SCOPE"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PERSISTED_QUERY_REQUIRED"
  | "PERSISTED_QUERY_NOT_FOUND"
  | "PERSISTED_QUERY_NOT_SUPPORTED"
  | "SUBGRAPH_UNAVAILABLE"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

/** Codes of failures that never reached a GraphQL answer. */
export type TransportErrorCode = "NETWORK_ERROR" | "HTTP_ERROR";

export type ComTemErrorCode = KnownErrorCode | TransportErrorCode | (string & {});

/**
 * A request that failed. `code` is the first error's `extensions.code` (`RATE_LIMITED`,
 * `API_KEY_INVALID`, `COST_LIMIT_EXCEEDED`…), else `HTTP_ERROR` (an answer that is not GraphQL)
 * or `NETWORK_ERROR` (no answer; `status` 0). `errors` are the GraphQL errors as sent, `data`
 * whatever data came with them (a partial answer), `attempts` how many requests were made.
 */
export class ComTemApiError extends Error {
  override readonly name = "ComTemApiError";
  readonly code: ComTemErrorCode;
  readonly status: number;
  readonly errors: ComTemGraphQLError[];
  readonly data: unknown;
  /** Seconds the gateway asked to wait (429), when it said. */
  readonly retryAfter: number | undefined;
  readonly attempts: number;

  constructor(init: {
    message: string;
    status: number;
    code?: ComTemErrorCode | undefined;
    errors?: ComTemGraphQLError[];
    data?: unknown;
    retryAfter?: number | undefined;
    attempts?: number;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.code =
      init.code ??
      this.errors.find((e) => typeof e.extensions?.code === "string")?.extensions?.code ??
      "HTTP_ERROR";
    this.data = init.data ?? null;
    this.retryAfter = init.retryAfter;
    this.attempts = init.attempts ?? 1;
  }
}

/** True for a ComTemApiError, optionally with one of `codes`. */
export function isComTemApiError(
  error: unknown,
  ...codes: ComTemErrorCode[]
): error is ComTemApiError {
  return error instanceof ComTemApiError && (codes.length === 0 || codes.includes(error.code));
}
