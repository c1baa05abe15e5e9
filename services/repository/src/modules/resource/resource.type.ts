import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Topic } from "../topic/topic.type.js";

export enum ResourceKind {
  SOLUZIONE_TECNOLOGICA = "SOLUZIONE_TECNOLOGICA",
  SOLUZIONE_ORGANIZZATIVA = "SOLUZIONE_ORGANIZZATIVA",
  DELIVERABLE = "DELIVERABLE",
  GUIDA = "GUIDA",
  KIT_RIUSO = "KIT_RIUSO",
  FORMAZIONE = "FORMAZIONE",
  BANDO = "BANDO",
  ALTRO = "ALTRO",
}
registerEnumType(ResourceKind, {
  name: "ResourceKind",
  description: "What a shared resource is.",
  valuesConfig: {
    SOLUZIONE_TECNOLOGICA: { description: "Soluzione tecnologica / Technological solution" },
    SOLUZIONE_ORGANIZZATIVA: { description: "Soluzione organizzativa / Organisational solution" },
    DELIVERABLE: { description: "Deliverable di un'azione-obiettivo / Goal-action deliverable" },
    GUIDA: { description: "Guida / Guide" },
    KIT_RIUSO: { description: "Kit di riuso / Reuse kit" },
    FORMAZIONE: { description: "Formazione / Training" },
    BANDO: { description: "Bando / Call for funding" },
    ALTRO: { description: "Altro / Other" },
  },
});

export enum ResourceStatus {
  BOZZA = "BOZZA",
  PUBBLICATA = "PUBBLICATA",
  ARCHIVIATA = "ARCHIVIATA",
}
registerEnumType(ResourceStatus, {
  name: "ResourceStatus",
  valuesConfig: {
    BOZZA: { description: "Bozza / Draft: its creator, the community's coordinators, admins" },
    PUBBLICATA: { description: "Pubblicata / Published: visible to everyone" },
    ARCHIVIATA: { description: "Archiviata / Archived: no longer public" },
  },
});

export enum DevelopmentStatus {
  CONCEPT = "concept",
  DEVELOPMENT = "development",
  BETA = "beta",
  STABLE = "stable",
  OBSOLETE = "obsolete",
}
registerEnumType(DevelopmentStatus, {
  name: "DevelopmentStatus",
  description: "publiccode.yml developmentStatus.",
});

export enum MaintenanceType {
  INTERNAL = "internal",
  CONTRACT = "contract",
  COMMUNITY = "community",
  NONE = "none",
}
registerEnumType(MaintenanceType, {
  name: "MaintenanceType",
  description: "publiccode.yml maintenance.type.",
});

@ObjectType()
export class ResourceLink {
  @Field(() => String, { description: "https URL." })
  url!: string;
  @Field(() => String, { nullable: true })
  title!: string | null;
}

@ObjectType({ description: "A downloadable file, with a checksum to verify it." })
export class Attachment {
  @Field(() => String, { description: "https URL." })
  url!: string;
  @Field(() => String, { nullable: true })
  title!: string | null;
  @Field(() => String, { description: "e.g. application/pdf" })
  mediaType!: string;
  @Field(() => Int)
  sizeBytes!: number;
  @Field(() => String, { description: "SHA-256 of the file, 64 lowercase hex digits." })
  sha256!: string;
}

@ObjectType()
export class MaintenanceContact {
  @Field(() => String)
  name!: string;
  @Field(() => String, { nullable: true, description: "Only for authenticated callers." })
  email!: string | null;
}

