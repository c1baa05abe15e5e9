import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PRODUCTION_KEYS, testBackends } from "@comtem/testing";
import { readEnvironment } from "../src/environment.js";
import { admin, person, startCommunities, testConfig, type CommunitiesHarness } from "./harness.js";
import { communityA, createCast, type Cast } from "./fixtures.js";

const register = `mutation($input: RegisterUiSliceInput!) {
  registerUiSlice(input: $input) { uiSlice { name version active } userErrors { code field } }
}`;
const list = `{ uiSlices { name remoteName manifestUrl exposedModule version community { slug } } }`;

describe.each(testBackends())("UI slice registry on %s", (backend) => {
  let h: CommunitiesHarness;
  let cast: Cast;
  beforeAll(async () => {
    h = await startCommunities(backend);
    cast = await createCast(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const slice = (overrides: Record<string, unknown> = {}) => ({
    name: "competenze-calendario",
    remoteName: "comtem_calendario",
    manifestUrl: "http://localhost:3001/mf-manifest.json",
    exposedModule: "./Calendario",
    version: "1.0.0",
    communityId: communityA,
    ...overrides,
  });

  it.each([
    ["a non-allowlisted origin", "https://cdn.evil.example/mf-manifest.json"],
    ["an allowlisted host on another port", "http://localhost:4000/mf-manifest.json"],
    ["a malformed URL", "not a url"],
    ["a relative URL", "/mf-manifest.json"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["credentials in the URL", "http://user:pw@localhost:3001/mf-manifest.json"],
  ])("refuses %s with BAD_USER_INPUT on manifestUrl, writing nothing", async (_label, url) => {
    const before = await h.snapshot();
    const result = await h.run(
      register,
      { input: slice({ manifestUrl: url }) },
      person(cast.coordinator),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "manifestUrl",
    });
    expect(await h.snapshot()).toBe(before);
  });

  it("refuses a participant with FORBIDDEN, writing nothing", async () => {
    const before = await h.snapshot();
    const result = await h.run(register, { input: slice() }, person(cast.participant));
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await h.snapshot()).toBe(before);
  });

  it("registers versions, lists the active one and rolls back", async () => {
    const v1 = await h.run(register, { input: slice() }, person(cast.coordinator));
    expect(v1.data!.registerUiSlice).toEqual({
      uiSlice: { name: "competenze-calendario", version: "1.0.0", active: true },
      userErrors: [],
    });
    const v2 = await h.run(
      register,
      { input: slice({ version: "1.1.0", manifestUrl: "http://127.0.0.1:3010/mf-manifest.json" }) },
      person(cast.coordinator),
    );
    expect(v2.data!.registerUiSlice.uiSlice).toMatchObject({ version: "1.1.0", active: true });
    expect((await h.run(list)).data!.uiSlices).toEqual([
      {
        name: "competenze-calendario",
        remoteName: "comtem_calendario",
        manifestUrl: "http://127.0.0.1:3010/mf-manifest.json",
        exposedModule: "./Calendario",
        version: "1.1.0",
        community: { slug: "competenze-digitali" },
      },
    ]);

    const duplicate = await h.run(register, { input: slice() }, person(cast.coordinator));
    expect(duplicate.data!.registerUiSlice.userErrors).toEqual([
      { code: "DUPLICATE", field: "version" },
    ]);

    const rollback = await h.run(
      `mutation { activateUiSliceVersion(name: "competenze-calendario", version: "1.0.0") { uiSlice { version active } userErrors { code } } }`,
      {},
      person(cast.coordinator),
    );
    expect(rollback.data!.activateUiSliceVersion).toEqual({
      uiSlice: { version: "1.0.0", active: true },
      userErrors: [],
    });
    const listed = (await h.run(list)).data!.uiSlices;
    expect(listed.map((s: { version: string }) => s.version)).toEqual(["1.0.0"]);
    const versions = await h.run(
      `{ uiSliceVersions(name: "competenze-calendario") { version active } }`,
    );
    expect(versions.data!.uiSliceVersions.filter((v: { active: boolean }) => v.active)).toEqual([
      { version: "1.0.0", active: true },
    ]);
    // The database itself refuses two active versions of one name.
    await expect(
      h.database.db
        .updateTable("ui_slice")
        .set({ active: true })
        .where("name", "=", "competenze-calendario")
        .execute(),
    ).rejects.toThrow();

    const disabled = await h.run(
      `mutation { setUiSliceEnabled(name: "competenze-calendario", enabled: false) { uiSlice { enabled } } }`,
      {},
      admin(cast.admin),
    );
    expect(disabled.data!.setUiSliceEnabled.uiSlice.enabled).toBe(false);
    expect((await h.run(list)).data!.uiSlices).toEqual([]);
  });

  it("refuses a name another community already uses", async () => {
    await h.run(register, { input: slice({ name: "condivisa" }) }, person(cast.coordinator));
    const result = await h.run(
      register,
      { input: slice({ name: "condivisa", version: "2.0.0", communityId: null }) },
      admin(cast.admin),
    );
    expect(result.data!.registerUiSlice.userErrors).toEqual([
      { code: "NAME_TAKEN", field: "name" },
    ]);
  });

  it("requires https in production mode", async () => {
    const production = {
      ...testConfig,
      mode: "production" as const,
      sliceAllowedOrigins: ["https://slices.comtem.example", "http://localhost:3001"],
    };
    const before = await h.snapshot();
    const plain = await h.run(
      register,
      { input: slice({ name: "produzione" }) },
      admin(cast.admin),
      production,
    );
    expect(plain.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "manifestUrl",
    });
    expect(await h.snapshot()).toBe(before);
    const secure = await h.run(
      register,
      {
        input: slice({
          name: "produzione",
          manifestUrl: "https://slices.comtem.example/calendario/mf-manifest.json",
        }),
      },
      admin(cast.admin),
      production,
    );
    expect(secure.data!.registerUiSlice.userErrors).toEqual([]);
  });

  it("reads the allowlist from the environment: development defaults, https-only in production", () => {
    const dev = readEnvironment({ COMTEM_MODE: "development" });
    expect(dev.SLICE_ALLOWED_ORIGINS).toContain("http://localhost:3000");
    expect(dev.SLICE_ALLOWED_ORIGINS).toContain("http://127.0.0.1:3010");
    expect(dev.SLICE_ALLOWED_ORIGINS).not.toContain("http://localhost:3011");
    const secret = {
      PRINCIPAL_PUBLIC_KEY: TEST_PRODUCTION_KEYS.publicKey,
      DATABASE_URL: "postgres://db.example/comtem",
      COMTEM_MODE: "production",
    };
    expect(readEnvironment(secret).SLICE_ALLOWED_ORIGINS).toEqual([]);
    expect(
      readEnvironment({
        ...secret,
        SLICE_ALLOWED_ORIGINS: "https://a.example, https://b.example:8443",
      }).SLICE_ALLOWED_ORIGINS,
    ).toEqual(["https://a.example", "https://b.example:8443"]);
    expect(() => readEnvironment({ ...secret, SLICE_ALLOWED_ORIGINS: "http://a.example" })).toThrow(
      /https/,
    );
    expect(() =>
      readEnvironment({ ...secret, SLICE_ALLOWED_ORIGINS: "https://a.example/path" }),
    ).toThrow(/origin/);
  });
});
