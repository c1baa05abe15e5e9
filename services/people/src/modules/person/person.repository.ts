import { sql, type Kysely } from "kysely";
import { likeContains, type CursorKey } from "@comtem/service-kit";
import type {
  NewPersonRow,
  NominationRow,
  PeopleDatabase,
  PersonRow,
  PersonUpdate,
} from "../../db/tables.js";

export interface PersonQuery {
  organizationId?: string | null;
  skill?: string | null;
  availableToHelp?: boolean | null;
  search?: string | null;
}

/** SQL for people and nominations. Lists are ordered by (family, given name, id). */
export class PersonRepository {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  private filtered(query: PersonQuery) {
    let q = this.db.selectFrom("person");
    if (query.organizationId) q = q.where("organization_id", "=", query.organizationId);
    if (query.skill) q = q.where("skills", "@>", sql<string[]>`array[${query.skill}]::text[]`);
    if (query.availableToHelp !== null && query.availableToHelp !== undefined) {
      q = q.where("available_to_help", "=", query.availableToHelp);
    }
    if (query.search) {
      q = q.where(
        sql<string>`given_name || ' ' || family_name`,
        "ilike",
        likeContains(query.search),
      );
    }
    return q;
  }

  async list(query: PersonQuery, after: CursorKey | null, limit: number): Promise<PersonRow[]> {
    let q = this.filtered(query).selectAll();
    if (after) {
      const [family, given, id] = after;
      q = q.where(sql<boolean>`(family_name, given_name, id) > (${family}, ${given}, ${id}::uuid)`);
    }
    return q.orderBy("family_name").orderBy("given_name").orderBy("id").limit(limit).execute();
  }

  async count(query: PersonQuery): Promise<number> {
    const row = await this.filtered(query)
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** One statement for any number of ids (DataLoader and `_entities` batches). */
  async byIds(ids: readonly string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom("person").selectAll().where("id", "in", ids).execute();
  }

  async emailTaken(email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("person")
      .select("id")
      .where(sql<string>`lower(email)`, "=", email.toLowerCase())
      .executeTakeFirst();
    return row !== undefined;
  }

  async fiscalCodeTaken(fiscalCode: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("person")
      .select("id")
      .where("fiscal_code", "=", fiscalCode)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(row: NewPersonRow): Promise<PersonRow> {
    return this.db.insertInto("person").values(row).returningAll().executeTakeFirstOrThrow();
  }

  /**
   * One statement: applies the changes and bumps the version when the row exists and, if
   * `version` is given, is still at that version. Undefined otherwise (missing or stale).
   */
  async update(
    id: string,
    changes: PersonUpdate,
    version?: number | null,
  ): Promise<PersonRow | undefined> {
    let q = this.db
      .updateTable("person")
      .set((eb) => ({ ...changes, version: eb("version", "+", 1), updated_at: new Date() }))
      .where("id", "=", id);
    if (version !== undefined && version !== null) q = q.where("version", "=", version);
    return q.returningAll().executeTakeFirst();
  }

  async nominationsOf(personIds: readonly string[]): Promise<NominationRow[]> {
    if (personIds.length === 0) return [];
    return this.db
      .selectFrom("nomination")
      .selectAll()
      .where("person_id", "in", personIds)
      .orderBy("nominated_on", "desc")
      .execute();
  }

  async insertNomination(row: Omit<NominationRow, "created_at">): Promise<NominationRow> {
    return this.db.insertInto("nomination").values(row).returningAll().executeTakeFirstOrThrow();
  }
}
