import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import {
  seedOrganizations,
  seedPeople,
  seededCommunityId,
  seededGoalActionId,
  seededOrganizationId,
  seededPersonId,
} from "@comtem/seed-data";
import { stableId } from "@comtem/service-kit";
import type { RepositoryDatabase, SoftwareValue } from "../db/tables.js";
import { keywordsOf } from "../modules/topic/topics.js";
import {
  organisational,
  otherResources,
  sharingBodies,
  technological,
  type Names,
  type SeedResource,
} from "./resources-2020.js";

export interface RepositorySeedResult {
  resources: number;
  supportOffers: number;
}

const organizationByKey = new Map(seedOrganizations.map((o) => [o.key, o]));

/** "il Comune di Piacenza", "dell'Unione…", "dalla Provincia…", "al Nuovo Circondario…". */
export function namesOf(name: string): Names {
  const elided = /^[AEIOUÀÈÉÌÒÙ]/i.test(name);
  const feminine = /^(Provincia|Città|Regione)/.test(name);
  const [il, di, da, a] = elided
    ? ["l'", "dell'", "dall'", "all'"]
    : feminine
      ? ["la ", "della ", "dalla ", "alla "]
      : ["il ", "del ", "dal ", "al "];
  return {
    il: `${il}${name}`,
    Il: `${il.charAt(0).toUpperCase()}${il.slice(1)}${name}`,
    di: `${di}${name}`,
    da: `${da}${name}`,
    a: `${a}${name}`,
  };
}

const day = (i: number) =>
  `2020-${String(4 + (i % 8)).padStart(2, "0")}-${String(3 + ((i * 7) % 25)).padStart(2, "0")}`;

/** ~80 resources: about 20 bodies' smart-working solutions, kits, deliverables, call, trainings. */
export function seedResources(): SeedResource[] {
  const out: SeedResource[] = [];
  sharingBodies.forEach((key, i) => {
    const organization = organizationByKey.get(key);
    if (!organization) throw new Error(`Unknown seeded organization ${key}`);
    const names = namesOf(organization.name);
    const templates = [
      technological[i % technological.length]!,
      organisational[(i * 3) % organisational.length]!,
      ...(i % 2 === 0 ? [technological[(i + 4) % technological.length]!] : []),
      ...(i % 2 === 1 ? [organisational[(i * 3 + 5) % organisational.length]!] : []),
    ];
    templates.forEach((template, t) => {
      const technological_ = template.kind === "SOLUZIONE_TECNOLOGICA";
      const draft = i === 19 && t === 2;
      out.push({
        key: `${template.slug}:${key}`,
        title: `${template.title} — ${organization.name}`,
        summary: template.summary(names),
        body: template.body(names),
        kind: template.kind,
        topics: template.topics,
        tags: template.tags,
        organization: key,
        community: technological_ ? "servizi-centralizzati-cloud" : "competenze-digitali",
        goalAction: null,
        status: draft ? "BOZZA" : "PUBBLICATA",
        featured: i === 0 && t === 0,
        publishedOn: draft ? null : day(i * 3 + t),
        license: template.license ?? (technological_ ? null : "CC-BY-4.0"),
        software: template.software
          ? ({
              ...template.software,
              usedBy: [organization.name],
              organisationUri: organization.ipaCode
                ? `urn:x-italian-pa:${organization.ipaCode}`
                : null,
            } as SoftwareValue)
          : null,
        links: organization.website
          ? [{ url: organization.website, title: `Sito ${names.di}` }]
          : [],
        attachment: technological_
          ? null
          : {
              title: `${template.title} (PDF)`,
              mediaType: "application/pdf",
              sizeBytes: 180_000 + i * 9_137,
            },
      });
    });
  });
  for (const resource of otherResources) {
    out.push({
      status: "PUBBLICATA",
      featured: false,
      license: null,
      software: null,
      links: [],
      attachment: null,
      ...resource,
    });
  }
  return out;
}

const normalizeSoftware = (value: Partial<SoftwareValue>): SoftwareValue => ({
  repositoryUrl: null,
  categories: [],
  developmentStatus: null,
  softwareType: null,
  platforms: [],
  usedBy: [],
  maintenanceType: null,
  contacts: [],
  organisationUri: null,
  availableLanguages: ["it"],
  ...value,
});

