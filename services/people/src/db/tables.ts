import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns travel as ISO strings (yyyy-mm-dd) to avoid time-zone shifts. */
type DateColumn = ColumnType<string, string, string>;

export interface OrganizationTable {
  id: string;
  name: string;
  kind: string;
  ipa_code: string | null;
  istat_code: string | null;
  province: string | null;
  union_id: string | null;
  adhered_on: DateColumn | null;
  website: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonTable {
  id: string;
  given_name: string;
  family_name: string;
  email: string;
  phone: string | null;
  organization_id: string;
  public_role: string;
  bio: string | null;
  skills: ColumnType<string[], string[] | undefined, string[]>;
  available_to_help: Generated<boolean>;
  system_roles: ColumnType<string[], string[] | undefined, string[]>;
  /** Uppercase, without `TINIT-`; unique when present. Seen by the person and admins only. */
  fiscal_code: ColumnType<string | null, string | null | undefined, string | null>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NominationTable {
  id: string;
  person_id: string;
  organization_id: string;
  nominated_on: DateColumn;
  act_reference: string;
  created_at: Timestamp;
}

export interface ApiKeyTable {
  id: string;
  organization_id: string;
  name: string;
  scope: string;
  key_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** How an external identity came to be linked to a person. */
export type LinkedHow = "NOMINATION" | "ADMIN" | "SEED" | "ACCESS_REQUEST";

export interface ExternalIdentityTable {
  id: string;
  person_id: string;
  issuer: string;
  subject: string;
  fiscal_code: string | null;
  linked_at: Timestamp;
  linked_how: LinkedHow;
  linked_by: string | null;
}

export type AccessRequestStatus = "PENDING" | "APPROVED" | "REJECTED";

/** A signed-in caller no person is linked to asks to be added; an admin decides. */
export interface AccessRequestTable {
  id: string;
  issuer: string;
  subject: string;
  fiscal_code: string | null;
  full_name: string;
  email: string;
  organization_id: string;
  message: string | null;
  status: AccessRequestStatus;
  created_at: Timestamp;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decided_by: string | null;
  person_id: string | null;
  rejection_reason: string | null;
}

export interface PeopleDatabase {
  access_request: AccessRequestTable;
  api_key: ApiKeyTable;
  external_identity: ExternalIdentityTable;
  organization: OrganizationTable;
  person: PersonTable;
  nomination: NominationTable;
}

export type OrganizationRow = Selectable<OrganizationTable>;
export type NewOrganizationRow = Insertable<OrganizationTable>;
export type OrganizationUpdate = Updateable<OrganizationTable>;
export type PersonRow = Selectable<PersonTable>;
export type NewPersonRow = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type NominationRow = Selectable<NominationTable>;
export type ApiKeyRow = Selectable<ApiKeyTable>;
export type ExternalIdentityRow = Selectable<ExternalIdentityTable>;
export type NewExternalIdentityRow = Insertable<ExternalIdentityTable>;
export type AccessRequestRow = Selectable<AccessRequestTable>;
export type NewAccessRequestRow = Insertable<AccessRequestTable>;
