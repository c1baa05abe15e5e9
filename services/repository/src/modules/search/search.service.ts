import { sql, type Kysely, type RawBuilder } from "kysely";
import {
  InputError,
  decodeCursor,
  encodeCursor,
  isAdmin,
  isId,
  type Principal,
} from "@comtem/service-kit";
import { coordinatedCommunities } from "../../access.js";
import { FOLD_FROM, FOLD_TO } from "../../db/migrations/0001_repository.js";
import type { RepositoryDatabase } from "../../db/tables.js";
import { toResource } from "../mappers.js";
import { RESOURCE_COLUMNS } from "../repository.repository.js";
import type { ResourceFilter } from "./search.input.js";
import { MAX_QUERY_LENGTH } from "./search.input.js";
import type { FacetValue, ResourceSearchConnection, SearchFacets } from "./search.type.js";

/** ts_headline options: plain «» markers (no HTML to escape), two short fragments. */
const HEADLINE_OPTIONS =
  'StartSel=«, StopSel=», MaxWords=25, MinWords=10, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';
const NUMERIC = /^-?\d{1,20}(\.\d{1,12})?$/;

/**
 * Full-text search over resources with PostgreSQL's italian configuration.
 *
 * - The query goes through websearch_to_tsquery (never fails on quotes or operators) after the
 *   same accent folding as the indexed text. A query without lexemes (empty, only stop words)
 *   has no text condition: the result is the filtered list, featured and newest first.
 * - Ranking: ts_rank_cd over the weighted vector (title A, summary and topics/tags B, body C),
 *   rounded to 6 decimals so that the keyset cursor [score, id] compares exactly.
 * - totalCount and facets are counted over the same match set (visibility + filter + text).
 */
export class SearchService {
  constructor(private readonly db: Kysely<RepositoryDatabase>) {}

  private matchSet(
    principal: Principal,
    tsquery: RawBuilder<unknown> | null,
    filter: ResourceFilter,
  ) {
    let query = this.db.selectFrom("resource as r");
    if (filter.status) query = query.where("r.status", "=", filter.status);
    if (!isAdmin(principal)) {
      const coordinated = coordinatedCommunities(principal);
      query = query.where((eb) =>
        eb.or([
          eb("r.status", "=", "PUBBLICATA"),
          ...(principal.personId ? [eb("r.created_by", "=", principal.personId)] : []),
          ...(coordinated.length > 0 ? [eb("r.community_id", "in", coordinated)] : []),
        ]),
      );
    }
    if (filter.kind) query = query.where("r.kind", "=", filter.kind);
    if (filter.topic) query = query.where(sql<boolean>`${filter.topic} = any(r.topics)`);
    if (filter.communityId) query = query.where("r.community_id", "=", filter.communityId);
    if (filter.organizationId) query = query.where("r.organization_id", "=", filter.organizationId);
    if (filter.year) query = query.where("r.year", "=", filter.year);
    if (tsquery) {
      query = query.where(sql<boolean>`(numnode(${tsquery}) = 0 or r.search @@ ${tsquery})`);
    }
    return query;
  }

  async search(
    principal: Principal,
    args: {
      query?: string | null;
      filter?: ResourceFilter | null;
      first: number;
      after?: string | null;
    },
  ): Promise<ResourceSearchConnection> {
    const text = (args.query ?? "").trim();
    if (text.length > MAX_QUERY_LENGTH) {
      throw new InputError(`query is longer than ${MAX_QUERY_LENGTH} characters`, "query");
    }
    const filter = args.filter ?? {};
    const tsquery = text
      ? sql`websearch_to_tsquery('italian', translate(${text}, ${FOLD_FROM}, ${FOLD_TO}))`
      : null;
    const after = decodeCursor(args.after, 2);
    if (after && (!NUMERIC.test(String(after[0])) || !isId(String(after[1])))) {
      throw new InputError("Invalid cursor", "after");
    }

    const browse = sql<string>`((case when r.featured then 10000000000 else 0 end) + floor(extract(epoch from coalesce(r.published_at, r.created_at))))::numeric`;
    const score = tsquery
      ? sql<string>`(case when numnode(${tsquery}) = 0 then ${browse} else round(ts_rank_cd(r.search, ${tsquery})::numeric, 6) end)`
      : browse;
    const texted = tsquery ? sql<boolean>`numnode(${tsquery}) > 0` : sql<boolean>`false`;

    const ranked = this.matchSet(principal, tsquery, filter).select([
      ...RESOURCE_COLUMNS.map((column) => `r.${column}` as const),
      score.as("score"),
      texted.as("texted"),
    ]);
    let page = this.db.selectFrom(ranked.as("s")).selectAll("s");
    if (after) {
      page = page.where(
        sql<boolean>`(s.score < ${String(after[0])}::numeric or (s.score = ${String(after[0])}::numeric and s.id > ${String(after[1])}::uuid))`,
      );
    }
    page = page
      .orderBy("s.score", "desc")
      .orderBy("s.id")
      .limit(args.first + 1);
    // Headlines only for the rows of the page: ts_headline re-parses the whole text.
    const snippet = tsquery
      ? sql<string>`case when p.texted then ts_headline('italian', p.summary || ' ' || regexp_replace(p.body, '[#*_>|\x60[:space:]]+', ' ', 'g'), ${tsquery}, ${HEADLINE_OPTIONS}) else left(p.summary, 240) end`
      : sql<string>`left(p.summary, 240)`;

    const [rows, total] = await Promise.all([
      this.db
        .selectFrom(page.as("p"))
        .selectAll("p")
        .select(snippet.as("snippet"))
        .orderBy("p.score", "desc")
        .orderBy("p.id")
        .execute(),
      this.matchSet(principal, tsquery, filter)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow(),
    ]);

    const edges = rows.slice(0, args.first).map((row) => ({
      cursor: encodeCursor([String(row.score), row.id]),
      node: toResource(row),
      snippet: row.snippet ?? "",
      rank: row.texted ? Number(row.score) : 0,
    }));
    return {
      edges,
      totalCount: Number(total.n),
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      facets: undefined as never,
      loadFacets: () => this.facets(principal, tsquery, filter),
    };
  }

  /** One statement: the match set as a CTE, grouped four ways. */
  private async facets(
    principal: Principal,
    tsquery: RawBuilder<unknown> | null,
    filter: ResourceFilter,
  ): Promise<SearchFacets> {
    const matches = this.matchSet(principal, tsquery, filter).select([
      "r.kind",
      "r.topics",
      "r.community_id",
      "r.year",
    ]);
    const { rows } = await sql<{ facet: keyof SearchFacets; value: string; n: number }>`
      with m as ${matches}
      select 'kind' as facet, kind as value, count(*)::int as n from m group by kind
      union all
      select 'topic', t, count(*)::int from m cross join lateral unnest(m.topics) as t group by t
      union all
      select 'community', community_id::text, count(*)::int from m
        where community_id is not null group by community_id
      union all
      select 'year', year::text, count(*)::int from m group by year`.execute(this.db);
    const facets: SearchFacets = { kind: [], topic: [], community: [], year: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: Number(row.n) });
    const order = (a: FacetValue, b: FacetValue) =>
      b.count - a.count || a.value.localeCompare(b.value);
    for (const list of Object.values(facets)) list.sort(order);
    return facets;
  }
}
