import { useMutation, useQuery } from "@comtem/client";
import { Alert, Button, TextField, useMessages, type Messages } from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";

const Me = graphql(`
  query CommunitiesMe {
    me {
      id
      organization {
        id
        name
      }
      memberships {
        community {
          id
        }
      }
    }
  }
`);

const RequestToJoin = graphql(`
  mutation RequestToJoin($input: RequestToJoinInput!) {
    requestToJoin(input: $input) {
      joinRequest {
        id
        status
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
  "anonymous" | "member" | "motivation" | "hint" | "tooShort" | "submit" | "sent" | "as"
> = {
  it: {
    anonymous: "Accedi per chiedere di partecipare a questa comunità.",
    member: "Fai già parte di questa comunità.",
    motivation: "Perché vuoi partecipare?",
    hint: "Almeno 10 caratteri. I co-coordinatori leggeranno la tua richiesta.",
    tooShort: "Scrivi almeno 10 caratteri.",
    submit: "Chiedi di partecipare",
    sent: "Richiesta inviata: riceverai una risposta dai co-coordinatori.",
    as: "Parteciperai per conto di",
  },
  en: {
    anonymous: "Log in to ask to take part in this community.",
    member: "You are already a member of this community.",
    motivation: "Why do you want to take part?",
    hint: "At least 10 characters. The co-coordinators will read your request.",
    tooShort: "Write at least 10 characters.",
    submit: "Ask to take part",
    sent: "Request sent: the co-coordinators will answer.",
    as: "You will take part on behalf of",
  },
};

export function JoinRequestForm(props: { communityId: string }) {
  const t = useMessages(messages);
  const me = useQuery(Me);
  const [request, state] = useMutation(RequestToJoin);
  const [motivation, setMotivation] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const person = me.data?.me;
  if (me.loading) return null;
  if (!person) return <p>{t.anonymous}</p>;
  if (person.memberships.some((m) => m.community.id === props.communityId))
    return <p>{t.member}</p>;
  if (sent) return <Alert color="success">{t.sent}</Alert>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (motivation.trim().length < 10) {
      setFieldError(t.tooShort);
      return;
    }
    const result = await request({
      input: { communityId: props.communityId, organizationId: person.organization.id, motivation },
    }).catch(() => null);
    const userError = result?.requestToJoin.userErrors[0];
    if (userError) setFieldError(userError.message);
    else if (result) setSent(true);
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>
        {t.as} <strong>{person.organization.name}</strong>
      </p>
      <TextField
        id="join-motivation"
        label={t.motivation}
        hint={t.hint}
        multiline
        required
        value={motivation}
        error={fieldError}
        onChange={(value) => {
          setMotivation(value);
          setFieldError(null);
        }}
      />
      {state.error ? <Alert color="danger">{state.error.message}</Alert> : null}
      <Button color="primary" type="submit" disabled={state.loading}>
        {t.submit}
      </Button>
    </form>
  );
}
