import { CAPS } from "../common/caps.js";
import type { Kysely } from "kysely";
import type { CommunitiesDatabase, NewUiSliceRow, UiSliceRow } from "../../db/tables.js";

/** SQL for the UI slice registry. */
export class SliceRepository {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  async activeEnabled(communityId?: string | null): Promise<UiSliceRow[]> {
    let q = this.db
      .selectFrom("ui_slice")
      .selectAll()
      .where("active", "=", true)
      .where("enabled", "=", true);
    if (communityId) q = q.where("community_id", "=", communityId);
    return q.orderBy("name").limit(CAPS.uiSlices).execute();
  }

  async versions(name: string): Promise<UiSliceRow[]> {
    return this.db
      .selectFrom("ui_slice")
      .selectAll()
      .where("name", "=", name)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(CAPS.uiSliceVersions)
      .execute();
  }

  async version(name: string, version: string): Promise<UiSliceRow | undefined> {
    return this.db
      .selectFrom("ui_slice")
      .selectAll()
      .where("name", "=", name)
      .where("version", "=", version)
      .executeTakeFirst();
  }

  async active(name: string): Promise<UiSliceRow | undefined> {
    return this.db
      .selectFrom("ui_slice")
      .selectAll()
      .where("name", "=", name)
      .where("active", "=", true)
      .executeTakeFirst();
  }

  /** Deactivates every version of the name (then one is activated: never two at once). */
  async deactivateAll(name: string): Promise<void> {
    await this.db
      .updateTable("ui_slice")
      .set({ active: false, updated_at: new Date() })
      .where("name", "=", name)
      .where("active", "=", true)
      .execute();
  }

  async insert(row: NewUiSliceRow): Promise<UiSliceRow> {
    return this.db.insertInto("ui_slice").values(row).returningAll().executeTakeFirstOrThrow();
  }

  async update(
    id: string,
    changes: Partial<Pick<UiSliceRow, "active" | "enabled">>,
  ): Promise<UiSliceRow> {
    return this.db
      .updateTable("ui_slice")
      .set({ ...changes, updated_at: new Date() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
