import type { ResourceRevisionRow, ResourceRow, SupportOfferRow } from "../db/tables.js";
import {
  Resource,
  ResourceRevision,
  type DevelopmentStatus,
  type MaintenanceType,
  type ResourceKind,
  type ResourceStatus,
} from "./resource/resource.type.js";
import { SupportOffer } from "./support/support.type.js";
import { Topic } from "./topic/topic.type.js";
import { TOPICS, topicBySlug } from "./topic/topics.js";

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

export function toTopic(slug: string): Topic {
  const topic = topicBySlug(slug);
  return Object.assign(new Topic(), {
    slug,
    labelIt: topic?.it ?? slug,
    labelEn: topic?.en ?? slug,
  });
}

export const allTopics = (): Topic[] => TOPICS.map((t) => toTopic(t.slug));

export function toResource(row: ResourceRow): Resource {
  const software = row.software;
  return Object.assign(new Resource(), {
    id: row.id,
    title: row.title,
    summary: row.summary,
    body: row.body,
    kind: row.kind as ResourceKind,
    topics: row.topics.map(toTopic),
    tags: row.tags,
    status: row.status as ResourceStatus,
    featured: row.featured,
    links: row.links.map((l) => ({ url: l.url, title: l.title ?? null })),
    attachments: row.attachments.map((a) => ({ ...a, title: a.title ?? null })),
    license: row.license,
    software: software
      ? {
          ...software,
          developmentStatus: software.developmentStatus as DevelopmentStatus | null,
          maintenanceType: software.maintenanceType as MaintenanceType | null,
        }
      : null,
    publishedAt: iso(row.published_at),
    year: row.year,
    version: row.version,
    updatedAt: iso(row.updated_at) as string,
    organizationId: row.organization_id,
    communityId: row.community_id,
    goalActionId: row.goal_action_id,
    createdById: row.created_by,
  });
}

export function toRevision(row: ResourceRevisionRow): ResourceRevision {
  const snapshot = row.snapshot as { title?: string; status?: string };
  return Object.assign(new ResourceRevision(), {
    version: row.version,
    change: row.change,
    editedAt: iso(row.edited_at) as string,
    title: snapshot.title ?? "",
    status: (snapshot.status ?? "BOZZA") as ResourceStatus,
    snapshot: JSON.stringify(row.snapshot),
    editedById: row.edited_by,
  });
}

export function toSupportOffer(row: SupportOfferRow): SupportOffer {
  return Object.assign(new SupportOffer(), {
    id: row.id,
    contact: row.contact,
    availability: row.availability,
    active: row.active,
    createdAt: iso(row.created_at) as string,
    resourceId: row.resource_id,
    personId: row.person_id,
  });
}
