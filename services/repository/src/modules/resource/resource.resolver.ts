import {
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { CAPS } from "../caps.js";
import type { RepositoryContext } from "../../context.js";
import {
  Community,
  GoalAction,
  Organization,
  Person,
  reference,
} from "../federated/federated.types.js";
import { renderMarkdown } from "../markdown.js";
import { allTopics, toResource, toRevision, toSupportOffer } from "../mappers.js";
import { ImportPubliccodePayload, ResourcePayload } from "../payloads.js";
import { MAX_PUBLICCODE_BYTES } from "../publiccode/publiccode.js";
import { SupportOffer } from "../support/support.type.js";
import { Topic } from "../topic/topic.type.js";
import {
  CreateResourceArgs,
  FeatureArgs,
  IdArgs,
  UpdateResourceArgs,
  VersionedArgs,
} from "./resource.input.js";
import { policy } from "@comtem/service-kit";
import {
  Resource,
  ResourceCapabilities,
  ResourceRevision,
  ResourceStatus,
} from "./resource.type.js";

@ArgsType()
export class ImportPubliccodeArgs {
  @Field(() => String, { description: "The publiccode.yml text, at most 100 KB." })
  // Characters first (cheap); the service checks the UTF-8 byte size.
  @MaxLength(MAX_PUBLICCODE_BYTES)
  yaml!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The contributing organization: the caller's own; another organization is FORBIDDEN, except for admins.",
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  communityId?: string | null;
}

/** A resource the caller may see (drafts only to their creator, coordinators, admins). */
export async function visibleResource(id: string, { loaders }: RepositoryContext) {
  const row = await loaders.resource.load(id);
  return row ? toResource(row) : null;
}

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => Resource, { nullable: true, description: "Null when missing or not visible." })
  resource(@Args(() => IdArgs) { id }: IdArgs, @Ctx() context: RepositoryContext) {
    return visibleResource(id, context);
  }

  @Directive("@listSize(assumedSize: 17)") // the fixed vocabulary (topic/topics.ts)
  @Query(() => [Topic], { description: "The topics vocabulary, with Italian and English labels." })
  topics(): Topic[] {
    return allTopics();
  }

  @Mutation(() => ResourcePayload, {
    description: "Any authenticated person shares a draft (in a community: members only).",
  })
  createResource(
    @Args(() => CreateResourceArgs) { input }: CreateResourceArgs,
    @Ctx() { principal, resources }: RepositoryContext,
  ): Promise<ResourcePayload> {
    return resources.create(principal, input);
  }

  @Mutation(() => ResourcePayload, {
    description: "Creator, the community's coordinators or admins. Stale version → CONFLICT.",
  })
  updateResource(
    @Args(() => UpdateResourceArgs) { id, version, input }: UpdateResourceArgs,
    @Ctx() { principal, resources }: RepositoryContext,
  ): Promise<ResourcePayload> {
    return resources.update(principal, id, version, input);
  }

  @Mutation(() => ResourcePayload, {
    description: "BOZZA → PUBBLICATA (creator, coordinators, admins).",
  })
  publishResource(
    @Args(() => VersionedArgs) { id, version }: VersionedArgs,
    @Ctx() { principal, resources }: RepositoryContext,
  ): Promise<ResourcePayload> {
    return resources.publish(principal, id, version);
  }

  @Mutation(() => ResourcePayload, { description: "The community's coordinators or admins." })
  archiveResource(
    @Args(() => VersionedArgs) { id, version }: VersionedArgs,
    @Ctx() { principal, resources }: RepositoryContext,
  ): Promise<ResourcePayload> {
    return resources.archive(principal, id, version);
  }

  @Mutation(() => ResourcePayload, { description: "The community's coordinators or admins." })
  setResourceFeatured(
    @Args(() => FeatureArgs) { id, version, featured }: FeatureArgs,
    @Ctx() { principal, resources }: RepositoryContext,
  ): Promise<ResourcePayload> {
    return resources.feature(principal, id, version, featured);
  }

  @Mutation(() => ImportPubliccodePayload, {
    description:
      "Creates a draft SOLUZIONE_TECNOLOGICA from a publiccode.yml; an invalid file returns its problems and writes nothing.",
  })
  importPubliccode(
    @Args(() => ImportPubliccodeArgs) args: ImportPubliccodeArgs,
    @Ctx() { principal, resources }: RepositoryContext,
  ): Promise<ImportPubliccodePayload> {
    return resources.importPubliccode(principal, args.yaml, args.organizationId, args.communityId);
  }

  @FieldResolver(() => String, {
    description: "The body rendered from Markdown with raw HTML disabled (escaped).",
  })
  bodyHtml(@Root() resource: Resource): string {
    return renderMarkdown(resource.body);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The contributing body." })
  organization(@Root() resource: Resource): Organization | null {
    return resource.organizationId ? reference(resource.organizationId, Organization) : null;
  }

  @FieldResolver(() => Community, { nullable: true })
  community(@Root() resource: Resource): Community | null {
    return resource.communityId ? reference(resource.communityId, Community) : null;
  }

  @FieldResolver(() => GoalAction, {
    nullable: true,
    description: "The goal-action whose deliverable this is.",
  })
  goalAction(@Root() resource: Resource): GoalAction | null {
    return resource.goalActionId ? reference(resource.goalActionId, GoalAction) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who shared it (null for seeds)." })
  createdBy(@Root() resource: Resource): Person | null {
    return resource.createdById ? reference(resource.createdById, Person) : null;
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [ResourceRevision], {
    description: `Version history, newest first: one snapshot per edit, the last ${CAPS.revisions} at most. Empty unless the caller may edit the resource.`,
  })
  async revisions(
    @Root() resource: Resource,
    @Ctx() { principal, loaders, resources }: RepositoryContext,
  ): Promise<ResourceRevision[]> {
    const scope = {
      status: resource.status,
      community_id: resource.communityId,
      created_by: resource.createdById,
    };
    if (!resources.mayReadHistory(principal, scope)) return [];
    return (await loaders.revisionsByResource.load(resource.id)).map(toRevision);
  }

  @FieldResolver(() => ResourceCapabilities, {
    description:
      "What the caller may do with this resource (all false when anonymous): the same rules that guard the mutations.",
  })
  viewerCan(
    @Root() resource: Resource,
    @Ctx() { principal }: RepositoryContext,
  ): ResourceCapabilities {
    const facts = {
      status: resource.status,
      community_id: resource.communityId,
      created_by: resource.createdById,
    };
    const signedIn = principal.personId !== null;
    const edit = signedIn && policy["resource.edit"](principal, facts);
    const curate = signedIn && policy["resource.curate"](principal, facts);
    return {
      edit,
      publish:
        resource.status !== ResourceStatus.PUBBLICATA &&
        (resource.status === ResourceStatus.ARCHIVIATA ? curate : edit),
      archive: curate && resource.status !== ResourceStatus.ARCHIVIATA,
      feature: curate && resource.status === ResourceStatus.PUBBLICATA,
      offerSupport: policy["resource.offerSupport"](principal, facts),
    };
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [SupportOffer], {
    description: `Active offers of help on it, oldest first: at most ${CAPS.offers}.`,
  })
  async supportOffers(
    @Root() resource: Resource,
    @Ctx() { loaders }: RepositoryContext,
  ): Promise<SupportOffer[]> {
    if (resource.status !== "PUBBLICATA") return [];
    return (await loaders.offersByResource.load(resource.id)).map(toSupportOffer);
  }
}

@Resolver(() => ResourceRevision)
export class ResourceRevisionResolver {
  @FieldResolver(() => Person, { nullable: true })
  editedBy(@Root() revision: ResourceRevision): Person | null {
    return revision.editedById ? reference(revision.editedById, Person) : null;
  }
}
