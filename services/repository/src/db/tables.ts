import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Texts = ColumnType<string[], string[] | undefined, string[]>;
/** jsonb: written as a JSON string, read back parsed by both drivers. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface LinkValue {
  url: string;
  title: string | null;
}
export interface AttachmentValue {
  url: string;
  title: string | null;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}
export interface ContactValue {
  name: string;
  email: string | null;
}
export interface SoftwareValue {
  repositoryUrl: string | null;
  categories: string[];
  developmentStatus: string | null;
  softwareType: string | null;
  platforms: string[];
  usedBy: string[];
  maintenanceType: string | null;
  contacts: ContactValue[];
  organisationUri: string | null;
  availableLanguages: string[];
}

export interface ResourceTable {
  id: string;
  title: string;
  summary: string;
  body: string;
  kind: string;
  topics: Texts;
  tags: Texts;
  keywords: string;
  organization_id: string | null;
  community_id: string | null;
  goal_action_id: string | null;
  status: Generated<string>;
  featured: Generated<boolean>;
  links: Json<LinkValue[]>;
  attachments: Json<AttachmentValue[]>;
  license: string | null;
  software: Json<SoftwareValue | null> | null;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  year: number;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Generated (tsvector): never written by the application. */
  search: ColumnType<string, never, never>;
}

export interface ResourceRevisionTable {
  id: string;
  resource_id: string;
  version: number;
  snapshot: Json<Record<string, unknown>>;
  edited_by: string | null;
  change: string;
  edited_at: Timestamp;
}

export interface SupportOfferTable {
  id: string;
  resource_id: string;
  person_id: string;
  contact: string;
  availability: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RepositoryDatabase {
  resource: ResourceTable;
  resource_revision: ResourceRevisionTable;
  support_offer: SupportOfferTable;
}

export type ResourceRow = Omit<Selectable<ResourceTable>, "search">;
export type ResourceRevisionRow = Selectable<ResourceRevisionTable>;
export type SupportOfferRow = Selectable<SupportOfferTable>;
