import { sql, type Kysely } from "kysely";
import type { CursorKey } from "@comtem/service-kit";
import type {
  AccessRequestRow,
  AccessRequestStatus,
  NewAccessRequestRow,
  PeopleDatabase,
} from "../../db/tables.js";

/** SQL for requests to be added. Lists are ordered oldest first: (created_at, id). */
export class AccessRequestRepository {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  /** The latest request of a provider identity, whatever its status. */
  async latestOf(issuer: string, subject: string): Promise<AccessRequestRow | undefined> {
    return this.db
      .selectFrom("access_request")
      .selectAll()
      .where("issuer", "=", issuer)
      .where("subject", "=", subject)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
  }

  async hasPending(issuer: string, subject: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("access_request")
      .select("id")
      .where("issuer", "=", issuer)
      .where("subject", "=", subject)
      .where("status", "=", "PENDING")
      .executeTakeFirst();
    return row !== undefined;
  }

  async list(
    status: AccessRequestStatus,
    after: CursorKey | null,
    limit: number,
  ): Promise<AccessRequestRow[]> {
    let q = this.db.selectFrom("access_request").selectAll().where("status", "=", status);
    if (after) {
      const [createdAt, id] = after;
      q = q.where(sql<boolean>`(created_at, id) > (${createdAt}::timestamptz, ${id}::uuid)`);
    }
    return q.orderBy("created_at").orderBy("id").limit(limit).execute();
  }

  async count(status: AccessRequestStatus): Promise<number> {
    const row = await this.db
      .selectFrom("access_request")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("status", "=", status)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** The request, locked until the transaction ends: two decisions cannot both see PENDING. */
  async lockById(id: string): Promise<AccessRequestRow | undefined> {
    return this.db
      .selectFrom("access_request")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
  }

  async insert(row: NewAccessRequestRow): Promise<AccessRequestRow> {
    return this.db
      .insertInto("access_request")
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Records a decision on a PENDING request; undefined when it is no longer pending. */
  async decide(
    id: string,
    decision: {
      status: Exclude<AccessRequestStatus, "PENDING">;
      decided_at: Date;
      decided_by: string;
      person_id?: string;
      rejection_reason?: string;
    },
  ): Promise<AccessRequestRow | undefined> {
    return this.db
      .updateTable("access_request")
      .set(decision)
      .where("id", "=", id)
      .where("status", "=", "PENDING")
      .returningAll()
      .executeTakeFirst();
  }
}
