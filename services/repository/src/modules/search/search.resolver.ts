import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RepositoryContext } from "../../context.js";
import { SearchResourcesArgs } from "./search.input.js";
import { ResourceSearchConnection, SearchFacets } from "./search.type.js";

@Resolver(() => ResourceSearchConnection)
export class SearchResolver {
  @Query(() => ResourceSearchConnection, {
    description:
      "Full-text search (italian stemming), ranked by relevance, with facets. Anonymous callers see PUBBLICATA only.",
  })
  searchResources(
    @Args(() => SearchResourcesArgs) args: SearchResourcesArgs,
    @Ctx() { principal, search }: RepositoryContext,
  ): Promise<ResourceSearchConnection> {
    return search.search(principal, args);
  }

  @FieldResolver(() => SearchFacets)
  facets(@Root() connection: ResourceSearchConnection): Promise<SearchFacets> {
    return connection.loadFacets();
  }
}
