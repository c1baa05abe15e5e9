import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  decodeCursor,
  isAdmin,
  requireAuthenticated,
  toConnection,
  type Connection,
  type Principal,
  type UserError,
  policy,
  staleVersion,
} from "@comtem/service-kit";
import { requireCapability } from "../../access.js";
import type { CommunitiesDatabase } from "../../db/tables.js";
import { ContributionStatus } from "../common/enums.js";
import { requireCommunity } from "../community/community.service.js";
import { MeetingRepository } from "../meeting/meeting.repository.js";
import { MembershipRepository } from "../membership/membership.repository.js";
import type { CreateContributionInput } from "./contribution.input.js";
import { toContribution } from "./contribution.mapper.js";
import { ContributionRepository, type ContributionQuery } from "./contribution.repository.js";
import type { Contribution } from "./contribution.type.js";

export interface ContributionResult {
  contribution: Contribution | null;
  userErrors: UserError[];
}

/** Rules about proposals and needs: members raise them, co-coordinators decide on them. */
export class ContributionService {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  async list(
    query: ContributionQuery,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Contribution>> {
    const repository = new ContributionRepository(this.db);
    const after = decodeCursor(page.after, 2);
    const [rows, total] = await Promise.all([
      repository.list(query, after, page.first + 1),
      repository.count(query),
    ]);
    return toConnection(
      rows,
      page,
      total,
      (r) => [r.created_at.toISOString(), r.id],
      toContribution,
    );
  }

  /** Any active member raises one for the organization they represent there; admins for any. */
  async create(principal: Principal, input: CreateContributionInput): Promise<ContributionResult> {
    const personId = requireAuthenticated(principal);
    return this.db.transaction().execute(async (trx) => {
      await requireCommunity(trx, input.communityId);
      await requireCapability(
        trx,
        principal,
        input.communityId,
        policy["community.contribute"],
        "raise contributions",
      );
      const membership = await new MembershipRepository(trx).activeIn(input.communityId, personId);
      const admin = isAdmin(principal);
      if (
        membership &&
        !admin &&
        input.organizationId &&
        input.organizationId !== membership.organization_id
      ) {
        throw new NotAllowedError(
          "You may raise contributions only for the organization you represent in this community",
        );
      }
      const organizationId = input.organizationId ?? membership?.organization_id;
      if (!organizationId) {
        throw new InputError("organizationId is required", "organizationId");
      }
      if (input.meetingId) {
        const [meeting] = await new MeetingRepository(trx).byIds([input.meetingId]);
        if (!meeting) throw new NotFoundError("No such meeting", "meetingId");
        if (meeting.community_id !== input.communityId) {
          throw new InputError("The meeting belongs to another community", "meetingId");
        }
      }
      const row = await new ContributionRepository(trx).insert({
        id: randomUUID(),
        community_id: input.communityId,
        meeting_id: input.meetingId ?? null,
        kind: input.kind,
        status: ContributionStatus.APERTA,
        title: input.title.trim(),
        description: input.description,
        person_id: personId,
        organization_id: organizationId,
        created_at: new Date(),
      });
      return { contribution: toContribution(row), userErrors: [] };
    });
  }

  /** Co-coordinators of the community or admins take a contribution up (or not). */
  async setStatus(
    principal: Principal,
    id: string,
    status: ContributionStatus,
    version?: number | null,
  ): Promise<ContributionResult> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new ContributionRepository(trx);
      const [current] = await repository.byIds([id]);
      if (!current) throw new NotFoundError("No such contribution", "id");
      const actor = await requireCapability(
        trx,
        principal,
        current.community_id,
        policy["community.manage"],
        "decide on contributions",
      );
      const row = await repository.setStatus(id, status, actor, version);
      if (!row) throw staleVersion("The contribution");
      return { contribution: toContribution(row), userErrors: [] };
    });
  }
}
