import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  ComTemApiError,
  OrganizationsDocument,
  PersonDocument,
  TopicsDocument,
  backoffDelay,
  createComTemClient,
  isComTemApiError,
  operationKind,
  parseRetryAfter,
  type OrganizationKind,
  type TypedDocument,
} from "./index.js";

const URL_ = "https://comtem.example.org/graphql";

type Reply = { status?: number; body?: unknown; headers?: Record<string, string> } | Error;

/** A fetch answering each call with the next reply (the last one repeats), recording requests. */
function mockFetch(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit; body: any; at: number }[] = [];
  const fn = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(url),
      init: init!,
      body: JSON.parse(String(init!.body)),
      at: Date.now(),
    });
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)]!;
    if (reply instanceof Error) throw reply;
    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { "content-type": "application/json", ...reply.headers },
    });
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const rateLimited = (headers: Record<string, string> = {}, retryAfter?: number) => ({
  status: 429,
  headers,
  body: {
    errors: [
      {
        message: "Too many requests",
        extensions: { code: "RATE_LIMITED", ...(retryAfter ? { retryAfter } : {}) },
      },
    ],
  },
});

const orgs = (names: string[], hasNextPage: boolean, endCursor: string | null) => ({
  body: {
    data: {
      organizations: {
        totalCount: 7,
        pageInfo: { hasNextPage, endCursor },
        edges: names.map((name) => ({ node: { id: name, name, kind: "COMUNE" } })),
      },
    },
  },
});

const MUTATION =
  "mutation Save($bio: String) { updateMyProfile(input: { bio: $bio }) { person { id } } }" as unknown as TypedDocument<
    { updateMyProfile: unknown },
    { bio?: string }
  >;

describe("createComTemClient: requests", () => {
  it("POSTs JSON with the API key and token, and resolves with typed data", async () => {
    const { fetch, calls } = mockFetch(orgs(["Comune di Bologna"], false, null));
    const client = createComTemClient({ url: URL_, apiKey: "ctk_secret", token: "jwt", fetch });
    const data = await client.request(OrganizationsDocument, {
      first: 5,
      filter: { province: "BO" },
    });
    expect(data.organizations.edges[0]!.node.name).toBe("Comune di Bologna");
    expectTypeOf(data.organizations.edges[0]!.node.kind).toEqualTypeOf<OrganizationKind>();
    const [call] = calls;
    expect(call!.url).toBe(URL_);
    expect(call!.init.method).toBe("POST");
    expect(call!.init.headers).toMatchObject({
      "content-type": "application/json",
      "x-api-key": "ctk_secret",
      authorization: "Bearer jwt",
    });
    expect(call!.body).toMatchObject({
      operationName: "Organizations",
      variables: { first: 5, filter: { province: "BO" } },
    });
    expect(call!.body.query).toContain("organizations(first: $first");
  });

  it("asks a token function before every request (a renewed token is used)", async () => {
    const { fetch, calls } = mockFetch(orgs([], false, null));
    let n = 0;
    const client = createComTemClient({ url: URL_, token: async () => `t${++n}`, fetch });
    await client.request(OrganizationsDocument);
    await client.request(OrganizationsDocument);
    expect(calls.map((c) => (c.init.headers as Record<string, string>).authorization)).toEqual([
      "Bearer t1",
      "Bearer t2",
    ]);
  });

  it("types required variables as required", () => {
    const client = createComTemClient({ url: URL_, fetch: mockFetch().fetch });
    // @ts-expect-error: Person needs its id
    void client.request(PersonDocument).catch(() => undefined);
    void client.request(PersonDocument, { id: "1" }).catch(() => undefined);
    // No variables at all, or only optional ones: none to give.
    void client.request(TopicsDocument).catch(() => undefined);
    void client.request(OrganizationsDocument).catch(() => undefined);
  });
});

