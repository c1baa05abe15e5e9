import { randomUUID } from "node:crypto";
import { stableId } from "@comtem/service-kit";
import type { CommunitiesHarness } from "./harness.js";

export const communityA = stableId("community:competenze-digitali");
export const communityB = stableId("community:dati");

/** Fresh people (not in the seed) with known roles, written straight to the database. */
export interface Cast {
  coordinator: string;
  coordinatorOfOther: string;
  participant: string;
  referent: string;
  outsider: string;
  admin: string;
  organization: string;
}

export async function createCast(h: CommunitiesHarness): Promise<Cast> {
  const cast: Cast = {
    coordinator: randomUUID(),
    coordinatorOfOther: randomUUID(),
    participant: randomUUID(),
    referent: "",
    outsider: randomUUID(),
    // Admins are recognised by their system role alone (no membership needed).
    admin: randomUUID(),
    organization: randomUUID(),
  };
  const member = (community: string, person: string, role: string) => ({
    id: randomUUID(),
    community_id: community,
    person_id: person,
    organization_id: cast.organization,
    role,
    since: "2020-01-10",
  });
  await h.database.db
    .insertInto("membership")
    .values([
      member(communityA, cast.coordinator, "CO_COORDINATORE"),
      member(communityB, cast.coordinatorOfOther, "CO_COORDINATORE"),
      member(communityA, cast.participant, "PARTECIPANTE"),
    ])
    .execute();
  const referent = await h.database.db
    .selectFrom("membership")
    .select("person_id")
    .where("community_id", "=", communityA)
    .where("role", "=", "REFERENTE_REGIONE")
    .where("until", "is", null)
    .executeTakeFirstOrThrow();
  cast.referent = referent.person_id;
  return cast;
}

export async function insertMeeting(
  h: CommunitiesHarness,
  communityId: string | null = communityA,
): Promise<string> {
  const id = randomUUID();
  await h.database.db
    .insertInto("meeting")
    .values({
      id,
      community_id: communityId,
      kind: communityId ? "ORDINARIA" : "PLENARIA",
      mode: "REMOTO",
      title: "Incontro di prova",
      starts_at: new Date("2020-09-10T08:00:00Z"),
      ends_at: new Date("2020-09-10T10:00:00Z"),
      link: "https://videoconferenza.comtem.example/prova",
    })
    .execute();
  return id;
}

export async function insertJoinRequest(
  h: CommunitiesHarness,
  personId: string = randomUUID(),
): Promise<string> {
  const id = randomUUID();
  await h.database.db
    .insertInto("join_request")
    .values({
      id,
      community_id: communityA,
      person_id: personId,
      organization_id: randomUUID(),
      motivation: "Vorrei partecipare per il mio ente.",
      status: "PENDING",
      created_at: new Date(),
    })
    .execute();
  return id;
}

export async function insertSlice(
  h: CommunitiesHarness,
  name: string,
  version: string,
  active: boolean,
  communityId: string | null = communityA,
): Promise<void> {
  await h.database.db
    .insertInto("ui_slice")
    .values({
      id: randomUUID(),
      name,
      remote_name: "comtem_prova",
      manifest_url: "http://localhost:3001/mf-manifest.json",
      exposed_module: "./Page",
      version,
      enabled: true,
      active,
      community_id: communityId,
      registered_by: randomUUID(),
      created_at: new Date(),
    })
    .execute();
}
