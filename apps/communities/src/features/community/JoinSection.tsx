import { useMutation } from "@comtem/client";
import {
  Button,
  SubmissionFeedback,
  TextField,
  useLabels,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { CommunityViewer } from "./viewer";

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

const WithdrawJoinRequest = graphql(`
  mutation WithdrawJoinRequest($id: ID!) {
    withdrawJoinRequest(id: $id) {
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

const EndMembership = graphql(`
  mutation EndMembership($id: ID!) {
    endMembership(id: $id) {
      membership {
        id
        active
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
  | "anonymous"
  | "member"
  | "motivation"
  | "hint"
  | "tooShort"
  | "submit"
  | "sent"
  | "as"
  | "pending"
  | "withdraw"
  | "withdrawn"
  | "leave"
  | "confirmLeave"
  | "left"
> = {
  it: {
    anonymous: "Accedi per chiedere di partecipare a questa comunità.",
    member: "Fai parte di questa comunità come {role}.",
    motivation: "Perché vuoi partecipare?",
    hint: "Almeno 10 caratteri. I co-coordinatori leggeranno la tua richiesta.",
    tooShort: "Scrivi almeno 10 caratteri.",
    submit: "Chiedi di partecipare",
    sent: "Richiesta inviata: riceverai una risposta dai co-coordinatori.",
    as: "Parteciperai per conto di",
    pending: "La tua richiesta di partecipazione è in attesa di risposta dai co-coordinatori.",
    withdraw: "Ritira la richiesta",
    withdrawn: "Richiesta ritirata.",
    leave: "Lascia la comunità",
    confirmLeave: "Conferma: lascia la comunità",
    left: "Non fai più parte della comunità.",
  },
  en: {
    anonymous: "Log in to ask to take part in this community.",
    member: "You take part in this community as {role}.",
    motivation: "Why do you want to take part?",
    hint: "At least 10 characters. The co-coordinators will read your request.",
    tooShort: "Write at least 10 characters.",
    submit: "Ask to take part",
    sent: "Request sent: the co-coordinators will answer.",
    as: "You will take part on behalf of",
    pending: "Your request to take part is waiting for the co-coordinators' answer.",
    withdraw: "Withdraw the request",
    withdrawn: "Request withdrawn.",
    leave: "Leave the community",
    confirmLeave: "Confirm: leave the community",
    left: "You no longer take part in the community.",
  },
};

/**
 * Taking part: ask to join (on behalf of one's own organization), see a pending request and
 * withdraw it, or leave. `onChange` reloads the page's data after each step.
 */
export function JoinSection(props: {
  communityId: string;
  viewer: CommunityViewer;
  onChange: () => void;
}) {
  const t = useMessages(messages);
  const label = useLabels();
  const { viewer } = props;
  const [request] = useMutation(RequestToJoin);
  const [withdraw] = useMutation(WithdrawJoinRequest);
  const [end] = useMutation(EndMembership);
  const s = useSubmission();
  const [motivation, setMotivation] = useState("");
  const [confirming, setConfirming] = useState(false);

  if (!viewer.signedIn || !viewer.organization) return <p>{t.anonymous}</p>;

  if (viewer.membership) {
    const membershipId = viewer.membership.id;
    return (
      <div>
        <p>{t.member.replace("{role}", label("MembershipRole", viewer.membership.role))}</p>
        <SubmissionFeedback submission={s} />
        {confirming ? (
          <Button
            color="danger"
            size="sm"
            disabled={s.submitting}
            onClick={async () => {
              const done = await s.submit(() => end({ id: membershipId }), {
                userErrors: (d) => d.endMembership.userErrors,
                success: t.left,
              });
              if (done) props.onChange();
            }}
          >
            {t.confirmLeave}
          </Button>
        ) : (
          <Button color="secondary" outline size="sm" onClick={() => setConfirming(true)}>
            {t.leave}
          </Button>
        )}
      </div>
    );
  }

  if (viewer.pendingRequestId) {
    const id = viewer.pendingRequestId;
    return (
      <div data-testid="join-pending">
        <p>{s.success ?? t.pending}</p>
        <SubmissionFeedback submission={s} />
        <Button
          color="secondary"
          outline
          size="sm"
          disabled={s.submitting}
          onClick={async () => {
            const done = await s.submit(() => withdraw({ id }), {
              userErrors: (d) => d.withdrawJoinRequest.userErrors,
              success: t.withdrawn,
            });
            if (done) props.onChange();
          }}
        >
          {t.withdraw}
        </Button>
      </div>
    );
  }

  if (!viewer.canRequestToJoin) return null;
  const organization = viewer.organization;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (motivation.trim().length < 10) {
      s.setFieldError("motivation", t.tooShort);
      return;
    }
    const done = await s.submit(
      () =>
        request({
          input: { communityId: props.communityId, organizationId: organization.id, motivation },
        }),
      { userErrors: (d) => d.requestToJoin.userErrors, success: t.sent },
    );
    if (done) {
      setMotivation("");
      props.onChange();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>
        {t.as} <strong>{organization.name}</strong>
      </p>
      <TextField
        id="join-motivation"
        label={t.motivation}
        hint={t.hint}
        multiline
        required
        value={motivation}
        error={s.fieldErrors.motivation}
        onChange={(value) => {
          setMotivation(value);
          s.clearField("motivation");
        }}
      />
      <SubmissionFeedback submission={s} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}