describe("createComTemClient: 429 and retries", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-11-28T10:00:00.000Z") });
    vi.spyOn(Math, "random").mockReturnValue(0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("waits the seconds Retry-After says, then succeeds", async () => {
    const { fetch, calls } = mockFetch(
      rateLimited({ "retry-after": "2" }),
      orgs(["A"], false, null),
    );
    const onRetry = vi.fn();
    const client = createComTemClient({ url: URL_, fetch, onRetry });
    const result = client.request(OrganizationsDocument);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const data = await result;
    expect(data.organizations.edges).toHaveLength(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.at - calls[0]!.at).toBe(2_000);
    expect(onRetry).toHaveBeenCalledWith({
      attempt: 1,
      delayMs: 2_000,
      status: 429,
      retryAfter: 2,
      operationName: "Organizations",
    });
  });

  it("waits until the HTTP date Retry-After gives", async () => {
    const at = new Date(Date.now() + 5_000).toUTCString();
    const { fetch, calls } = mockFetch(rateLimited({ "retry-after": at }), orgs([], false, null));
    const client = createComTemClient({ url: URL_, fetch });
    const result = client.request(OrganizationsDocument);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await result;
    expect(calls[1]!.at - calls[0]!.at).toBe(5_000);
  });

  it("without Retry-After, reads extensions.retryAfter, else backs off with jitter", async () => {
    const fromBody = mockFetch(rateLimited({}, 3), orgs([], false, null));
    const first = createComTemClient({ url: URL_, fetch: fromBody.fetch }).request(
      OrganizationsDocument,
    );
    await vi.advanceTimersByTimeAsync(3_000);
    await first;
    expect(fromBody.calls[1]!.at - fromBody.calls[0]!.at).toBe(3_000);

    const bare = mockFetch(rateLimited(), rateLimited(), orgs([], false, null));
    const onRetry = vi.fn();
    const second = createComTemClient({
      url: URL_,
      fetch: bare.fetch,
      retryBaseDelayMs: 400,
      onRetry,
    }).request(OrganizationsDocument);
    await vi.advanceTimersByTimeAsync(1_000);
    await second;
    // random() = 0: half of 400, then half of 800.
    expect(onRetry.mock.calls.map(([e]) => e.delayMs)).toEqual([200, 400]);
    expect(backoffDelay(3, 400, 60_000, () => 1)).toBe(1_600);
    expect(backoffDelay(10, 400, 5_000, () => 0.5)).toBe(3_750);
  });

  it("gives up after maxRetries with a RATE_LIMITED ComTemApiError", async () => {
    const { fetch, calls } = mockFetch(rateLimited({ "retry-after": "1" }));
    const client = createComTemClient({ url: URL_, fetch, maxRetries: 2 });
    const result = client.request(OrganizationsDocument).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await result;
    expect(calls).toHaveLength(3);
    expect(error).toBeInstanceOf(ComTemApiError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429, retryAfter: 1, attempts: 3 });
    expect(isComTemApiError(error, "RATE_LIMITED")).toBe(true);
  });

  it("does not wait longer than maxRetryDelayMs: a longer Retry-After fails at once", async () => {
    const { fetch, calls } = mockFetch(rateLimited({ "retry-after": "120" }));
    const client = createComTemClient({ url: URL_, fetch, maxRetryDelayMs: 10_000 });
    await expect(client.request(OrganizationsDocument)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      retryAfter: 120,
    });
    expect(calls).toHaveLength(1);
  });

  it("retries a query on 503 and a network failure, never a mutation", async () => {
    const unavailable = {
      status: 503,
      body: "upstream down",
      headers: { "content-type": "text/plain" },
    };
    const query = mockFetch(unavailable, new TypeError("fetch failed"), orgs([], false, null));
    const result = createComTemClient({ url: URL_, fetch: query.fetch }).request(
      OrganizationsDocument,
    );
    await vi.advanceTimersByTimeAsync(5_000);
    await result;
    expect(query.calls).toHaveLength(3);

    const mutation = mockFetch(unavailable);
    await expect(
      createComTemClient({ url: URL_, fetch: mutation.fetch }).request(MUTATION, { bio: "x" }),
    ).rejects.toMatchObject({ status: 503, code: "HTTP_ERROR" });
    expect(mutation.calls).toHaveLength(1);

    const lost = mockFetch(new TypeError("fetch failed"));
    await expect(
      createComTemClient({ url: URL_, fetch: lost.fetch }).request(MUTATION, { bio: "x" }),
    ).rejects.toMatchObject({ status: 0, code: "NETWORK_ERROR" });
    expect(lost.calls).toHaveLength(1);
  });

  it("retries a mutation refused with 429 (the gateway ran nothing)", async () => {
    const { fetch, calls } = mockFetch(rateLimited({ "retry-after": "1" }), {
      body: { data: { updateMyProfile: { person: { id: "p" } } } },
    });
    const result = createComTemClient({ url: URL_, fetch }).request(MUTATION, { bio: "x" });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual({ updateMyProfile: { person: { id: "p" } } });
    expect(calls).toHaveLength(2);
  });
});

