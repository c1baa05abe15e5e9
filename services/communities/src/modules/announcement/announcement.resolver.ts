import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { connectionTypes, type Connection } from "@comtem/service-kit";
import type { CommunitiesContext } from "../../context.js";
import { AnnouncementPayload } from "../common/payloads.js";
import { toCommunity } from "../community/community.mapper.js";
import { Community } from "../community/community.type.js";
import { Person, personRef } from "../federation/entities.js";
import { AnnouncementsArgs, PublishAnnouncementInput } from "./announcement.input.js";
import { Announcement } from "./announcement.type.js";

export const AnnouncementConnection = connectionTypes("Announcement", Announcement);

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Query(() => AnnouncementConnection, { description: "Announcements, newest first." })
  async announcements(
    @Args(() => AnnouncementsArgs) { filter, first, after }: AnnouncementsArgs,
    @Ctx() { services }: CommunitiesContext,
  ): Promise<Connection<Announcement>> {
    return services.announcements.list(filter ?? {}, { first, after });
  }

  @Authorized()
  @Mutation(() => AnnouncementPayload, {
    description:
      "Co-coordinators and referents of the community, or admins, publish; system-wide (no community): admins only. Text is stored as given: clients escape it.",
  })
  async publishAnnouncement(
    @Arg("input", () => PublishAnnouncementInput) input: PublishAnnouncementInput,
    @Ctx() { principal, services }: CommunitiesContext,
  ): Promise<AnnouncementPayload> {
    return services.announcements.publish(principal, input);
  }

  @FieldResolver(() => Community, { nullable: true, description: "Null: the whole system." })
  async community(
    @Root() announcement: Announcement,
    @Ctx() { loaders }: CommunitiesContext,
  ): Promise<Community | null> {
    if (!announcement.communityId) return null;
    const row = await loaders.community.load(announcement.communityId);
    return row ? toCommunity(row) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  author(@Root() announcement: Announcement): Person {
    return personRef(announcement.authorId);
  }
}
