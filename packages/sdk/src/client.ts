import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { ComTemApiError, type ComTemGraphQLError } from "./errors.js";

/**
 * A typed GraphQL document: the SDK's own (`OrganizationsDocument`…), or one that
 * graphql-codegen generated in your project — a string document (client preset with
 * `documentMode: "string"`) or a `TypedDocumentNode` (printed with graphql-js, then an
 * optional peer dependency).
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables>;

export interface ComTemClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `https://comtem.example.org/graphql`. */
  url: string;
  /** Your organization's API key (`ctk_…`), sent as `X-Api-Key`. */
  apiKey?: string | undefined;
  /**
   * A person's bearer token (needed, with a `READ_WRITE` key, for mutations), or a function
   * asked before every request so a renewed token is used.
   */
  token?: string | (() => string | undefined | Promise<string | undefined>) | undefined;
  /** Default: the global `fetch` (Node ≥ 18, browsers). */
  fetch?: typeof fetch | undefined;
  /** Retries after a 429 (any operation) or a 502/503/504/network failure (queries only). Default 3. */
  maxRetries?: number | undefined;
  /**
   * The longest wait before a retry. A Retry-After asking for more is not waited for: the
   * request fails at once with `RATE_LIMITED` and `retryAfter`. Default 60 000 ms.
   */
  maxRetryDelayMs?: number | undefined;
  /** First backoff when the gateway does not say how long to wait; doubled each time, jittered. Default 500 ms. */
  retryBaseDelayMs?: number | undefined;
  /** Per-request timeout (each attempt). Default 30 000 ms. */
  timeoutMs?: number | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Told before each wait-and-retry (logging, metrics). */
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

export interface RetryEvent {
  /** The attempt that failed, from 1. */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** HTTP status of the failed attempt (0: no answer). */
  status: number;
  /** Seconds the gateway asked for (Retry-After), when it did. */
  retryAfter: number | undefined;
  operationName: string | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Extra headers for this request. */
  headers?: Record<string, string> | undefined;
}

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/**
 * Variables may be left out when the operation has no required variable (codegen types an
 * operation without variables as `{ [key: string]: never }`).
 */
export type VariablesArgs<TVariables> = string extends keyof TVariables
  ? [variables?: TVariables, options?: RequestOptions]
  : [RequiredKeys<TVariables>] extends [never]
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

/** What `paginate` needs of a Relay connection. */
export interface Connection<TNode> {
  edges: ReadonlyArray<{ node: TNode } | null>;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number;
}

export interface Page<TNode, TResult> {
  nodes: TNode[];
  totalCount: number | undefined;
  /** The whole answer of this page. */
  data: TResult;
}

export interface PaginateOptions extends RequestOptions {
  /** Stop after this many pages (default: no limit). */
  maxPages?: number | undefined;
}

export interface ComTemClient {
  readonly url: string;
  /** Runs one operation; resolves with its data, or rejects with a `ComTemApiError`. */
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...args: VariablesArgs<TVariables>
  ): Promise<TResult>;
  /**
   * Every node of a Relay connection, page after page (`after` = the previous `endCursor`,
   * while `hasNextPage`). `select` picks the connection out of the answer.
   */
  paginate<TResult, TVariables extends { after?: string | null }, TNode>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    select: (data: TResult) => Connection<TNode> | null | undefined,
    options?: PaginateOptions,
  ): AsyncGenerator<TNode, void, undefined>;
  /** The same, one page at a time (its nodes, `totalCount` and whole answer). */
  pages<TResult, TVariables extends { after?: string | null }, TNode>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    select: (data: TResult) => Connection<TNode> | null | undefined,
    options?: PaginateOptions,
  ): AsyncGenerator<Page<TNode, TResult>, void, undefined>;
}

const DEFAULTS = {
  maxRetries: 3,
  maxRetryDelayMs: 60_000,
  retryBaseDelayMs: 500,
  timeoutMs: 30_000,
};

/** Statuses after which a query (never a mutation) is tried again. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);

/**
 * Retry-After as milliseconds to wait: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()) {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "full jitter": a random wait in [base·2ⁿ/2, base·2ⁿ], capped. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** `query`, `mutation` or `subscription`: the kind of the document's first operation. */
export function operationKind(source: string): "query" | "mutation" | "subscription" {
  // Strip comments and strings, then look at top-level definitions, skipping fragments.
  const text = source.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, " ");
  let depth = 0;
  let inFragment = false;
  for (const match of text.matchAll(/[{}]|[_A-Za-z][_0-9A-Za-z]*/g)) {
    const token = match[0];
    if (token === "{") {
      if (depth === 0 && !inFragment) return "query";
      depth += 1;
    } else if (token === "}") {
      depth -= 1;
      if (depth === 0) inFragment = false;
    } else if (depth === 0 && !inFragment) {
      if (token === "fragment") inFragment = true;
      else if (token === "query" || token === "mutation" || token === "subscription") return token;
    }
  }
  return "query";
}

function operationName(source: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(source)?.[1];
}

