import { Directive, Field, Float, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@comtem/service-kit";
import { Resource } from "../resource/resource.type.js";

@ObjectType({ description: "A search hit." })
export class ResourceSearchEdge {
  @Field(() => String)
  cursor!: string;
  @Field(() => Resource)
  node!: Resource;
  @Field(() => String, {
    description:
      "Plain text around the matches; matched words are wrapped in « and ». No HTML: render it as text.",
  })
  snippet!: string;
  @Field(() => Float, { description: "ts_rank_cd score (0 without a text query)." })
  rank!: number;
}

@ObjectType()
export class FacetValue {
  @Field(() => String)
  value!: string;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "Counts over the whole filtered match set, not only this page." })
export class SearchFacets {
  @Directive("@listSize(assumedSize: 2)") // the resource kinds
  @Field(() => [FacetValue])
  kind!: FacetValue[];
  @Directive("@listSize(assumedSize: 17)") // the topics vocabulary
  @Field(() => [FacetValue], { description: "Topic slugs." })
  topic!: FacetValue[];
  @Directive("@listSize(assumedSize: 10)") // the communities
  @Field(() => [FacetValue], {
    description: "Community ids; resources of no community are left out.",
  })
  community!: FacetValue[];
  @Directive("@listSize(assumedSize: 10)") // years with resources
  @Field(() => [FacetValue])
  year!: FacetValue[];
}

@ObjectType({ description: "Ranked search results (relevance first, then id)." })
export class ResourceSearchConnection {
  @Field(() => [ResourceSearchEdge])
  edges!: ResourceSearchEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int, { description: "Number of matching resources the caller may see." })
  totalCount!: number;
  @Field(() => SearchFacets)
  facets!: SearchFacets;

  /** Facets are counted only when asked for (one extra statement). */
  loadFacets!: () => Promise<SearchFacets>;
}
