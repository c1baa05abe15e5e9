import { sql, type Kysely } from "kysely";
import type {
  CommunitiesDatabase,
  JoinRequestRow,
  MembershipRow,
  NewMembershipRow,
} from "../../db/tables.js";

/** SQL for memberships and join requests. */
export class MembershipRepository {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  async byIds(ids: readonly string[]): Promise<MembershipRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom("membership").selectAll().where("id", "in", ids).execute();
  }

  /**
   * Every membership of these communities, active ones first (then ended ones), by role and
   * seniority: one statement per batch; the loader keeps the first CAPS.communityMemberships.
   */
  async ofCommunities(communityIds: readonly string[]): Promise<MembershipRow[]> {
    if (communityIds.length === 0) return [];
    return this.db
      .selectFrom("membership")
      .selectAll()
      .where("community_id", "in", communityIds)
      .orderBy(sql`until is null`, "desc")
      .orderBy("role")
      .orderBy("since")
      .orderBy("id")
      .execute();
  }

  async ofPeople(personIds: readonly string[]): Promise<MembershipRow[]> {
    if (personIds.length === 0) return [];
    return this.db
      .selectFrom("membership")
      .selectAll()
      .where("person_id", "in", personIds)
      .orderBy("since")
      .orderBy("id")
      .execute();
  }

  async activeOf(personId: string): Promise<MembershipRow[]> {
    return this.db
      .selectFrom("membership")
      .selectAll()
      .where("person_id", "=", personId)
      .where("until", "is", null)
      .orderBy("community_id")
      .orderBy("role")
      .execute();
  }

  async activeIn(communityId: string, personId: string): Promise<MembershipRow | undefined> {
    return this.db
      .selectFrom("membership")
      .selectAll()
      .where("community_id", "=", communityId)
      .where("person_id", "=", personId)
      .where("until", "is", null)
      .executeTakeFirst();
  }

  async activeWithRole(communityId: string, role: string): Promise<MembershipRow | undefined> {
    return this.db
      .selectFrom("membership")
      .selectAll()
      .where("community_id", "=", communityId)
      .where("role", "=", role)
      .where("until", "is", null)
      .executeTakeFirst();
  }

  async insert(row: NewMembershipRow): Promise<MembershipRow> {
    return this.db.insertInto("membership").values(row).returningAll().executeTakeFirstOrThrow();
  }

  async end(id: string, until: string, endedBy: string): Promise<MembershipRow> {
    return this.db
      .updateTable("membership")
      .set({ until, ended_by: endedBy })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async joinRequestById(id: string): Promise<JoinRequestRow | undefined> {
    return this.db.selectFrom("join_request").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** Pending join requests of many people in one statement (DataLoader batches). */
  async pendingOf(personIds: readonly string[]): Promise<JoinRequestRow[]> {
    if (personIds.length === 0) return [];
    return this.db
      .selectFrom("join_request")
      .selectAll()
      .where("person_id", "in", personIds)
      .where("status", "=", "PENDING")
      .execute();
  }

  async pendingRequest(communityId: string, personId: string) {
    return this.db
      .selectFrom("join_request")
      .selectAll()
      .where("community_id", "=", communityId)
      .where("person_id", "=", personId)
      .where("status", "=", "PENDING")
      .executeTakeFirst();
  }

  /** Newest first, at most `limit`. */
  async joinRequests(
    query: { communityId?: string; personId?: string; status?: string | null },
    limit: number,
  ): Promise<JoinRequestRow[]> {
    let q = this.db.selectFrom("join_request").selectAll();
    if (query.communityId) q = q.where("community_id", "=", query.communityId);
    if (query.personId) q = q.where("person_id", "=", query.personId);
    if (query.status) q = q.where("status", "=", query.status);
    return q.orderBy("created_at", "desc").orderBy("id").limit(limit).execute();
  }

  async insertJoinRequest(
    row: Pick<
      JoinRequestRow,
      "id" | "community_id" | "person_id" | "organization_id" | "motivation"
    >,
  ): Promise<JoinRequestRow> {
    return this.db
      .insertInto("join_request")
      .values({ ...row, status: "PENDING", created_at: new Date() })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Moves a PENDING request to its outcome; undefined when it was no longer pending. */
  async decide(
    id: string,
    decision: {
      status: string;
      decided_by: string;
      reason?: string | null;
      membership_id?: string | null;
    },
  ): Promise<JoinRequestRow | undefined> {
    return this.db
      .updateTable("join_request")
      .set({ ...decision, decided_at: new Date() })
      .where("id", "=", id)
      .where("status", "=", "PENDING")
      .returningAll()
      .executeTakeFirst();
  }
}
