import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  AuthenticationError,
  ConflictError,
  NotAllowedError,
  NotFoundError,
  decodeCursor,
  isUniqueViolation,
  requireAuthenticated,
  toConnection,
  userError,
  type Connection,
  type Principal,
  type UserError,
} from "@comtem/service-kit";
import type { AccessRequestRow, PeopleDatabase, PersonRow } from "../../db/tables.js";
import { OrganizationRepository } from "../organization/organization.repository.js";
import { PersonRepository } from "../person/person.repository.js";
import { AccessRequestRepository } from "./access-request.repository.js";
import type { RequestAccessInput } from "./access-request.input.js";
import { AccessRequest, AccessRequestStatusEnum } from "./access-request.type.js";

export interface AccessRequestResult {
  accessRequest: AccessRequest | null;
  userErrors: UserError[];
}

export function toAccessRequest(row: AccessRequestRow): AccessRequest {
  return Object.assign(new AccessRequest(), {
    id: row.id,
    fullName: row.full_name,
    email: row.email,
    message: row.message,
    status: row.status as AccessRequestStatusEnum,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    rejectionReason: row.rejection_reason,
    issuer: row.issuer,
    fiscalCode: row.fiscal_code,
    organizationId: row.organization_id,
    personId: row.person_id,
  });
}

/**
 * "Given family": the last word is taken as the family name, the rest as given names (an
 * admin can correct both on the person's profile). One word is a family name alone.
 */
export function splitFullName(fullName: string): { given: string; family: string } {
  const words = fullName.trim().split(/\s+/);
  const family = words.pop() as string;
  return { given: words.join(" "), family };
}

const PENDING_ALREADY = userError(
  "DUPLICATE",
  "You already have a request waiting for an administrator",
  null,
);
const ALREADY_LINKED = "This identity was linked to a person meanwhile";
const NOT_PENDING = "This request was already decided";

/**
 * Requests to be added (issue 12, step 3). Only a caller signed in at the identity provider
 * whom no person is linked to (the gateway's `principal.externalIdentity`) may ask; only admins
 * decide. Approving creates the person (or takes the one chosen), links the identity
 * (`ACCESS_REQUEST`) and records the decision in one transaction.
 */
export class AccessRequestService {
  constructor(private readonly db: Kysely<PeopleDatabase>) {}

  /** The caller's latest request; null for anyone but a signed-in, unlinked caller. */
  async mine(principal: Principal): Promise<AccessRequest | null> {
    const identity = principal.externalIdentity;
    if (principal.personId || !identity) return null;
    const row = await new AccessRequestRepository(this.db).latestOf(
      identity.issuer,
      identity.subject,
    );
    return row ? toAccessRequest(row) : null;
  }

  async list(
    status: AccessRequestStatusEnum,
    page: { first: number; after?: string | null },
  ): Promise<Connection<AccessRequest>> {
    const repository = new AccessRequestRepository(this.db);
    const after = decodeCursor(page.after, 2);
    const [rows, total] = await Promise.all([
      repository.list(status, after, page.first + 1),
      repository.count(status),
    ]);
    return toConnection(
      rows,
      page,
      total,
      (r) => [r.created_at.toISOString(), r.id],
      toAccessRequest,
    );
  }

  async request(principal: Principal, input: RequestAccessInput): Promise<AccessRequestResult> {
    if (principal.personId) {
      throw new NotAllowedError("You are already a person of ComTem");
    }
    const identity = principal.externalIdentity;
    if (!identity) {
      throw new AuthenticationError("Sign in at the identity provider to ask to be added");
    }
    try {
      return await this.db.transaction().execute(async (trx) => {
        const requests = new AccessRequestRepository(trx);
        const [organization] = await new OrganizationRepository(trx).byIds([input.organizationId]);
        if (!organization) {
          return failure(userError("NOT_FOUND", "No such organization", "organizationId"));
        }
        if (await requests.hasPending(identity.issuer, identity.subject)) {
          return failure(PENDING_ALREADY);
        }
        const row = await requests.insert({
          id: randomUUID(),
          issuer: identity.issuer,
          subject: identity.subject,
          fiscal_code: identity.fiscalCode,
          full_name: input.fullName.trim(),
          email: input.email.trim().toLowerCase(),
          organization_id: organization.id,
          message: input.message?.trim() || null,
          status: "PENDING",
          created_at: new Date(),
        });
        return { accessRequest: toAccessRequest(row), userErrors: [] };
      });
    } catch (error) {
      // A concurrent request of the same identity committed first.
      if (isUniqueViolation(error, "access_request_pending_key")) return failure(PENDING_ALREADY);
      throw error;
    }
  }

