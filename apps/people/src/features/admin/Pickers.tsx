import { useQuery } from "@comtem/client";
import { SearchSelectField, type SearchChoice } from "@comtem/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import type { OrganizationKind } from "../../gql/graphql";

const OrganizationChoices = graphql(`
  query OrganizationChoices($search: String, $kind: OrganizationKind) {
    organizations(first: 30, filter: { search: $search, kind: $kind }) {
      totalCount
      edges {
        node {
          id
          name
          province
        }
      }
    }
  }
`);

const PersonChoices = graphql(`
  query PersonChoices($search: String) {
    people(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          fullName
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** An organization chosen from a searchable list (`organizations`). */
export function OrganizationPicker(props: {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | null;
  required?: boolean;
  /** Only bodies of this kind (e.g. Unioni). */
  kind?: OrganizationKind;
  /** Left out of the choices (e.g. the body being edited). */
  exclude?: string;
  /** The current choice, shown before any search. */
  initial?: { id: string; name: string } | null;
}) {
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<SearchChoice | undefined>(
    props.initial ? { value: props.initial.id, label: props.initial.name } : undefined,
  );
  const state = useQuery(OrganizationChoices, {
    search: search.trim() || null,
    kind: props.kind ?? null,
  });
  const nodes = (state.data?.organizations.edges ?? [])
    .map((e) => e.node)
    .filter((n) => n.id !== props.exclude);
  const choices = nodes.map((n) => ({
    value: n.id,
    label: n.province ? `${n.name} (${n.province})` : n.name,
  }));
  return (
    <SearchSelectField
      {...props}
      search={search}
      onSearch={setSearch}
      choices={choices}
      total={state.data?.organizations.totalCount ?? 0}
      selected={chosen}
      onChange={(id) => {
        setChosen(choices.find((c) => c.value === id));
        props.onChange(id);
      }}
    />
  );
}

/** A person chosen from a searchable list (`people`). */
export function PersonPicker(props: {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | null;
  required?: boolean;
}) {
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<SearchChoice | undefined>();
  const state = useQuery(PersonChoices, { search: search.trim() || null });
  const choices = (state.data?.people.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.fullName} — ${node.organization.name}`,
  }));
  return (
    <SearchSelectField
      {...props}
      search={search}
      onSearch={setSearch}
      choices={choices}
      total={state.data?.people.totalCount ?? 0}
      selected={chosen}
      onChange={(id) => {
        setChosen(choices.find((c) => c.value === id));
        props.onChange(id);
      }}
    />
  );
}
