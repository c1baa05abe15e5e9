import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildASTSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEVELOPMENT_PRINCIPAL_KEYS,
  PRINCIPAL_HEADER,
  createLogger,
  createPrincipalVerifier,
  developmentPrincipalSigner,
  type Principal,
} from "@comtem/service-kit";
import { GOAL_ACTION_FACTS_QUERY, planningGoalActionLookup } from "./goal-actions.js";

const caller: Principal = {
  personId: "00000000-0000-4000-8000-000000000001",
  systemRoles: [],
  communityRoles: [{ communityId: "00000000-0000-4000-8000-0000000000c1", role: "PARTECIPANTE" }],
  organizationId: null,
};

/** A stand-in planning subgraph answering what `answer` says, recording every request. */
let answer: { status: number; body: unknown } = { status: 200, body: {} };
const requests: { principal: Principal; body: { query: string; variables: unknown } }[] = [];
let server: Server;
let url: string;

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The header the gateway signs for a repository request: planning is in its audience. */
let relayed: string;

beforeAll(async () => {
  relayed = await (await developmentPrincipalSigner()).sign(caller, ["repository", "planning"]);
  const planning = await createPrincipalVerifier(DEVELOPMENT_PRINCIPAL_KEYS.publicKey, "planning");
  server = createServer((req, res) => {
    void (async () => {
      const header = req.headers[PRINCIPAL_HEADER];
      requests.push({
        principal: await planning.verify(typeof header === "string" ? header : undefined),
        body: JSON.parse(await bodyOf(req)) as { query: string; variables: unknown },
      });
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const lookup = () => planningGoalActionLookup({ url, logger: createLogger("t", "silent") });

describe("the goal-action lookup in planning", () => {
  it("asks a query that planning's committed schema accepts", async () => {
    const sdl = await readFile(
      new URL("../../../../planning/schema.graphql", import.meta.url),
      "utf8",
    );
    const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
    expect(validate(schema, parse(GOAL_ACTION_FACTS_QUERY))).toEqual([]);
  });

  it("asks once, relaying the caller's header, and returns community, referents and working group", async () => {
    requests.length = 0;
    answer = {
      status: 200,
      body: {
        data: {
          goalAction: {
            plan: { community: { id: "community" } },
            referents: [{ id: "referent" }],
            workingGroup: { members: [{ person: { id: "lead" } }, { person: { id: "member" } }] },
          },
        },
      },
    };
    expect(await lookup()(relayed, "ga")).toEqual({
      communityId: "community",
      referentIds: ["referent"],
      workingGroupMemberIds: ["lead", "member"],
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.principal.personId).toBe(caller.personId);
    expect(requests[0]!.principal.communityRoles).toEqual(caller.communityRoles);
    expect(requests[0]!.body.variables).toEqual({ id: "ga" });
  });

  it("knows a goal-action without a working group, and none at all (null)", async () => {
    answer = {
      status: 200,
      body: {
        data: {
          goalAction: { plan: { community: { id: "c" } }, referents: [], workingGroup: null },
        },
      },
    };
    expect(await lookup()(relayed, "ga")).toEqual({
      communityId: "c",
      referentIds: [],
      workingGroupMemberIds: [],
    });
    answer = { status: 200, body: { data: { goalAction: null } } };
    expect(await lookup()(relayed, "ga")).toBeNull();
  });

  it("throws (so the link is refused) on errors, failures, odd answers and no answer", async () => {
    for (const failing of [
      { status: 200, body: { errors: [{ message: "boom" }], data: { goalAction: null } } },
      { status: 503, body: {} },
      { status: 200, body: { data: { goalAction: { referents: [] } } } },
    ]) {
      answer = failing;
      await expect(lookup()(relayed, "ga")).rejects.toThrow();
    }
    const nobody = planningGoalActionLookup({
      url: "http://127.0.0.1:9/graphql",
      logger: createLogger("t", "silent"),
      timeoutMs: 1_000,
    });
    await expect(nobody(relayed, "ga")).rejects.toThrow();
  });
});
