import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  InputError,
  NotFoundError,
  decodeCursor,
  toConnection,
  userError,
  type Connection,
  type Principal,
  type UserError,
  policy,
  staleVersion,
} from "@comtem/service-kit";
import { requireCapability } from "../../access.js";
import type { CommunitiesDatabase, CommunityRow, CommunityUpdate } from "../../db/tables.js";
import type { CreateCommunityInput, UpdateCommunityInput } from "./community.input.js";
import { toCommunity } from "./community.mapper.js";
import { CommunityRepository } from "./community.repository.js";
import type { Community } from "./community.type.js";

export interface CommunityResult {
  community: Community | null;
  userErrors: UserError[];
}

/** Loads a community inside a write, or fails with NOT_FOUND naming the input field. */
export async function requireCommunity(
  db: Kysely<CommunitiesDatabase>,
  id: string,
  field = "communityId",
): Promise<CommunityRow> {
  const [row] = await new CommunityRepository(db).byIds([id]);
  if (!row) throw new NotFoundError("No such community", field);
  return row;
}

export class CommunityService {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  async list(
    page: { first: number; after?: string | null },
    memberId?: string,
  ): Promise<Connection<Community>> {
    const repository = new CommunityRepository(this.db);
    const after = decodeCursor(page.after, 2);
    const [rows, total] = await Promise.all([
      repository.list(after, page.first + 1, memberId),
      repository.count(memberId),
    ]);
    return toConnection(rows, page, total, (r) => [r.name, r.id], toCommunity);
  }

  async bySlug(slug: string): Promise<Community | null> {
    const row = await new CommunityRepository(this.db).bySlug(slug);
    return row ? toCommunity(row) : null;
  }

  /** Admins open a new community (resolver: @Authorized("ADMIN")). */
  async create(input: CreateCommunityInput): Promise<CommunityResult> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new CommunityRepository(trx);
      if (await repository.bySlug(input.slug)) {
        return {
          community: null,
          userErrors: [userError("DUPLICATE", "Another community has this slug", "slug")],
        };
      }
      const d = input.declaratoria;
      const row = await repository.insert({
        id: randomUUID(),
        slug: input.slug,
        name: input.name.trim(),
        name_en: input.nameEn.trim(),
        kind: input.kind,
        themes: d.themes.map((t) => t.trim()),
        mission: d.mission,
        perimeter: d.perimeter,
        long_term_objectives: d.longTermObjectives,
        expected_results: d.expectedResults,
        participant_profile: d.participantProfile,
        active_from: input.activeFrom,
      });
      return { community: toCommunity(row), userErrors: [] };
    });
  }

  /** Co-coordinators of this community or admins edit its name and declaratoria. */
  async update(
    principal: Principal,
    id: string,
    input: UpdateCommunityInput,
    version?: number | null,
  ): Promise<CommunityResult> {
    for (const field of ["name", "nameEn", "declaratoria"] as const) {
      if (input[field] === null) throw new InputError(`${field} cannot be null`, field);
    }
    return this.db.transaction().execute(async (trx) => {
      const current = await requireCommunity(trx, id, "id");
      await requireCapability(
        trx,
        principal,
        id,
        policy["community.manage"],
        "edit this community",
      );
      if (input.activeTo && input.activeTo < current.active_from) {
        throw new InputError("activeTo must not be before activeFrom", "input.activeTo");
      }
      const changes: CommunityUpdate = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.nameEn !== undefined) changes.name_en = input.nameEn.trim();
      if (input.activeTo !== undefined) changes.active_to = input.activeTo;
      if (input.declaratoria) {
        const d = input.declaratoria;
        Object.assign(changes, {
          themes: d.themes.map((t) => t.trim()),
          mission: d.mission,
          perimeter: d.perimeter,
          long_term_objectives: d.longTermObjectives,
          expected_results: d.expectedResults,
          participant_profile: d.participantProfile,
        });
      }
      const row = await new CommunityRepository(trx).update(id, changes, version);
      if (!row) throw staleVersion("The community");
      return { community: toCommunity(row), userErrors: [] };
    });
  }
}
