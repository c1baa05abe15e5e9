import type { Kysely } from "kysely";
import { likeContains, type CursorKey } from "@comtem/service-kit";
import type {
  NewOrganizationRow,
  OrganizationRow,
  OrganizationUpdate,
  PeopleDatabase,
} from "../../db/tables.js";

export interface OrganizationQuery {
  kind?: string | null;
  province?: string | null;
  search?: string | null;
}

/** SQL for organizations. Lists are ordered by (name, id) and paged by keyset. */
export class OrganizationRepository {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  private filtered(query: OrganizationQuery) {
    let q = this.db.selectFrom("organization");
    if (query.kind) q = q.where("kind", "=", query.kind);
    if (query.province) q = q.where("province", "=", query.province);
    if (query.search) q = q.where("name", "ilike", likeContains(query.search));
    return q;
  }

  async list(query: OrganizationQuery, after: CursorKey | null, limit: number) {
    let q = this.filtered(query).selectAll();
    if (after) {
      const [name, id] = after as [string, string];
      q = q.where((eb) =>
        eb.or([eb("name", ">", name), eb.and([eb("name", "=", name), eb("id", ">", id)])]),
      );
    }
    return q.orderBy("name").orderBy("id").limit(limit).execute();
  }

  async count(query: OrganizationQuery): Promise<number> {
    const row = await this.filtered(query)
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** One statement for any number of ids (DataLoader batches). */
  async byIds(ids: readonly string[]): Promise<OrganizationRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom("organization").selectAll().where("id", "in", ids).execute();
  }

  async byIpaCode(ipaCode: string): Promise<OrganizationRow | undefined> {
    return this.db
      .selectFrom("organization")
      .selectAll()
      .where("ipa_code", "=", ipaCode)
      .executeTakeFirst();
  }

  async membersOf(unionIds: readonly string[]): Promise<OrganizationRow[]> {
    if (unionIds.length === 0) return [];
    return this.db
      .selectFrom("organization")
      .selectAll()
      .where("union_id", "in", unionIds)
      .orderBy("name")
      .execute();
  }

  /** Which of these codes are already taken by another organization. */
  async conflicts(
    codes: { ipaCode?: string | null; istatCode?: string | null },
    exceptId?: string,
  ): Promise<{ ipa_code: string | null; istat_code: string | null }[]> {
    const { ipaCode, istatCode } = codes;
    if (!ipaCode && !istatCode) return [];
    let q = this.db.selectFrom("organization").select(["ipa_code", "istat_code"]);
    q = q.where((eb) =>
      eb.or([
        ...(ipaCode ? [eb("ipa_code", "=", ipaCode)] : []),
        ...(istatCode ? [eb("istat_code", "=", istatCode)] : []),
      ]),
    );
    if (exceptId) q = q.where("id", "<>", exceptId);
    return q.execute();
  }

  async insert(row: NewOrganizationRow): Promise<OrganizationRow> {
    return this.db.insertInto("organization").values(row).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * One statement: applies the changes and bumps the version when the row exists and, if
   * `version` is given, is still at that version. Undefined otherwise (missing or stale).
   */
  async update(
    id: string,
    changes: OrganizationUpdate,
    version?: number | null,
  ): Promise<OrganizationRow | undefined> {
    let q = this.db
      .updateTable("organization")
      .set((eb) => ({ ...changes, version: eb("version", "+", 1), updated_at: new Date() }))
      .where("id", "=", id);
    if (version !== undefined && version !== null) q = q.where("version", "=", version);
    return q.returningAll().executeTakeFirst();
  }
}
