import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deduplicateQueries } from "./fetch-deduplication.js";

describe("deduplicateQueries", () => {
  let server: Server;
  let url: string;
  const seen: string[] = [];

  beforeAll(async () => {
    // A subgraph that answers after 50 ms, echoing who asked and a count of what it received.
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        seen.push(body);
        setTimeout(() => {
          res.setHeader("content-type", "application/json");
          res.end(
            JSON.stringify({ data: { caller: req.headers["x-comtem-principal"], n: seen.length } }),
          );
        }, 50);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fetchOnce = deduplicateQueries((u, init) => fetch(u, init as RequestInit));
  const ask = (body: object, principal = "anonymous", trace = crypto.randomUUID()) =>
    fetchOnce(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-comtem-principal": principal,
        traceparent: trace,
      },
      body: JSON.stringify(body),
    });

  it("sends identical queries in flight once, each caller reading its own copy", async () => {
    seen.length = 0;
    const query = { query: "query($id:ID!){community(id:$id){name}}", variables: { id: "c1" } };
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask(query)));
    expect(seen).toHaveLength(1);
    const bodies = await Promise.all(answers.map((a) => a.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it("keeps callers apart: another principal or other variables go out on their own", async () => {
    seen.length = 0;
    const query = (id: string) => ({
      query: "query($id:ID!){community(id:$id){name}}",
      variables: { id },
    });
    const [anna, bruno, other] = await Promise.all([
      ask(query("c1"), "signed-for-anna"),
      ask(query("c1"), "signed-for-bruno"),
      ask(query("c2"), "signed-for-anna"),
    ]);
    expect(seen).toHaveLength(3);
    expect(((await anna.json()) as { data: { caller: string } }).data.caller).toBe(
      "signed-for-anna",
    );
    expect(((await bruno.json()) as { data: { caller: string } }).data.caller).toBe(
      "signed-for-bruno",
    );
    expect(other.status).toBe(200);
  });

  it("never shares a mutation, nor an answer once it is in (not a cache)", async () => {
    seen.length = 0;
    const mutation = { query: 'mutation{updateMyProfile(input:{bio:"x"}){person{id}}}' };
    await Promise.all(Array.from({ length: 3 }, () => ask(mutation)));
    expect(seen).toHaveLength(3);
    const query = { query: "{communities(first:1){totalCount}}" };
    await ask(query);
    await ask(query);
    expect(seen).toHaveLength(5);
  });
});
