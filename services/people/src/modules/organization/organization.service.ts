import type { Kysely } from "kysely";
import {
  ConflictError,
  InputError,
  NotFoundError,
  decodeCursor,
  stableId,
  toConnection,
  userError,
  type Connection,
  type UserError,
} from "@comtem/service-kit";
import { randomUUID } from "node:crypto";
import type { OrganizationUpdate, PeopleDatabase } from "../../db/tables.js";
import { toOrganization } from "./organization.mapper.js";
import { OrganizationRepository, type OrganizationQuery } from "./organization.repository.js";
import type { CreateOrganizationInput, UpdateOrganizationInput } from "./organization.input.js";
import { OrganizationKind, type Organization } from "./organization.type.js";

export interface OrganizationResult {
  organization: Organization | null;
  userErrors: UserError[];
}

/** Rules about organizations. Authorization (admins only) is declared on the resolver. */
export class OrganizationService {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  async list(
    query: OrganizationQuery,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Organization>> {
    const repository = new OrganizationRepository(this.db);
    const after = decodeCursor(page.after, 2);
    const [rows, total] = await Promise.all([
      repository.list(query, after, page.first + 1),
      repository.count(query),
    ]);
    return toConnection(rows, page, total, (r) => [r.name, r.id], toOrganization);
  }

  async byIpaCode(ipaCode: string): Promise<Organization | null> {
    const row = await new OrganizationRepository(this.db).byIpaCode(ipaCode);
    return row ? toOrganization(row) : null;
  }

  async create(input: CreateOrganizationInput): Promise<OrganizationResult> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new OrganizationRepository(trx);
      const problems = await this.check(repository, input);
      if (problems.length > 0) return { organization: null, userErrors: problems };
      const row = await repository.insert({
        // Deterministic from the codes when they exist, so the same body never gets two ids.
        id: input.ipaCode ? stableId(`ipa:${input.ipaCode}`) : randomUUID(),
        name: input.name.trim(),
        kind: input.kind,
        ipa_code: input.ipaCode ?? null,
        istat_code: input.istatCode ?? null,
        province: input.province ?? null,
        union_id: input.unionId ?? null,
        adhered_on: input.adheredOn ?? null,
        website: input.website ?? null,
      });
      return { organization: toOrganization(row), userErrors: [] };
    });
  }

  /** Partial update; with `version`, a stale one changes nothing and is a CONFLICT. */
  async update(
    id: string,
    input: UpdateOrganizationInput,
    version?: number | null,
  ): Promise<OrganizationResult> {
    for (const field of ["name", "kind"] as const) {
      if (input[field] === null) throw new InputError(`${field} cannot be null`, field);
    }
    return this.db.transaction().execute(async (trx) => {
      const repository = new OrganizationRepository(trx);
      const [current] = await repository.byIds([id]);
      if (!current) throw new NotFoundError("Organization not found", "id");
      if (version !== undefined && version !== null && current.version !== version) {
        throw new ConflictError(
          "The organization was changed by someone else; reload it and retry",
          "version",
        );
      }
      const problems = await this.check(repository, input, id);
      if (problems.length > 0) return { organization: null, userErrors: problems };
      const changes: OrganizationUpdate = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.ipaCode !== undefined) changes.ipa_code = input.ipaCode;
      if (input.istatCode !== undefined) changes.istat_code = input.istatCode;
      if (input.province !== undefined) changes.province = input.province;
      if (input.unionId !== undefined) changes.union_id = input.unionId;
      if (input.adheredOn !== undefined) changes.adhered_on = input.adheredOn;
      if (input.website !== undefined) changes.website = input.website;
      // The version is compared in the UPDATE itself: no window between reading and writing.
      const row = await repository.update(id, changes, version);
      if (!row) {
        throw new ConflictError(
          "The organization was changed by someone else; reload it and retry",
          "version",
        );
      }
      return { organization: toOrganization(row), userErrors: [] };
    });
  }

  /** Business rules that the user can fix: unique codes, a real Unione as parent. */
  private async check(
    repository: OrganizationRepository,
    input: Partial<CreateOrganizationInput>,
    exceptId?: string,
  ): Promise<UserError[]> {
    const problems: UserError[] = [];
    for (const taken of await repository.conflicts(input, exceptId)) {
      if (input.ipaCode && taken.ipa_code === input.ipaCode) {
        problems.push(userError("DUPLICATE", "Another organization has this IPA code", "ipaCode"));
      }
      if (input.istatCode && taken.istat_code === input.istatCode) {
        problems.push(
          userError("DUPLICATE", "Another organization has this ISTAT code", "istatCode"),
        );
      }
    }
    if (input.unionId) {
      const [union] = await repository.byIds([input.unionId]);
      if (!union || union.kind !== OrganizationKind.UNIONE || union.id === exceptId) {
        problems.push(
          userError("INVALID_UNION", "unionId must name an Unione di Comuni", "unionId"),
        );
      }
    }
    return problems;
  }
}
