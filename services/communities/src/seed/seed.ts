import type { Kysely } from "kysely";
import {
  seedPeople,
  seededCommunityId,
  seededContributionId,
  seededOrganizationId as orgId,
  seededPersonId as personId,
  type SeedPerson,
} from "@comtem/seed-data";
import { stableId } from "@comtem/service-kit";
import type {
  CommunitiesDatabase,
  NewAnnouncementRow,
  NewContributionRow,
  NewMeetingRow,
  NewMembershipRow,
} from "../db/tables.js";
import { romeWallTimeToInstant } from "../modules/common/time.js";
import { seedCommunities, type SeedCommunity } from "./communities.js";

/**
 * The 2020 cycle of the ten ComTem (see shared/docs/DOMAIN.md). Communities, memberships,
 * meetings, attendance, contributions and announcements are ILLUSTRATIVE demo data built on the
 * fictional people of @comtem/seed-data; the public facts they echo (kick-offs in March–April,
 * plan sharing in June–July, all meetings remote in 2020, the 2020 smart-working call of about
 * 3.45 M€ for 55 projects and ~200 entities, the VeLa reuse kit, ~20 entities sharing their
 * smart-working solutions) come from the source texts.
 */
export interface SeedResult {
  communities: number;
  memberships: number;
  meetings: number;
  contributions: number;
  announcements: number;
}

const REGION = "ipa:r_emiro";
const LEPIDA = "slug:lepida";
const LINK_BASE = "https://videoconferenza.comtem.example"; // illustrative, not a real service

/** FNV-1a: a small deterministic hash so the seed is the same on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const communityId = seededCommunityId;
export const kickOffId = (slug: string) => stableId(`meeting:${slug}:kick-off-2020`);
export const planMeetingId = (slug: string) => stableId(`meeting:${slug}:piano-2020`);
export const PLENARY_ID = stableId("meeting:plenaria-2020");

interface PlannedMembership {
  person: SeedPerson;
  community: SeedCommunity;
  role: NewMembershipRow["role"];
}

/**
 * Who is in which community: everyone joins the 4 or 5 communities closest to their skills;
 * the 2–4 local members closest to a community co-coordinate it; the Region's and Lepida's
 * people take turns as referents. One active membership per person and community.
 */
export function planMemberships(): PlannedMembership[] {
  const score = (p: SeedPerson, c: SeedCommunity) =>
    p.skills.filter((s) => c.skills.includes(s)).length * 100 + (hash(p.key + c.slug) % 100);
  const plan = new Map<string, PlannedMembership>();
  const key = (p: SeedPerson, c: SeedCommunity) => `${p.key}|${c.slug}`;
  for (const person of seedPeople) {
    const count = 4 + (hash(person.key) % 2);
    const ranked = [...seedCommunities].sort((a, b) => score(person, b) - score(person, a));
    for (const community of ranked.slice(0, count)) {
      plan.set(key(person, community), { person, community, role: "PARTECIPANTE" });
    }
  }
  const region = seedPeople.filter((p) => p.organizationKey === REGION);
  const lepida = seedPeople.filter((p) => p.organizationKey === LEPIDA);
  seedCommunities.forEach((community, i) => {
    const local = [...plan.values()]
      .filter(
        (m) =>
          m.community === community &&
          m.person.organizationKey !== REGION &&
          m.person.organizationKey !== LEPIDA,
      )
      .sort((a, b) => score(b.person, community) - score(a.person, community));
    for (const m of local.slice(0, 2 + (i % 3))) m.role = "CO_COORDINATORE";
    const referents: [SeedPerson | undefined, string][] = [
      [region[i % region.length], "REFERENTE_REGIONE"],
      [lepida[i % lepida.length], "REFERENTE_LEPIDA"],
    ];
    for (const [person, role] of referents) {
      if (person) plan.set(key(person, community), { person, community, role });
    }
  });
  return [...plan.values()];
}

function minusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Loads the seed in one transaction. Idempotent: ids derive from stable keys and every insert
 * skips rows that exist (or that would break a uniqueness rule), so data changed through the API
 * is kept.
 */
export async function seedCommunitiesData(db: Kysely<CommunitiesDatabase>): Promise<SeedResult> {
  const plan = planMemberships();
  const membershipRows: NewMembershipRow[] = plan.map((m) => {
    const nominated = m.person.nomination?.date;
    const latest = minusDays("2020-02-28", hash(m.person.key + m.community.slug) % 400);
    const since = [m.community.activeFrom, nominated ?? "", latest].sort().at(-1) as string;
    return {
      id: stableId(`membership:${m.community.slug}:${m.person.key}`),
      community_id: communityId(m.community.slug),
      person_id: personId(m.person.key),
      organization_id: orgId(m.person.organizationKey),
      role: m.role,
      since: since > "2020-02-28" ? "2020-02-28" : since,
    };
  });
  const membersOf = (slug: string) => plan.filter((m) => m.community.slug === slug);

  const meetings: NewMeetingRow[] = [];
  const attendance: { meeting_id: string; person_id: string; organization_id: string }[] = [];
  const registrations: { meeting_id: string; person_id: string }[] = [];
  const attend = (meetingId: string, members: PlannedMembership[], percent: number) => {
    for (const m of members) {
      const h = hash(meetingId + m.person.key) % 100;
      const staff = m.role !== "PARTECIPANTE";
      if (staff || h < percent + 10) {
        registrations.push({ meeting_id: meetingId, person_id: personId(m.person.key) });
      }
      if (staff || h < percent) {
        attendance.push({
          meeting_id: meetingId,
          person_id: personId(m.person.key),
          organization_id: orgId(m.person.organizationKey),
        });
      }
    }
  };

  // Kick-offs from 10 March to 22 April 2020 (across the 29 March DST change), plan sharing in
  // June–July 2020; all remote, as in 2020. Times are Rome wall-clock times.
  const kickOffDays = [
    "03-10",
    "03-12",
    "03-17",
    "03-19",
    "03-24",
    "03-31",
    "04-02",
    "04-07",
    "04-16",
    "04-22",
  ];
  const planDays = [
    "06-09",
    "06-11",
    "06-16",
    "06-18",
    "06-23",
    "06-30",
    "07-02",
    "07-07",
    "07-09",
    "07-14",
  ];
  seedCommunities.forEach((c, i) => {
    const time = i % 2 === 0 ? "10:00" : "14:30";
    const kickStart = romeWallTimeToInstant(`2020-${kickOffDays[i]}T${time}`, "seed");
    meetings.push({
      id: kickOffId(c.slug),
      community_id: communityId(c.slug),
      kind: "KICK_OFF",
      mode: "REMOTO",
      title: `Kick-off 2020 – ${c.name}`,
      starts_at: kickStart,
      ends_at: new Date(kickStart.getTime() + 2 * 3600_000),
      link: `${LINK_BASE}/${c.slug}-kick-off-2020`,
      agenda:
        "1. Benvenuto dei co-coordinatori e dei referenti di Regione e Lepida\n2. Proposte ed esigenze degli enti\n3. Attività suggerite per il Piano di Attività 2020",
      minutes:
        "Verbale (illustrativo): i partecipanti hanno presentato proposte ed esigenze dei propri enti, raccolte come contributi per il Piano di Attività 2020.",
    });
    attend(kickOffId(c.slug), membersOf(c.slug), 70);
    const planStart = romeWallTimeToInstant(`2020-${planDays[i]}T${time}`, "seed");
    meetings.push({
      id: planMeetingId(c.slug),
      community_id: communityId(c.slug),
      kind: "ORDINARIA",
      mode: "REMOTO",
      title: `Condivisione del Piano di Attività 2020 – ${c.name}`,
      starts_at: planStart,
      ends_at: new Date(planStart.getTime() + 90 * 60_000),
      link: `${LINK_BASE}/${c.slug}-piano-2020`,
      agenda:
        "1. Presentazione del Piano di Attività 2020\n2. Azioni-obiettivo e cronoprogramma\n3. Avvio dei Gruppi di Lavoro",
      minutes: null,
    });
    attend(planMeetingId(c.slug), membersOf(c.slug), 60);
  });
  const plenaryStart = romeWallTimeToInstant("2020-11-26T10:00", "seed");
  meetings.push({
    id: PLENARY_ID,
    community_id: null,
    kind: "PLENARIA",
    mode: "REMOTO",
    title: "Plenaria annuale del Sistema ComTem 2020",
    starts_at: plenaryStart,
    ends_at: new Date(plenaryStart.getTime() + 3 * 3600_000),
    link: `${LINK_BASE}/plenaria-2020`,
    agenda:
      "1. Il Piano di Attività di sistema 2020\n2. Stato delle 27 azioni-obiettivo e dei Gruppi di Lavoro\n3. Prospettive per il 2021",
    minutes: null,
  });
  const plenaryPeople = new Map<string, PlannedMembership>();
  for (const m of plan) {
    if (m.role !== "PARTECIPANTE" || hash(`plenaria${m.person.key}`) % 100 < 25) {
      plenaryPeople.set(m.person.key, { ...m, role: "CO_COORDINATORE" });
    }
  }
  attend(PLENARY_ID, [...plenaryPeople.values()], 100);

  const contributions: NewContributionRow[] = [];
  for (const c of seedCommunities) {
    const authors = membersOf(c.slug).filter(
      (m) => m.role === "PARTECIPANTE" || m.role === "CO_COORDINATORE",
    );
    const kickStart = meetings.find((m) => m.id === kickOffId(c.slug))!.starts_at as Date;
    c.contributions.forEach((item, n) => {
      const author = authors[(hash(c.slug) + n * 7) % authors.length] as PlannedMembership;
      // Illustrative outcome of the May planning: most were taken into the plan.
      const status = n % 5 === 3 ? "NON_ACCOLTA" : n % 5 === 4 ? "APERTA" : "ACCOLTA";
      contributions.push({
        // 1-based, as the planning seed refers to the kick-off contributions its actions answer.
        id: seededContributionId(c.slug, n + 1),
        community_id: communityId(c.slug),
        meeting_id: kickOffId(c.slug),
        kind: item.kind,
        status,
        title: item.title,
        description: item.description,
        person_id: personId(author.person.key),
        organization_id: orgId(author.person.organizationKey),
        created_at: new Date(kickStart.getTime() + (n + 1) * 5 * 60_000),
        status_changed_at: status === "APERTA" ? null : new Date("2020-05-20T10:00:00Z"),
      });
    });
  }

  const author = (key: string) => personId(key);
  const announcements: NewAnnouncementRow[] = [
    {
      id: stableId("announcement:bando-lavoro-agile-2020"),
      community_id: null,
      title: "Bando regionale 2020 per il lavoro agile: finanziati 55 progetti",
      body: "Con il bando 2020 la Regione sostiene il lavoro agile negli enti locali: circa 3,45 milioni di euro per 55 progetti che coinvolgono circa 200 enti. Le comunità tematiche accompagneranno gli enti nell'attuazione.",
      topics: ["lavoro-agile", "bando"],
      author_id: author("person:chiara-benassi"),
      published_at: new Date("2020-07-20T08:00:00Z"),
    },
    {
      id: stableId("announcement:vela-kit-riuso"),
      community_id: null,
      title: "Progetto VeLa: disponibile il kit di riuso per lo smart working",
      body: "Il progetto VeLa (Veloce, Leggero, Agile), finanziato dal PON Governance 2014-2020 e guidato dalla Regione, mette a disposizione degli enti il kit di riuso per il lavoro agile: regolamenti, modelli organizzativi e strumenti di monitoraggio.",
      topics: ["lavoro-agile", "riuso"],
      author_id: author("person:serena-guidotti"),
      published_at: new Date("2020-04-15T08:00:00Z"),
    },
    {
      id: stableId("announcement:coworking-pubblici"),
      community_id: communityId("competenze-digitali"),
      title: "Spazi pubblici di co-working: la mappa per i dipendenti degli enti",
      body: "Raccogliamo gli spazi pubblici di co-working che gli enti mettono a disposizione dei propri dipendenti in lavoro agile. Segnalate gli spazi del vostro territorio ai co-coordinatori.",
      topics: ["coworking", "lavoro-agile"],
      author_id: author("person:elena-cavalieri"),
      published_at: new Date("2020-06-05T08:00:00Z"),
    },
    {
      id: stableId("announcement:formazione-smart-worker"),
      community_id: communityId("competenze-digitali"),
      title: "Formazione per i lavoratori agili: nuovi moduli online",
      body: "Sono disponibili nuovi moduli formativi online per i lavoratori agili: strumenti di collaborazione, sicurezza delle informazioni, organizzazione per obiettivi.",
      topics: ["formazione", "lavoro-agile"],
      author_id: author("person:elena-cavalieri"),
      published_at: new Date("2020-05-11T08:00:00Z"),
    },
    {
      id: stableId("announcement:soluzioni-condivise"),
      community_id: null,
      title: "Smart working: circa 20 enti condividono le proprie soluzioni",
      body: "Durante l'emergenza circa 20 tra Unioni, Comuni e Province hanno condiviso le soluzioni tecnologiche e organizzative adottate per il lavoro agile e si sono resi disponibili ad aiutare i colleghi di altri enti. Le trovate nel repository delle soluzioni.",
      topics: ["lavoro-agile", "riuso"],
      author_id: author("person:chiara-benassi"),
      published_at: new Date("2020-05-04T08:00:00Z"),
    },
    {
      id: stableId("announcement:potenziamento-reti"),
      community_id: communityId("reti"),
      title: "Potenziamento della connettività per le sedi in lavoro agile",
      body: "Lepida ha aumentato la capacità dei collegamenti e dei concentratori VPN per sostenere l'accesso da remoto del personale degli enti.",
      topics: ["reti", "lavoro-agile"],
      author_id: author("person:mirko-zucchelli"),
      published_at: new Date("2020-03-27T08:00:00Z"),
    },
  ];

  return db.transaction().execute(async (trx) => {
    const communities = await trx
      .insertInto("community")
      .values(
        seedCommunities.map((c) => ({
          id: communityId(c.slug),
          slug: c.slug,
          name: c.name,
          name_en: c.nameEn,
          kind: c.kind,
          themes: c.declaratoria.themes,
          mission: c.declaratoria.mission,
          perimeter: c.declaratoria.perimeter,
          long_term_objectives: c.declaratoria.longTermObjectives,
          expected_results: c.declaratoria.expectedResults,
          participant_profile: c.declaratoria.participantProfile,
          active_from: c.activeFrom,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    const memberships = await trx
      .insertInto("membership")
      .values(membershipRows)
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    const insertedMeetings = await trx
      .insertInto("meeting")
      .values(meetings)
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    const registeredAt = new Date("2020-03-01T00:00:00Z");
    await trx
      .insertInto("meeting_registration")
      .values(registrations.map((r) => ({ ...r, created_at: registeredAt })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto("meeting_attendance")
      .values(attendance.map((a) => ({ ...a, created_at: registeredAt })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    const insertedContributions = await trx
      .insertInto("contribution")
      .values(contributions)
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    const insertedAnnouncements = await trx
      .insertInto("announcement")
      .values(announcements)
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .execute();
    return {
      communities: communities.length,
      memberships: memberships.length,
      meetings: insertedMeetings.length,
      contributions: insertedContributions.length,
      announcements: insertedAnnouncements.length,
    };
  });
}
