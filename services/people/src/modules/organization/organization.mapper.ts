import type { OrganizationRow } from "../../db/tables.js";
import { Organization, type OrganizationKind } from "./organization.type.js";

export function toOrganization(row: OrganizationRow): Organization {
  return Object.assign(new Organization(), {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganizationKind,
    ipaCode: row.ipa_code,
    istatCode: row.istat_code,
    province: row.province,
    adheredOn: row.adhered_on,
    website: row.website,
    version: row.version,
    unionId: row.union_id,
  });
}
