import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import type { Logger } from "pino";
import { activeTraceId } from "./tracing.js";

/**
 * Transport-neutral domain errors. Services throw these; `formatError` is the one place that
 * turns them into GraphQL errors with `extensions.code`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class InputError extends DomainError {
  readonly code = "BAD_USER_INPUT";
}
export class NotFoundError extends DomainError {
  readonly code = "NOT_FOUND";
}
export class NotAllowedError extends DomainError {
  readonly code = "FORBIDDEN";
}
export class AuthenticationError extends DomainError {
  readonly code = "UNAUTHENTICATED";
}
export class ConflictError extends DomainError {
  readonly code = "CONFLICT";
}

/** Codes a client may rely on; anything else becomes INTERNAL_SERVER_ERROR. */
export const errorCodes = {
  BAD_USER_INPUT: "The input is invalid; `extensions.field` names the offending field.",
  UNAUTHENTICATED: "No valid identity: log in, or the forwarded identity is forged or expired.",
  FORBIDDEN: "The caller is identified but may not do this.",
  NOT_FOUND: "The object does not exist (or is not visible to the caller).",
  CONFLICT: "The object changed since it was read, or a uniqueness rule was hit.",
  GRAPHQL_PARSE_FAILED: "The document is not valid GraphQL syntax.",
  GRAPHQL_VALIDATION_FAILED: "The document does not match the schema.",
  BAD_REQUEST: "The HTTP request is malformed.",
  PERSISTED_QUERY_NOT_FOUND: "Automatic persisted query hash unknown: resend with the query.",
  PERSISTED_QUERY_NOT_SUPPORTED: "Persisted queries are disabled.",
  OPERATION_RESOLUTION_FAILURE: "The named operation is not in the document.",
  SUBGRAPH_UNAVAILABLE: "A subgraph did not answer in time; `extensions.serviceName` names it.",
  PAYLOAD_TOO_LARGE: "The request body is larger than the gateway accepts.",
  COST_LIMIT_EXCEEDED: "The operation's estimated cost is above the limit (`first` multiplies).",
  INTROSPECTION_DISABLED: "Introspection is off for anonymous callers in production.",
  INTROSPECTION_TOO_DEEP:
    "The introspection query nests type expansions (`fields`, `interfaces`...) more than twice, or is too deep.",
  RATE_LIMITED: "Too many requests; retry after `extensions.retryAfter` seconds.",
  API_KEY_INVALID: "The API key is unknown, revoked or expired.",
  API_KEY_SCOPE: "The API key's scope does not allow mutations.",
  PERSISTED_QUERY_REQUIRED: "Only safelisted (persisted) operations are accepted here.",
  SERVICE_UNAVAILABLE:
    "A database, or the identity lookup a signed-in request needs, is unreachable or too slow right now (an outage): retry later.",
  INTERNAL_SERVER_ERROR: "An unexpected failure; details are in the server log, not here.",
} as const;
export type ErrorCode = keyof typeof errorCodes;

/** Extension keys a client may see; everything else (stacktrace, response, ...) is dropped. */
const PUBLIC_EXTENSIONS = new Set([
  "code",
  "field",
  "problems",
  "serviceName",
  "retryAfter",
  "cost",
  "maxCost",
  "traceId",
]);

function describeValidation(
  errors: readonly ValidationError[],
  prefix = "",
): {
  field: string;
  message: string;
}[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...describeValidation(error.children ?? [], field)];
  });
}

/**
 * SQLSTATE classes and codes meaning the database cannot serve now, not that the request is
 * wrong: connection exceptions (08), operator intervention (57: shutdown, starting up, statement
 * cancelled by statement_timeout), insufficient resources (53), idle-in-transaction timeout.
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57)|^25P03$/;
/** What node-postgres and Node report when the server is gone or the pool cannot connect. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|Connection refused|server closed the connection/i;
const UNAVAILABLE_ERRNO = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** True when `error` (or one of its causes) says the database is unavailable right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
    return true;
  if (UNAVAILABLE_MESSAGE.test(error.message)) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))
  )
    return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}

/**
 * Apollo Server `formatError`: keeps known codes, names the invalid field, and replaces
 * anything unexpected (SQL errors, bugs) with a generic message after logging it.
 */
export function createErrorFormatter(logger: Logger) {
  const format = formatWith(logger);
  // With tracing on, every error names its trace: a caller's report leads to the whole request.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    const traceId = activeTraceId();
    return traceId ? { ...result, extensions: { ...result.extensions, traceId } } : result;
  };
}

function formatWith(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;

    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: original.code,
          ...(original.field ? { field: original.field } : {}),
        },
      };
    }

    if (original instanceof ArgumentValidationError) {
      const problems = describeValidation(original.extensions.validationErrors);
      const first = problems[0];
      return {
        message: first ? `Invalid ${first.field}: ${first.message}` : "Invalid arguments",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "BAD_USER_INPUT", field: first?.field, problems },
      };
    }

    const code = formatted.extensions?.code;
    if (typeof code === "string" && code in errorCodes && code !== "INTERNAL_SERVER_ERROR") {
      // Only documented extensions travel: no stack, no subgraph URL or response body.
      const extensions = Object.fromEntries(
        Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.has(key)),
      );
      return { ...formatted, extensions };
    }

    if (isDatabaseUnavailable(original)) {
      // An outage, not a bug: the caller may retry; the pool reconnects by itself.
      logger.warn({ err: original }, "database unavailable while executing an operation");
      return {
        message: "Service temporarily unavailable: its database cannot be reached. Retry later.",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }

    logger.error({ err: original }, "unexpected error while executing an operation");
    return {
      message: "Internal server error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
