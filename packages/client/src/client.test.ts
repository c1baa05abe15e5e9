import { describe, expect, it } from "vitest";
import { createClient, GraphQLRequestError, type TypedDocument } from "./client.js";

const doc = Object.assign(new String("query Q($id: ID!) { person(id: $id) { id } }"), {
  __meta__: { hash: "abc" },
}) as unknown as TypedDocument<{ person: { id: string } | null }, { id: string }>;

function fakeFetch(status: number, body: unknown, seen: RequestInit[] = []): typeof fetch {
  return (async (_url: string, init: RequestInit) => {
    seen.push(init);
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
}

describe("createClient", () => {
  it("posts JSON with the caller's token", async () => {
    const seen: RequestInit[] = [];
    const client = createClient({
      url: "http://gateway/graphql",
      getToken: () => "t0k",
      fetch: fakeFetch(200, { data: { person: { id: "1" } } }, seen),
    });
    await expect(client.request(doc, { id: "1" })).resolves.toEqual({ person: { id: "1" } });
    const headers = seen[0]!.headers as Record<string, string>;
    expect(headers.authorization).toBe("Bearer t0k");
    expect(headers["content-type"]).toBe("application/json");
    expect(JSON.parse(String(seen[0]!.body))).toEqual({
      query: "query Q($id: ID!) { person(id: $id) { id } }",
      variables: { id: "1" },
    });
  });

  it("sends the persisted document id instead of the text when asked", async () => {
    const seen: RequestInit[] = [];
    const client = createClient({
      url: "x",
      persistedDocuments: true,
      fetch: fakeFetch(200, { data: {} }, seen),
    });
    await client.request(doc, { id: "1" });
    expect(JSON.parse(String(seen[0]!.body))).toEqual({
      documentId: "abc",
      variables: { id: "1" },
    });
  });

  it("sends no authorization header when anonymous", async () => {
    const seen: RequestInit[] = [];
    const client = createClient({ url: "x", fetch: fakeFetch(200, { data: {} }, seen) });
    await client.request(doc, { id: "1" });
    expect((seen[0]!.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it("turns GraphQL errors into a GraphQLRequestError with the code", async () => {
    const client = createClient({
      url: "x",
      fetch: fakeFetch(200, {
        data: null,
        errors: [{ message: "nope", extensions: { code: "FORBIDDEN" } }],
      }),
    });
    const error = await client.request(doc, { id: "1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe("FORBIDDEN");
  });

  it("gives a partial answer's data when only nested references of an unavailable subgraph failed", async () => {
    const unavailable = {
      message: 'Subgraph "people" is unavailable',
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "people" },
    };
    const partial = createClient({
      url: "x",
      fetch: fakeFetch(200, { data: { person: { id: "1", name: null } }, errors: [unavailable] }),
    });
    await expect(partial.request(doc, { id: "1" })).resolves.toEqual({
      person: { id: "1", name: null },
    });

    // The root field itself is gone: the page has nothing to show, so it is an error.
    const rootless = createClient({
      url: "x",
      fetch: fakeFetch(200, { data: { person: null }, errors: [unavailable] }),
    });
    await expect(rootless.request(doc, { id: "1" })).rejects.toMatchObject({
      code: "SUBGRAPH_UNAVAILABLE",
    });

    // Any other error still fails the request (forms read its code).
    const forbidden = createClient({
      url: "x",
      fetch: fakeFetch(200, {
        data: { person: { id: "1" } },
        errors: [unavailable, { message: "no", extensions: { code: "FORBIDDEN" } }],
      }),
    });
    await expect(forbidden.request(doc, { id: "1" })).rejects.toBeInstanceOf(GraphQLRequestError);
  });

  it("reports transport failures with status 0", async () => {
    const client = createClient({
      url: "x",
      fetch: (async () => {
        throw new TypeError("connection refused");
      }) as unknown as typeof fetch,
    });
    const error = (await client
      .request(doc, { id: "1" })
      .catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.status).toBe(0);
  });
});