@ObjectType({ description: "publiccode.yml-like metadata of a software solution." })
export class SoftwareMetadata {
  @Field(() => String, { nullable: true })
  repositoryUrl!: string | null;
  @Directive("@listSize(assumedSize: 3)") // input ≤ 30
  @Field(() => [String], { description: "From the publiccode.yml categories list." })
  categories!: string[];
  @Field(() => DevelopmentStatus, { nullable: true })
  developmentStatus!: DevelopmentStatus | null;
  @Field(() => String, { nullable: true, description: "publiccode.yml softwareType." })
  softwareType!: string | null;
  @Directive("@listSize(assumedSize: 2)") // input ≤ 20
  @Field(() => [String])
  platforms!: string[];
  @Directive("@listSize(assumedSize: 10)") // input ≤ 100
  @Field(() => [String], { description: "Names of the bodies that use it." })
  usedBy!: string[];
  @Field(() => MaintenanceType, { nullable: true })
  maintenanceType!: MaintenanceType | null;
  @Directive("@listSize(assumedSize: 2)") // input ≤ 10
  @Field(() => [MaintenanceContact])
  contacts!: MaintenanceContact[];
  @Field(() => String, {
    nullable: true,
    description: "Owner as in publiccode.yml, e.g. urn:x-italian-pa:c_a944.",
  })
  organisationUri!: string | null;
  @Directive("@listSize(assumedSize: 2)") // input ≤ 30
  @Field(() => [String])
  availableLanguages!: string[];
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A shared resource of the repository: a solution, deliverable, guide, reuse kit, training or call.",
})
export class Resource {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  summary!: string;
  @Field(() => String, { description: "Markdown, as written." })
  body!: string;
  @Field(() => ResourceKind)
  kind!: ResourceKind;
  @Directive("@listSize(assumedSize: 3)") // input ≤ 10
  @Field(() => [Topic])
  topics!: Topic[];
  @Directive("@listSize(assumedSize: 5)") // input ≤ 20
  @Field(() => [String], { description: "Free tags." })
  tags!: string[];
  @Field(() => ResourceStatus)
  status!: ResourceStatus;
  @Field(() => Boolean, { description: "Highlighted by the community's coordinators." })
  featured!: boolean;
  @Directive("@listSize(assumedSize: 3)") // input ≤ 30
  @Field(() => [ResourceLink])
  links!: ResourceLink[];
  @Directive("@listSize(assumedSize: 3)") // input ≤ 30
  @Field(() => [Attachment])
  attachments!: Attachment[];
  @Field(() => String, { nullable: true, description: "SPDX license expression." })
  license!: string | null;
  @Field(() => SoftwareMetadata, { nullable: true })
  software!: SoftwareMetadata | null;
  @Field(() => String, { nullable: true, description: "ISO 8601 timestamp of publication." })
  publishedAt!: string | null;
  @Field(() => Int)
  year!: number;
  @Field(() => Int, { description: "Send it back with updates; a stale one is a CONFLICT." })
  version!: number;
  @Field(() => String, { description: "ISO 8601." })
  updatedAt!: string;

  organizationId!: string | null;
  communityId!: string | null;
  goalActionId!: string | null;
  createdById!: string | null;
}

@ObjectType({ description: "The state of a resource after one edit." })
export class ResourceRevision {
  @Field(() => Int)
  version!: number;
  @Field(() => String, { description: "What the edit did, e.g. created, updated, published." })
  change!: string;
  @Field(() => String, { description: "ISO 8601." })
  editedAt!: string;
  @Field(() => String)
  title!: string;
  @Field(() => ResourceStatus)
  status!: ResourceStatus;
  @Field(() => String, { description: "The full snapshot as JSON." })
  snapshot!: string;

  editedById!: string | null;
}

@ObjectType({
  description:
    "What the caller may do with this resource, computed by the same rules that guard the mutations (a true value can still meet a business refusal in userErrors, e.g. an incomplete resource).",
})
export class ResourceCapabilities {
  @Field(() => Boolean, {
    description:
      "updateResource: the creator while not archived, the community's co-coordinators and referents, admins.",
  })
  edit!: boolean;
  @Field(() => Boolean, {
    description:
      "publishResource: as edit for a draft; curators only once archived; false when already published.",
  })
  publish!: boolean;
  @Field(() => Boolean, {
    description:
      "archiveResource: the community's co-coordinators and referents, admins; false when already archived.",
  })
  archive!: boolean;
  @Field(() => Boolean, {
    description:
      "setResourceFeatured: the community's co-coordinators and referents, admins; published resources only.",
  })
  feature!: boolean;
  @Field(() => Boolean, {
    description: "offerSupport: anyone signed in, on a published resource.",
  })
  offerSupport!: boolean;
}
