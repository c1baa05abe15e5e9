import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  isAdmin,
  requireAuthenticated,
  uniquely,
  userError,
  type Principal,
  type UserError,
  enforce,
  policy,
} from "@comtem/service-kit";
import { requireCapability } from "../../access.js";
import type { CommunitiesDatabase } from "../../db/tables.js";
import { MembershipRole } from "../common/enums.js";
import { todayInRome } from "../common/time.js";
import { requireCommunity } from "../community/community.service.js";
import type { CommunityGrant } from "../community/community.type.js";
import type { AddMembershipInput, RequestToJoinInput } from "./membership.input.js";
import { CAPS } from "../common/caps.js";
import { toJoinRequest, toMembership } from "./membership.mapper.js";
import { MembershipRepository } from "./membership.repository.js";
import type { JoinRequest, Membership } from "./membership.type.js";

export interface MembershipResult {
  membership: Membership | null;
  userErrors: UserError[];
}
export interface JoinRequestResult {
  joinRequest: JoinRequest | null;
  membership: Membership | null;
  userErrors: UserError[];
}

const SINGLE_ROLES = new Set<string>([
  MembershipRole.REFERENTE_REGIONE,
  MembershipRole.REFERENTE_LEPIDA,
]);

function membershipFailure(error: UserError): MembershipResult {
  return { membership: null, userErrors: [error] };
}
function requestFailure(error: UserError): JoinRequestResult {
  return { joinRequest: null, membership: null, userErrors: [error] };
}

/** Rules about who belongs to which community, and how people ask to join. */
export class MembershipService {
  constructor(private readonly db: Kysely<CommunitiesDatabase>) {}

  /** The caller's active community roles; empty for anonymous callers. */
  async grantsOf(principal: Principal): Promise<CommunityGrant[]> {
    if (!principal.personId) return [];
    const rows = await new MembershipRepository(this.db).activeOf(principal.personId);
    return rows.map((row) => ({
      communityId: row.community_id,
      role: row.role as MembershipRole,
    }));
  }

