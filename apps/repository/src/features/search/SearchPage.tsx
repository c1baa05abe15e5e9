import { useQuery } from "@comtem/client";
import {
  Badge,
  Button,
  EmptyState,
  Page,
  QueryView,
  TextField,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { graphql } from "../../gql";
import type { ResourceKind } from "../../gql/graphql";
import { Drafts } from "./Drafts";
import { Snippet } from "./Snippet";

const Search = graphql(`
  query SearchResources($query: String, $filter: ResourceFilter) {
    topics {
      slug
      labelIt
      labelEn
    }
    searchResources(query: $query, filter: $filter, first: 20) {
      totalCount
      facets {
        kind {
          value
          count
        }
        topic {
          value
          count
        }
      }
      edges {
        snippet
        node {
          id
          title
          kind
          summary
        }
      }
    }
  }
`);

const messages: Messages<
  | "title"
  | "lead"
  | "query"
  | "search"
  | "kinds"
  | "topics"
  | "all"
  | "none"
  | "results"
  | "import"
  | "share"
> = {
  it: {
    title: "Risorse",
    lead: "Soluzioni, guide e prodotti delle comunità, da cercare e riusare.",
    query: "Cerca nelle risorse",
    search: "Cerca",
    kinds: "Tipo",
    topics: "Tema",
    all: "Tutti",
    none: "Nessuna risorsa trovata.",
    results: "{count} risorse",
    import: "Importa un publiccode.yml",
    share: "Condividi una risorsa",
  },
  en: {
    title: "Resources",
    lead: "The communities' solutions, guides and deliverables, to find and reuse.",
    query: "Search resources",
    search: "Search",
    kinds: "Kind",
    topics: "Topic",
    all: "All",
    none: "No resources found.",
    results: "{count} resources",
    import: "Import a publiccode.yml",
    share: "Share a resource",
  },
};

export function SearchPage(props: { basePath: string }) {
  const t = useMessages(messages);
  const label = useLabels();
  const { locale } = useLocale();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<ResourceKind | null>(null);
  const [topic, setTopic] = useState<string | null>(null);
  const state = useQuery(Search, {
    query: query || null,
    filter: { ...(kind ? { kind } : {}), ...(topic ? { topic } : {}) },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  return (
    <Page
      title={t.title}
      lead={t.lead}
      actions={
        <div className="d-flex flex-column align-items-end gap-2">
          <Link className="btn btn-primary btn-sm" to={`${props.basePath}/nuova`}>
            {t.share}
          </Link>
          <Link to={`${props.basePath}/importa`}>{t.import}</Link>
        </div>
      }
    >
      <Drafts basePath={props.basePath} />
      <form role="search" onSubmit={submit} className="row g-2 align-items-end">
        <div className="col-12 col-md-9">
          <TextField
            id="resource-query"
            label={t.query}
            type="search"
            value={text}
            onChange={setText}
          />
        </div>
        <div className="col-12 col-md-3 mb-4">
          <Button color="primary" type="submit">
            {t.search}
          </Button>
        </div>
      </form>
      <QueryView state={state} lines={8}>
        {({ searchResources: result, topics }) => (
          <div className="row">
            <aside className="col-12 col-md-3" aria-label={`${t.kinds}, ${t.topics}`}>
              <Facet
                title={t.kinds}
                all={t.all}
                values={result.facets.kind}
                label={(v) => label("ResourceKind", v)}
                selected={kind}
                onSelect={(v) => setKind(v as ResourceKind | null)}
              />
              <Facet
                title={t.topics}
                all={t.all}
                values={result.facets.topic}
                label={(v) => {
                  const found = topics.find((x) => x.slug === v);
                  return found ? (locale === "en" ? found.labelEn : found.labelIt) : v;
                }}
                selected={topic}
                onSelect={setTopic}
              />
            </aside>
            <div className="col-12 col-md-9">
              <p aria-live="polite">{t.results.replace("{count}", String(result.totalCount))}</p>
              {result.edges.length === 0 ? (
                <EmptyState title={t.none} />
              ) : (
                <ol className="list-unstyled" data-testid="search-results">
                  {result.edges.map(({ node, snippet }) => (
                    <li key={node.id} className="mb-4">
                      <Badge color="secondary" className="me-2">
                        {label("ResourceKind", node.kind)}
                      </Badge>
                      <Link to={`${props.basePath}/risorse/${node.id}`} className="h5">
                        {node.title}
                      </Link>
                      <p className="mb-0 small">
                        <Snippet text={snippet || node.summary} />
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </div>
        )}
      </QueryView>
    </Page>
  );
}

function Facet(props: {
  title: string;
  all: string;
  values: { value: string; count: number }[];
  label: (value: string) => string;
  selected: string | null;
  onSelect: (value: string | null) => void;
}) {
  return (
    <fieldset className="mb-4">
      <legend className="h6">{props.title}</legend>
      <ul className="list-unstyled">
        <li>
          <button
            type="button"
            className="btn btn-link p-0"
            aria-pressed={props.selected === null}
            onClick={() => props.onSelect(null)}
          >
            {props.all}
          </button>
        </li>
        {props.values.map((v) => (
          <li key={v.value}>
            <button
              type="button"
              className="btn btn-link p-0 text-start"
              aria-pressed={props.selected === v.value}
              onClick={() => props.onSelect(v.value)}
            >
              {props.label(v.value)} ({v.count})
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
