import { useMutation, useQuery } from "@comtem/client";
import {
  Button,
  SelectField,
  SubmissionFeedback,
  TextField,
  enumOptions,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { MembershipRole } from "../../gql/graphql";

const FindPeople = graphql(`
  query CommunitiesFindPeople($search: String!) {
    people(first: 10, filter: { search: $search }) {
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

const AddMembership = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const messages: Messages<
  "search" | "searchHint" | "person" | "choose" | "role" | "add" | "added" | "required"
> = {
  it: {
    search: "Cerca la persona",
    searchHint: "Almeno 3 lettere del nome o del cognome.",
    person: "Persona",
    choose: "Scegli…",
    role: "Ruolo nella comunità",
    add: "Aggiungi alla comunità",
    added: "Persona aggiunta alla comunità.",
    required: "Scegli la persona.",
  },
  en: {
    search: "Find the person",
    searchHint: "At least 3 letters of the first or last name.",
    person: "Person",
    choose: "Choose…",
    role: "Role in the community",
    add: "Add to the community",
    added: "Person added to the community.",
    required: "Choose the person.",
  },
};

/** Co-coordinators add a member directly, with a role, on behalf of the person's entity. */
export function AddMemberForm(props: { communityId: string; onSaved: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [search, setSearch] = useState("");
  const found = useQuery(FindPeople, { search: search.trim() }, { skip: search.trim().length < 3 });
  const [add] = useMutation(AddMembership);
  const s = useSubmission();
  const [personId, setPersonId] = useState("");
  const [role, setRole] = useState<MembershipRole>("PARTECIPANTE");
  const people =
    search.trim().length < 3 ? [] : (found.data?.people.edges.map((e) => e.node) ?? []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const person = people.find((p) => p.id === personId);
    if (!person) return s.setFieldError("personId", t.required);
    const done = await s.submit(
      () =>
        add({
          input: {
            communityId: props.communityId,
            personId: person.id,
            organizationId: person.organization.id,
            role,
          },
        }),
      { userErrors: (d) => d.addMembership.userErrors, success: t.added },
    );
    if (done) {
      setPersonId("");
      props.onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        id="add-member-search"
        label={t.search}
        hint={t.searchHint}
        type="search"
        value={search}
        onChange={(v) => {
          setSearch(v);
          setPersonId("");
        }}
      />
      <SelectField
        id="add-member-person"
        label={t.person}
        required
        value={personId}
        error={s.fieldErrors.personId}
        onChange={(v) => {
          setPersonId(v);
          s.clearField("personId");
        }}
        options={[
          { value: "", label: t.choose },
          ...people.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.organization.name}` })),
        ]}
      />
      <SelectField
        id="add-member-role"
        label={t.role}
        value={role}
        error={s.fieldErrors.role}
        onChange={(v) => setRole(v as MembershipRole)}
        options={enumOptions("MembershipRole", locale)}
      />
      <SubmissionFeedback submission={s} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {t.add}
      </Button>
    </form>
  );
}
