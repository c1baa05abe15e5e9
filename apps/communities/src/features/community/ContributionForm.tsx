import { useMutation } from "@comtem/client";
import {
  Button,
  SelectField,
  SubmissionFeedback,
  checker,
  TextField,
  enumOptions,
  useLocale,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { ContributionKind } from "../../gql/graphql";

const CreateContribution = graphql(`
  mutation CreateContribution($input: CreateContributionInput!) {
    createContribution(input: $input) {
      contribution {
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
  | "kind"
  | "title"
  | "description"
  | "descriptionHint"
  | "as"
  | "submit"
  | "sent"
  | "titleRequired"
  | "descriptionRequired"
> = {
  it: {
    kind: "Che cosa presenti",
    title: "Titolo",
    description: "Descrizione",
    descriptionHint: "Che cosa serve al tuo ente, o che cosa proponi, e perché.",
    as: "Per conto di",
    submit: "Invia",
    sent: "Inviata: i co-coordinatori la valuteranno per il Piano di Attività.",
    titleRequired: "Scrivi un titolo di almeno 3 caratteri.",
    descriptionRequired: "Descrivi la proposta o l'esigenza.",
  },
  en: {
    kind: "What you submit",
    title: "Title",
    description: "Description",
    descriptionHint: "What your organization needs, or what you propose, and why.",
    as: "On behalf of",
    submit: "Submit",
    sent: "Submitted: the co-coordinators will consider it for the Activity Plan.",
    titleRequired: "Write a title of at least 3 characters.",
    descriptionRequired: "Describe the proposal or the need.",
  },
};

/** A member states a need or makes a proposal, for the organization they represent. */
export function ContributionForm(props: {
  communityId: string;
  meetingId?: string;
  organization: { id: string; name: string } | null;
  onSaved: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [create] = useMutation(CreateContribution);
  const s = useSubmission();
  const prefix = `contribution-${props.meetingId ?? "community"}`;
  const [kind, setKind] = useState<ContributionKind>("ESIGENZA");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { check, valid } = checker(s);
    check(title.trim().length >= 3, "title", t.titleRequired);
    check(description.trim() !== "", "description", t.descriptionRequired);
    if (!valid()) return;
    const done = await s.submit(
      () =>
        create({
          input: {
            communityId: props.communityId,
            meetingId: props.meetingId ?? null,
            kind,
            title: title.trim(),
            description: description.trim(),
            organizationId: props.organization?.id ?? null,
          },
        }),
      { userErrors: (d) => d.createContribution.userErrors, success: t.sent },
    );
    if (done) {
      setTitle("");
      setDescription("");
      props.onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      {props.organization ? (
        <p>
          {t.as} <strong>{props.organization.name}</strong>
        </p>
      ) : null}
      <SelectField
        id={`${prefix}-kind`}
        label={t.kind}
        value={kind}
        onChange={(v) => setKind(v as ContributionKind)}
        options={enumOptions("ContributionKind", locale)}
      />
      <TextField
        id={`${prefix}-title`}
        label={t.title}
        required
        value={title}
        error={s.fieldErrors.title}
        onChange={(v) => {
          setTitle(v);
          s.clearField("title");
        }}
      />
      <TextField
        id={`${prefix}-description`}
        label={t.description}
        hint={t.descriptionHint}
        multiline
        required
        value={description}
        error={s.fieldErrors.description}
        onChange={(v) => {
          setDescription(v);
          s.clearField("description");
        }}
      />
      <SubmissionFeedback submission={s} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}