  /** Co-coordinators of the community or admins add a member with any role. */
  async add(principal: Principal, input: AddMembershipInput): Promise<MembershipResult> {
    const since = input.since ?? todayInRome();
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          await requireCommunity(trx, input.communityId, "communityId");
          await requireCapability(
            trx,
            principal,
            input.communityId,
            policy["community.manage"],
            "add members",
          );
          const repository = new MembershipRepository(trx);
          if (await repository.activeIn(input.communityId, input.personId)) {
            return membershipFailure(
              userError(
                "ALREADY_MEMBER",
                "This person already has an active membership in this community: end it first",
                "personId",
              ),
            );
          }
          if (
            SINGLE_ROLES.has(input.role) &&
            (await repository.activeWithRole(input.communityId, input.role))
          ) {
            return membershipFailure(
              userError(
                "ROLE_TAKEN",
                "This community already has an active person in this role: end that membership first",
                "role",
              ),
            );
          }
          const row = await repository.insert({
            id: randomUUID(),
            community_id: input.communityId,
            person_id: input.personId,
            organization_id: input.organizationId,
            role: input.role,
            since,
          });
          return { membership: toMembership(row), userErrors: [] };
        }),
      "The membership changed concurrently: try again",
    );
  }

  /** Ends a membership: co-coordinators of that community, admins, or the member leaving. */
  async end(principal: Principal, id: string, until?: string | null): Promise<MembershipResult> {
    const callerId = requireAuthenticated(principal);
    return this.db.transaction().execute(async (trx) => {
      const repository = new MembershipRepository(trx);
      const [current] = await repository.byIds([id]);
      if (!current) throw new NotFoundError("No such membership", "id");
      if (current.person_id !== callerId) {
        await requireCapability(
          trx,
          principal,
          current.community_id,
          policy["community.manage"],
          "end memberships",
        );
      }
      if (current.until !== null) {
        return membershipFailure(
          userError("ALREADY_ENDED", "This membership has already ended", "id"),
        );
      }
      const end = until ?? todayInRome();
      if (end < current.since) {
        throw new InputError("until must not be before the membership's since date", "until");
      }
      const row = await repository.end(id, end, callerId);
      return { membership: toMembership(row), userErrors: [] };
    });
  }

  /** Any authenticated person asks to join, for the organization they represent (admins: any). */
  async requestToJoin(principal: Principal, input: RequestToJoinInput): Promise<JoinRequestResult> {
    const personId = enforce(
      principal,
      policy["organization.actFor"](principal, input.organizationId),
      "You may ask to join only for the organization you represent",
    );
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          const community = await requireCommunity(trx, input.communityId, "communityId");
          if (community.active_to !== null && community.active_to < todayInRome()) {
            return requestFailure(
              userError("COMMUNITY_CLOSED", "This community is closed", "communityId"),
            );
          }
          const repository = new MembershipRepository(trx);
          if (await repository.activeIn(input.communityId, personId)) {
            return requestFailure(
              userError(
                "ALREADY_MEMBER",
                "You are already a member of this community",
                "communityId",
              ),
            );
          }
          if (await repository.pendingRequest(input.communityId, personId)) {
            return requestFailure(
              userError(
                "DUPLICATE_PENDING_REQUEST",
                "You already have a pending request to join this community",
                "communityId",
              ),
            );
          }
          const row = await repository.insertJoinRequest({
            id: randomUUID(),
            community_id: input.communityId,
            person_id: personId,
            organization_id: input.organizationId,
            motivation: input.motivation,
          });
          return { joinRequest: toJoinRequest(row), membership: null, userErrors: [] };
        }),
      "You already have a pending request to join this community",
    );
  }

  /** A co-coordinator of the community or an admin approves: the membership starts today. */
  async approve(principal: Principal, id: string): Promise<JoinRequestResult> {
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          const repository = new MembershipRepository(trx);
          const request = await repository.joinRequestById(id);
          if (!request) throw new NotFoundError("No such join request", "id");
          const actor = await requireCapability(
            trx,
            principal,
            request.community_id,
            policy["community.manage"],
            "decide join requests",
          );
          if (request.status !== "PENDING") {
            return requestFailure(
              userError("NOT_PENDING", `This request is already ${request.status}`, "id"),
            );
          }
          if (await repository.activeIn(request.community_id, request.person_id)) {
            return requestFailure(
              userError("ALREADY_MEMBER", "The requester is already a member", "id"),
            );
          }
          const membership = await repository.insert({
            id: randomUUID(),
            community_id: request.community_id,
            person_id: request.person_id,
            organization_id: request.organization_id,
            role: MembershipRole.PARTECIPANTE,
            since: todayInRome(),
          });
          const decided = await repository.decide(id, {
            status: "APPROVED",
            decided_by: actor,
            membership_id: membership.id,
          });
          if (!decided) throw new ConflictError("The request was decided concurrently");
          return {
            joinRequest: toJoinRequest(decided),
            membership: toMembership(membership),
            userErrors: [],
          };
        }),
      "The membership changed concurrently: try again",
    );
  }

  async reject(principal: Principal, id: string, reason: string): Promise<JoinRequestResult> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new MembershipRepository(trx);
      const request = await repository.joinRequestById(id);
      if (!request) throw new NotFoundError("No such join request", "id");
      const actor = await requireCapability(
        trx,
        principal,
        request.community_id,
        policy["community.manage"],
        "decide join requests",
      );
      if (request.status !== "PENDING") {
        return requestFailure(
          userError("NOT_PENDING", `This request is already ${request.status}`, "id"),
        );
      }
      const decided = await repository.decide(id, {
        status: "REJECTED",
        decided_by: actor,
        reason: reason.trim(),
      });
      if (!decided) throw new ConflictError("The request was decided concurrently");
      return { joinRequest: toJoinRequest(decided), membership: null, userErrors: [] };
    });
  }

  /** The requester (or an admin) withdraws a pending request. */
  async withdraw(principal: Principal, id: string): Promise<JoinRequestResult> {
    const callerId = requireAuthenticated(principal);
    return this.db.transaction().execute(async (trx) => {
      const repository = new MembershipRepository(trx);
      const request = await repository.joinRequestById(id);
      if (!request) throw new NotFoundError("No such join request", "id");
      if (request.person_id !== callerId && !isAdmin(principal)) {
        throw new NotAllowedError("Only the requester may withdraw a join request");
      }
      if (request.status !== "PENDING") {
        return requestFailure(
          userError("NOT_PENDING", `This request is already ${request.status}`, "id"),
        );
      }
      const decided = await repository.decide(id, { status: "WITHDRAWN", decided_by: callerId });
      if (!decided) throw new ConflictError("The request was decided concurrently");
      return { joinRequest: toJoinRequest(decided), membership: null, userErrors: [] };
    });
  }

  /** The requests of one community: its co-coordinators and admins only. */
  async requestsOf(
    principal: Principal,
    communityId: string,
    status?: string | null,
  ): Promise<JoinRequest[]> {
    await requireCommunity(this.db, communityId);
    await requireCapability(
      this.db,
      principal,
      communityId,
      policy["community.manage"],
      "see join requests",
    );
    const rows = await new MembershipRepository(this.db).joinRequests(
      { communityId, status },
      CAPS.joinRequests,
    );
    return rows.map(toJoinRequest);
  }

  async myRequests(principal: Principal): Promise<JoinRequest[]> {
    if (!principal.personId) return [];
    const rows = await new MembershipRepository(this.db).joinRequests(
      { personId: principal.personId },
      CAPS.myJoinRequests,
    );
    return rows.map(toJoinRequest);
  }
}