async function documentSource(document: unknown): Promise<string> {
  if (typeof document === "string" || document instanceof String) return String(document);
  if (typeof document === "object" && document !== null && "kind" in document) {
    const node = document as { kind: string; loc?: { source?: { body?: string } } };
    if (node.kind === "Document") {
      if (node.loc?.source?.body) return node.loc.source.body;
      const { print } = await import("graphql");
      return print(document as Parameters<typeof print>[0]);
    }
  }
  throw new TypeError(
    "Not a GraphQL document: pass a generated document (e.g. OrganizationsDocument) or a TypedDocumentNode",
  );
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function withTimeout(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  if (!signal) return timeout;
  return typeof AbortSignal.any === "function" ? AbortSignal.any([signal, timeout]) : signal;
}

interface GraphQLBody {
  data?: unknown;
  errors?: ComTemGraphQLError[];
}

async function readBody(response: Response): Promise<GraphQLBody | undefined> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as unknown;
    return typeof body === "object" && body !== null ? (body as GraphQLBody) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A client of the ComTem public API: one JSON POST per operation with the API key and token;
 * 429s are retried after the gateway's Retry-After (seconds or HTTP date), else after a
 * jittered exponential backoff, at most `maxRetries` times; 502/503/504 and network failures
 * are retried the same way for queries only — a mutation is never sent twice after the server
 * may have run it. Failures reject with `ComTemApiError`.
 */
export function createComTemClient(options: ComTemClientOptions): ComTemClient {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxRetries = Math.max(0, options.maxRetries ?? DEFAULTS.maxRetries);
  const maxRetryDelayMs = options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs;
  const baseDelayMs = options.retryBaseDelayMs ?? DEFAULTS.retryBaseDelayMs;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;

  async function headers(extra: Record<string, string> | undefined) {
    const token = typeof options.token === "function" ? await options.token() : options.token;
    return {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(options.apiKey ? { "x-api-key": options.apiKey } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
      ...extra,
    };
  }

  async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
    requestOptions: RequestOptions = {},
  ): Promise<TResult> {
    const query = await documentSource(document);
    const name = operationName(query);
    const retriesTransient = operationKind(query) === "query";
    const body = JSON.stringify({ query, variables: variables ?? {}, operationName: name });
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetchFn(options.url, {
          method: "POST",
          headers: await headers(requestOptions.headers),
          body,
          signal: withTimeout(requestOptions.signal, timeoutMs),
        });
      } catch (cause) {
        if (requestOptions.signal?.aborted) throw cause;
        const error = new ComTemApiError({
          message: `No answer from ${options.url}: ${(cause as Error)?.message ?? cause}`,
          status: 0,
          code: "NETWORK_ERROR",
          attempts: attempt,
          cause,
        });
        if (!retriesTransient || attempt > maxRetries) throw error;
        await wait(attempt, backoffDelay(attempt, baseDelayMs, maxRetryDelayMs), 0, undefined);
        continue;
      }

      const parsed = await readBody(response);
      const errors = Array.isArray(parsed?.errors) ? parsed.errors : [];
      if (response.ok && parsed && "data" in parsed && errors.length === 0) {
        return parsed.data as TResult;
      }
      const retryAfterMs =
        parseRetryAfter(response.headers.get("retry-after")) ?? retryAfterFromBody(errors);
      const error = new ComTemApiError({
        message:
          errors[0]?.message ??
          `HTTP ${response.status} ${response.statusText}`.trim() +
            (parsed ? "" : " (not a GraphQL answer)"),
        status: response.status,
        errors,
        data: parsed?.data,
        retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
        attempts: attempt,
      });
      const retryable =
        response.status === 429 || (retriesTransient && TRANSIENT_STATUSES.has(response.status));
      if (!retryable || attempt > maxRetries) throw error;
      let delayMs: number;
      if (retryAfterMs !== undefined) {
        // Never earlier than asked; a little later, so clients told the same second spread out.
        if (retryAfterMs > maxRetryDelayMs) throw error;
        delayMs = retryAfterMs + Math.round(Math.random() * 250);
      } else {
        delayMs = backoffDelay(attempt, baseDelayMs, maxRetryDelayMs);
      }
      await wait(attempt, delayMs, response.status, error.retryAfter);
    }

    async function wait(
      attempt: number,
      delayMs: number,
      status: number,
      retryAfter: number | undefined,
    ) {
      options.onRetry?.({ attempt, delayMs, status, retryAfter, operationName: name });
      await sleep(delayMs, requestOptions.signal);
    }
  }

  async function* pages<TResult, TVariables extends { after?: string | null }, TNode>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    select: (data: TResult) => Connection<TNode> | null | undefined,
    paginateOptions: PaginateOptions = {},
  ): AsyncGenerator<Page<TNode, TResult>, void, undefined> {
    let after = variables.after ?? null;
    for (let page = 1; ; page += 1) {
      const data = await request(document, { ...variables, after }, paginateOptions);
      const connection = select(data);
      if (!connection) return;
      const nodes = connection.edges.flatMap((edge) => (edge ? [edge.node] : []));
      yield { nodes, totalCount: connection.totalCount, data };
      const { hasNextPage, endCursor } = connection.pageInfo;
      if (!hasNextPage) return;
      if (!endCursor || endCursor === after) {
        throw new Error(`Pagination did not advance after page ${page} (endCursor ${endCursor})`);
      }
      if (paginateOptions.maxPages !== undefined && page >= paginateOptions.maxPages) return;
      after = endCursor;
    }
  }

  async function* paginate<TResult, TVariables extends { after?: string | null }, TNode>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    select: (data: TResult) => Connection<TNode> | null | undefined,
    paginateOptions?: PaginateOptions,
  ): AsyncGenerator<TNode, void, undefined> {
    for await (const page of pages(document, variables, select, paginateOptions)) {
      yield* page.nodes;
    }
  }

  return {
    url: options.url,
    request: request as ComTemClient["request"],
    paginate,
    pages,
  };
}

/** The gateway also says `extensions.retryAfter` (seconds) in a 429's body. */
function retryAfterFromBody(errors: ComTemGraphQLError[]): number | undefined {
  const seconds = errors.find((e) => typeof e.extensions?.retryAfter === "number")?.extensions
    ?.retryAfter as number | undefined;
  return seconds === undefined ? undefined : seconds * 1000;
}
