import { sql, type Kysely } from "kysely";
import type {
  RepositoryDatabase,
  ResourceRevisionRow,
  ResourceRow,
  SupportOfferRow,
} from "../db/tables.js";

/** Every column but the generated search vector. */
export const RESOURCE_COLUMNS = [
  "id",
  "title",
  "summary",
  "body",
  "kind",
  "topics",
  "tags",
  "keywords",
  "organization_id",
  "community_id",
  "goal_action_id",
  "status",
  "featured",
  "links",
  "attachments",
  "license",
  "software",
  "published_at",
  "year",
  "created_by",
  "version",
  "created_at",
  "updated_at",
] as const;

/**
 * Reads of the repository schema. Every method takes a whole batch of keys (DataLoaders call
 * them), so a query over many organizations, communities or people costs one statement.
 */
export class ResourceRepository {
  constructor(private readonly db: Kysely<RepositoryDatabase>) {}

  private resources() {
    return this.db.selectFrom("resource").select(RESOURCE_COLUMNS);
  }

  resourcesByIds(ids: readonly string[]): Promise<ResourceRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.resources().where("id", "in", ids).execute();
  }

  resourcesBy(
    column: "organization_id" | "community_id" | "goal_action_id",
    ids: readonly string[],
  ): Promise<ResourceRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.resources()
      .where(column, "in", ids)
      .orderBy("featured", "desc")
      .orderBy("year", "desc")
      .orderBy("title")
      .execute();
  }

  /** The newest `perResource` revisions of each resource (a window function: one statement). */
  revisionsByResources(
    ids: readonly string[],
    perResource: number,
  ): Promise<ResourceRevisionRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const ranked = this.db
      .selectFrom("resource_revision")
      .select("id")
      .select(
        sql<number>`row_number() over (partition by resource_id order by version desc)`.as("rank"),
      )
      .where("resource_id", "in", ids);
    return this.db
      .selectFrom("resource_revision")
      .selectAll()
      .where("id", "in", (eb) =>
        eb
          .selectFrom(ranked.as("ranked"))
          .select("ranked.id")
          .where("ranked.rank", "<=", perResource),
      )
      .orderBy("version", "desc")
      .execute();
  }

  /** Active offers on published resources, with the resource's status for visibility. */
  activeOffersByPeople(personIds: readonly string[]): Promise<SupportOfferRow[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("support_offer as o")
      .innerJoin("resource as r", "r.id", "o.resource_id")
      .selectAll("o")
      .where("o.person_id", "in", personIds)
      .where("o.active", "=", true)
      .where("r.status", "=", "PUBBLICATA")
      .orderBy("o.created_at")
      .execute();
  }

  activeOffersByResources(resourceIds: readonly string[]): Promise<SupportOfferRow[]> {
    if (resourceIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom("support_offer")
      .selectAll()
      .where("resource_id", "in", resourceIds)
      .where("active", "=", true)
      .orderBy("created_at")
      .execute();
  }
}