const AVAILABILITY = [
  "Martedì e giovedì mattina",
  "Su appuntamento, in videoconferenza",
  "Lunedì pomeriggio",
  "Mercoledì, 9-13",
  "Venerdì mattina",
];

/**
 * The 2020 repository, idempotent (stable ids, existing rows kept), in one transaction.
 * Organizations, communities, goal-actions and people are the shared seed's, referred to by
 * their stable ids.
 */
export async function seedRepositoryData(
  db: Kysely<RepositoryDatabase>,
): Promise<RepositorySeedResult> {
  const resources = seedResources();
  return db.transaction().execute(async (trx) => {
    const result: RepositorySeedResult = { resources: 0, supportOffers: 0 };
    for (const resource of resources) {
      const id = stableId(`resource:${resource.key}`);
      const publishedAt = resource.publishedOn ? `${resource.publishedOn}T09:00:00Z` : null;
      const attachments = resource.attachment
        ? [
            {
              url: `https://repository.comtem.example/files/${id}.pdf`,
              title: resource.attachment.title,
              mediaType: resource.attachment.mediaType,
              sizeBytes: resource.attachment.sizeBytes,
              sha256: createHash("sha256").update(resource.key).digest("hex"),
            },
          ]
        : [];
      const row = {
        id,
        title: resource.title,
        summary: resource.summary,
        body: resource.body,
        kind: resource.kind,
        topics: resource.topics,
        tags: resource.tags,
        keywords: keywordsOf(resource.topics, resource.tags),
        organization_id: seededOrganizationId(resource.organization),
        community_id: resource.community ? seededCommunityId(resource.community) : null,
        goal_action_id: resource.goalAction ? seededGoalActionId(resource.goalAction) : null,
        status: resource.status,
        featured: resource.featured,
        links: JSON.stringify(resource.links),
        attachments: JSON.stringify(attachments),
        license: resource.license,
        software: resource.software ? JSON.stringify(normalizeSoftware(resource.software)) : null,
        published_at: publishedAt,
        year: 2020,
        created_by: null,
        created_at: publishedAt ?? "2020-12-20T09:00:00Z",
        updated_at: publishedAt ?? "2020-12-20T09:00:00Z",
      };
      const inserted = await trx
        .insertInto("resource")
        .values(row)
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .execute();
      if (inserted.length === 0) continue;
      result.resources += 1;
      const { keywords: _keywords, ...snapshot } = row;
      await trx
        .insertInto("resource_revision")
        .values({
          id: stableId(`resource-revision:${resource.key}:1`),
          resource_id: id,
          version: 1,
          snapshot: JSON.stringify({ ...snapshot, version: 1 }),
          edited_by: null,
          change: "created",
          edited_at: row.created_at,
        })
        .execute();
    }

    // About 20 people available to help offer support on the smart-working solutions, first on
    // those of their own body, then on others.
    const smartWorking = resources.filter(
      (r) =>
        r.status === "PUBBLICATA" &&
        r.topics.includes("lavoro-agile") &&
        (r.kind === "SOLUZIONE_TECNOLOGICA" || r.kind === "SOLUZIONE_ORGANIZZATIVA"),
    );
    const helpers = seedPeople.filter((p) => p.availableToHelp).slice(0, 20);
    for (const [i, person] of helpers.entries()) {
      const own = smartWorking.filter((r) => r.organization === person.organizationKey);
      const picks = [...own.slice(0, 2), smartWorking[(i * 7) % smartWorking.length]!];
      if (i % 3 === 0) picks.push(smartWorking[(i * 11 + 5) % smartWorking.length]!);
      for (const resource of new Set(picks)) {
        const inserted = await trx
          .insertInto("support_offer")
          .values({
            id: stableId(`support-offer:${person.key}:${resource.key}`),
            resource_id: stableId(`resource:${resource.key}`),
            person_id: seededPersonId(person.key),
            contact: i % 2 === 0 ? person.email : (person.phone ?? person.email),
            availability: AVAILABILITY[i % AVAILABILITY.length]!,
            created_at: "2020-05-04T09:00:00Z",
            updated_at: "2020-05-04T09:00:00Z",
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute();
        result.supportOffers += inserted.length;
      }
    }
    return result;
  });
}
