type Fetch = (url: string, init: Record<string, unknown>) => Promise<Response>;

/** Per-request trace context: different for every caller, never part of what is asked. */
const TRACE_HEADERS = new Set(["traceparent", "tracestate"]);

interface SharedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/**
 * Identical subgraph queries in flight at the same moment are sent once: the first goes out, the
 * others wait for its answer, and each gets its own copy of the response. Identical means the same
 * subgraph URL, the same body (document and variables) and the same headers, the signed principal
 * included — so two callers share an answer only when the subgraph would see the same caller (the
 * same person, or anonymous). Only queries: a body that is not plainly a query (a mutation,
 * anything unexpected) always goes out on its own. Nothing is kept once the answer is in: this is
 * not a cache.
 */
export function deduplicateQueries(fetch: Fetch): Fetch {
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  return async (url, init) => {
    const body = init.body;
    const isQuery =
      typeof body === "string" &&
      (body.startsWith('{"query":"query') || body.startsWith('{"query":"{'));
    if (!isQuery || init.method !== "POST") return fetch(url, init);
    const headers = Object.entries((init.headers ?? {}) as Record<string, string>)
      .filter(([name]) => !TRACE_HEADERS.has(name.toLowerCase()))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const key = `${url}\n${JSON.stringify(headers)}\n${body}`;
    let answer = inFlight.get(key);
    if (!answer) {
      answer = (async () => {
        const response = await fetch(url, init);
        return {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers],
          body: await response.text(),
        };
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, answer);
    }
    const { status, statusText, headers: responseHeaders, body: text } = await answer;
    return new Response(text, { status, statusText, headers: responseHeaders });
  };
}
