import { useQuery } from "@comtem/client";
import { SelectField, TextField, format, useMessages, type Messages } from "@comtem/ui";
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

const messages: Messages<"search" | "searchHint" | "choose" | "more" | "none"> = {
  it: {
    search: "Cerca per nome",
    searchHint: "Scrivi una parte del nome per restringere l'elenco.",
    choose: "— Scegli —",
    more: "Mostrati i primi {shown} di {total}: scrivi una parte del nome per restringere.",
    none: "Nessun risultato per questa ricerca.",
  },
  en: {
    search: "Search by name",
    searchHint: "Type part of the name to narrow the list.",
    choose: "— Choose —",
    more: "Showing the first {shown} of {total}: type part of the name to narrow it.",
    none: "No results for this search.",
  },
};

interface Choice {
  value: string;
  label: string;
}

function Picker(props: {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | null;
  required?: boolean;
  search: string;
  onSearch: (text: string) => void;
  choices: Choice[];
  total: number;
  /** The chosen option stays listed when a new search would leave it out. */
  selected?: Choice;
}) {
  const t = useMessages(messages);
  const choices =
    props.selected && !props.choices.some((c) => c.value === props.selected?.value)
      ? [props.selected, ...props.choices]
      : props.choices;
  return (
    <div className="row align-items-start">
      <div className="col-md-5">
        <TextField
          id={`${props.id}-search`}
          label={`${props.label}: ${t.search.toLowerCase()}`}
          hint={t.searchHint}
          type="search"
          value={props.search}
          onChange={props.onSearch}
        />
      </div>
      <div className="col-md-7">
        <SelectField
          id={props.id}
          label={props.label}
          required={props.required}
          value={props.value}
          error={props.error}
          hint={
            props.total > props.choices.length
              ? format(t.more, { shown: props.choices.length, total: props.total })
              : props.total === 0
                ? t.none
                : undefined
          }
          onChange={props.onChange}
          options={[{ value: "", label: t.choose }, ...choices]}
        />
      </div>
    </div>
  );
}

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
  const [chosen, setChosen] = useState<Choice | undefined>(
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
    <Picker
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
  const [chosen, setChosen] = useState<Choice | undefined>();
  const state = useQuery(PersonChoices, { search: search.trim() || null });
  const choices = (state.data?.people.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.fullName} — ${node.organization.name}`,
  }));
  return (
    <Picker
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