describe("createComTemClient: errors", () => {
  it("maps GraphQL errors to ComTemApiError with code, status, errors and partial data", async () => {
    const partial = {
      data: { organizations: null },
      errors: [
        {
          message: "people is down",
          path: ["organizations"],
          extensions: { code: "SUBGRAPH_UNAVAILABLE" },
        },
      ],
    };
    const { fetch } = mockFetch({ body: partial });
    const error = (await createComTemClient({ url: URL_, fetch })
      .request(OrganizationsDocument)
      .catch((e: unknown) => e)) as ComTemApiError;
    expect(error).toBeInstanceOf(ComTemApiError);
    expect(error.name).toBe("ComTemApiError");
    expect(error.code).toBe("SUBGRAPH_UNAVAILABLE");
    expect(error.status).toBe(200);
    expect(error.message).toBe("people is down");
    expect(error.errors).toEqual(partial.errors);
    expect(error.data).toEqual(partial.data);
  });

  it("keeps the gateway's codes for refusals (400 cost, 401 key) and says HTTP_ERROR for non-GraphQL answers", async () => {
    const cost = mockFetch({
      status: 400,
      body: {
        errors: [
          {
            message: "Operation cost 9520 exceeds",
            extensions: { code: "COST_LIMIT_EXCEEDED", cost: 9520 },
          },
        ],
      },
    });
    await expect(
      createComTemClient({ url: URL_, fetch: cost.fetch }).request(OrganizationsDocument),
    ).rejects.toMatchObject({ code: "COST_LIMIT_EXCEEDED", status: 400 });
    const key = mockFetch({
      status: 401,
      body: { errors: [{ message: "Invalid API key", extensions: { code: "API_KEY_INVALID" } }] },
    });
    await expect(
      createComTemClient({ url: URL_, apiKey: "ctk_bad", fetch: key.fetch }).request(
        OrganizationsDocument,
      ),
    ).rejects.toMatchObject({ code: "API_KEY_INVALID", status: 401 });
    expect(key.calls).toHaveLength(1);
    const html = mockFetch({
      status: 404,
      body: "<html>Not found</html>",
      headers: { "content-type": "text/html" },
    });
    await expect(
      createComTemClient({ url: URL_, fetch: html.fetch }).request(OrganizationsDocument),
    ).rejects.toMatchObject({ code: "HTTP_ERROR", status: 404, errors: [] });
  });
});

describe("createComTemClient: pagination", () => {
  it("follows endCursor while hasNextPage, yielding every node across pages", async () => {
    const { fetch, calls } = mockFetch(
      orgs(["a", "b", "c"], true, "c3"),
      orgs(["d", "e", "f"], true, "c6"),
      orgs(["g"], false, "c7"),
    );
    const client = createComTemClient({ url: URL_, fetch });
    const names: string[] = [];
    for await (const org of client.paginate(
      OrganizationsDocument,
      { first: 3, filter: { province: "BO" } },
      (d) => d.organizations,
    )) {
      expectTypeOf(org.name).toEqualTypeOf<string>();
      names.push(org.name);
    }
    expect(names).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(calls.map((c) => c.body.variables)).toEqual([
      { first: 3, filter: { province: "BO" }, after: null },
      { first: 3, filter: { province: "BO" }, after: "c3" },
      { first: 3, filter: { province: "BO" }, after: "c6" },
    ]);
  });

  it("gives pages with totalCount, stops at maxPages, and refuses a cursor that does not move", async () => {
    const two = mockFetch(orgs(["a"], true, "x"), orgs(["b"], true, "y"));
    const pages = [];
    for await (const page of createComTemClient({ url: URL_, fetch: two.fetch }).pages(
      OrganizationsDocument,
      { first: 1 },
      (d) => d.organizations,
      { maxPages: 2 },
    )) {
      pages.push(page);
    }
    expect(pages.map((p) => [p.nodes.length, p.totalCount])).toEqual([
      [1, 7],
      [1, 7],
    ]);
    expect(two.calls).toHaveLength(2);

    const stuck = mockFetch(orgs(["a"], true, "same"));
    const iterate = async () => {
      for await (const _ of createComTemClient({ url: URL_, fetch: stuck.fetch }).paginate(
        OrganizationsDocument,
        { first: 1 },
        (d) => d.organizations,
      ));
    };
    await expect(iterate()).rejects.toThrow(/did not advance/);
  });
});

describe("helpers", () => {
  it("parses Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-11-28T10:00:00Z");
    expect(parseRetryAfter("7", now)).toBe(7_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Sat, 28 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Sat, 28 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("tells queries from mutations, past comments, strings and fragments", () => {
    expect(operationKind("{ me { id } }")).toBe("query");
    expect(operationKind(String(OrganizationsDocument))).toBe("query");
    expect(operationKind("# mutation in a comment\nquery Q { me { id } }")).toBe("query");
    expect(
      operationKind(
        "fragment F on Person { id }\nmutation M { updateMyProfile(input: {}) { ...F } }",
      ),
    ).toBe("mutation");
    expect(operationKind(String(MUTATION))).toBe("mutation");
  });
});