  /**
   * An admin approves: creates the person (name, e-mail, entity, and the provider's fiscal code
   * unless another person has it) or takes `personId`, links the identity (`ACCESS_REQUEST`,
   * dated, by the admin) and marks the request APPROVED, all in one transaction. A request
   * already decided, or an identity linked meanwhile, is a CONFLICT and writes nothing.
   */
  async approve(
    principal: Principal,
    id: string,
    personId?: string | null,
  ): Promise<AccessRequestResult> {
    const adminId = requireAuthenticated(principal);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const requests = new AccessRequestRepository(trx);
        const people = new PersonRepository(trx);
        const request = await pendingRequest(requests, id);
        let person: PersonRow | undefined;
        if (personId) {
          [person] = await people.byIds([personId]);
          if (!person) throw new NotFoundError("Person not found", "personId");
        } else {
          if (await people.emailTaken(request.email)) {
            return failure(
              userError(
                "DUPLICATE",
                "A person with this e-mail exists already: link the request to them",
                "email",
              ),
            );
          }
          const fiscalCode =
            request.fiscal_code && !(await people.fiscalCodeTaken(request.fiscal_code))
              ? request.fiscal_code
              : null;
          const { given, family } = splitFullName(request.full_name);
          person = await people.insert({
            id: randomUUID(),
            given_name: given,
            family_name: family,
            email: request.email,
            public_role: "",
            organization_id: request.organization_id,
            fiscal_code: fiscalCode,
          });
        }
        const now = new Date();
        // No check before: the (issuer, subject) constraint decides, and its violation rolls
        // back the person created above.
        await trx
          .insertInto("external_identity")
          .values({
            id: randomUUID(),
            person_id: person.id,
            issuer: request.issuer,
            subject: request.subject,
            fiscal_code: request.fiscal_code,
            linked_at: now,
            linked_how: "ACCESS_REQUEST",
            linked_by: adminId,
          })
          .execute();
        const decided = await requests.decide(request.id, {
          status: "APPROVED",
          decided_at: now,
          decided_by: adminId,
          person_id: person.id,
        });
        if (!decided) throw new ConflictError(NOT_PENDING, "id");
        return { accessRequest: toAccessRequest(decided), userErrors: [] };
      });
    } catch (error) {
      if (isUniqueViolation(error, "external_identity_issuer_subject_key")) {
        throw new ConflictError(ALREADY_LINKED, "id");
      }
      if (isUniqueViolation(error, "person_fiscal_code_key")) {
        throw new ConflictError("Another person took this fiscal code meanwhile; retry", "id");
      }
      if (isUniqueViolation(error, "person_email_key")) {
        return failure(userError("DUPLICATE", "A person with this e-mail exists already", "email"));
      }
      throw error;
    }
  }

  /** An admin rejects with a reason; the caller may ask again. */
  async reject(principal: Principal, id: string, reason: string): Promise<AccessRequestResult> {
    const adminId = requireAuthenticated(principal);
    return this.db.transaction().execute(async (trx) => {
      const requests = new AccessRequestRepository(trx);
      await pendingRequest(requests, id);
      const decided = await requests.decide(id, {
        status: "REJECTED",
        decided_at: new Date(),
        decided_by: adminId,
        rejection_reason: reason.trim(),
      });
      if (!decided) throw new ConflictError(NOT_PENDING, "id");
      return { accessRequest: toAccessRequest(decided), userErrors: [] };
    });
  }
}

async function pendingRequest(
  requests: AccessRequestRepository,
  id: string,
): Promise<AccessRequestRow> {
  const request = await requests.lockById(id);
  if (!request) throw new NotFoundError("Access request not found", "id");
  if (request.status !== "PENDING") throw new ConflictError(NOT_PENDING, "id");
  return request;
}

function failure(error: UserError): AccessRequestResult {
  return { accessRequest: null, userErrors: [error] };
}
