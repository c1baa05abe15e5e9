import type { UiSliceRow } from "../../db/tables.js";
import { UiSlice } from "./slice.type.js";

export function toUiSlice(row: UiSliceRow): UiSlice {
  return Object.assign(new UiSlice(), {
    id: row.id,
    name: row.name,
    remoteName: row.remote_name,
    manifestUrl: row.manifest_url,
    exposedModule: row.exposed_module,
    version: row.version,
    enabled: row.enabled,
    active: row.active,
    registeredAt: row.created_at,
    communityId: row.community_id,
  });
}
