import { randomUUID } from "node:crypto";
import DataLoader from "dataloader";
import { sql, type Kysely } from "kysely";
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  isAdmin,
  isId,
  requireAuthenticated,
  userError,
  type Principal,
} from "@comtem/service-kit";
import { CAPS } from "../caps.js";
import { canSee } from "../../access.js";
import type { RepositoryDatabase, SupportOfferRow } from "../../db/tables.js";
import { toSupportOffer } from "../mappers.js";
import type { SupportOfferPayload } from "../payloads.js";
import { Person, reference } from "../federated/federated.types.js";
import { Helper } from "./support.type.js";
import type { OfferSupportInput, WhoCanHelpArgs } from "./support.input.js";

/** Support offers: any authenticated person offers help on a published resource. */
export class SupportService {
  constructor(private readonly db: Kysely<RepositoryDatabase>) {}

  async offer(principal: Principal, input: OfferSupportInput): Promise<SupportOfferPayload> {
    const personId = requireAuthenticated(principal);
    return this.db.transaction().execute(async (trx) => {
      const resource = await trx
        .selectFrom("resource")
        .select(["id", "status", "community_id", "created_by"])
        .where("id", "=", input.resourceId)
        .executeTakeFirst();
      if (!resource || !canSee(principal, resource)) {
        throw new NotFoundError("Resource not found", "input.resourceId");
      }
      if (resource.status !== "PUBBLICATA") {
        return {
          offer: null,
          userErrors: [
            userError(
              "NOT_PUBLISHED",
              "Help can be offered on published resources only",
              "resourceId",
            ),
          ],
        };
      }
      const existing = await trx
        .selectFrom("support_offer")
        .selectAll()
        .where("resource_id", "=", input.resourceId)
        .where("person_id", "=", personId)
        .executeTakeFirst();
      if (existing?.active) {
        return {
          offer: null,
          userErrors: [
            userError("DUPLICATE", "You already offer help on this resource", "resourceId"),
          ],
        };
      }
      const values = {
        contact: input.contact.trim(),
        availability: input.availability?.trim() || null,
        active: true,
        updated_at: new Date(),
      };
      const row = existing
        ? await trx
            .updateTable("support_offer")
            .set(values)
            .where("id", "=", existing.id)
            .returningAll()
            .executeTakeFirstOrThrow()
        : await trx
            .insertInto("support_offer")
            .values({
              ...values,
              id: randomUUID(),
              resource_id: input.resourceId,
              person_id: personId,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
      return { offer: toSupportOffer(row), userErrors: [] };
    });
  }

  /** Batched by the DataLoader of the same name in the context. */
  offerById(id: string): Promise<SupportOfferRow | null> {
    return this.offers.load(id);
  }

  private readonly offers = new DataLoader<string, SupportOfferRow | null>(async (ids) => {
    const rows = await this.db
      .selectFrom("support_offer")
      .selectAll()
      .where("id", "in", ids.filter(isId))
      .execute();
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });

  async withdraw(principal: Principal, id: string): Promise<SupportOfferPayload> {
    const personId = requireAuthenticated(principal);
    const offer = await this.db
      .selectFrom("support_offer")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (!offer) throw new NotFoundError("Support offer not found", "id");
    if (offer.person_id !== personId && !isAdmin(principal)) {
      throw new NotAllowedError("Only the person who offered help, or admins, may withdraw it");
    }
    if (!offer.active) {
      return { offer: null, userErrors: [userError("INVALID_STATUS", "Already withdrawn", "id")] };
    }
    const row = await this.db
      .updateTable("support_offer")
      .set({ active: false, updated_at: new Date() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { offer: toSupportOffer(row), userErrors: [] };
  }

  /**
   * People with active offers on published resources about a topic (or one resource), most
   * offers first, grouped by person: one statement, whatever the number of helpers.
   */
  async whoCanHelp(args: WhoCanHelpArgs): Promise<Helper[]> {
    if (Boolean(args.topic) === Boolean(args.resourceId)) {
      throw new InputError(
        "Give exactly one of topic and resourceId",
        args.topic ? "resourceId" : "topic",
      );
    }
    const matching = () => {
      let query = this.db
        .selectFrom("support_offer as o")
        .innerJoin("resource as r", "r.id", "o.resource_id")
        .where("o.active", "=", true)
        .where("r.status", "=", "PUBBLICATA");
      query = args.topic
        ? query.where(sql<boolean>`${args.topic} = any(r.topics)`)
        : query.where("r.id", "=", args.resourceId!);
      return query;
    };
    const top = matching()
      .select("o.person_id")
      .groupBy("o.person_id")
      .orderBy(sql`count(*)`, "desc")
      .orderBy("o.person_id")
      .limit(args.first);
    const rows: SupportOfferRow[] = await matching()
      .selectAll("o")
      .where("o.person_id", "in", top)
      .orderBy("o.created_at")
      .orderBy("o.id")
      .execute();

    const byPerson = new Map<string, SupportOfferRow[]>();
    for (const row of rows) {
      const list = byPerson.get(row.person_id);
      if (list) list.push(row);
      else byPerson.set(row.person_id, [row]);
    }
    return [...byPerson.entries()]
      .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
      .map(([personId, all]) => {
        const offers = all.slice(0, CAPS.offers);
        return Object.assign(new Helper(), {
          person: reference(personId, Person),
          offers: offers.map(toSupportOffer),
          resourceIds: [...new Set(offers.map((o) => o.resource_id))],
        });
      });
  }
}
