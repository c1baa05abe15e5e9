import { useMutation, useQuery } from "@comtem/client";
import {
  Button,
  EmptyState,
  SubmissionFeedback,
  TextField,
  formatDate,
  useLocale,
  useMessages,
  useReferenceText,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";

const PendingJoinRequests = graphql(`
  query PendingJoinRequests($communityId: ID!) {
    joinRequests(communityId: $communityId, status: PENDING) {
      id
      motivation
      createdAt
      person {
        id
        fullName
      }
      organization {
        id
        name
      }
    }
  }
`);

const ApproveJoinRequest = graphql(`
  mutation ApproveJoinRequest($id: ID!) {
    approveJoinRequest(id: $id) {
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

const RejectJoinRequest = graphql(`
  mutation RejectJoinRequest($id: ID!, $reason: String!) {
    rejectJoinRequest(id: $id, reason: $reason) {
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
  | "none"
  | "on"
  | "for"
  | "approve"
  | "reject"
  | "reason"
  | "reasonHint"
  | "reasonRequired"
  | "confirmReject"
  | "cancel"
  | "approved"
  | "rejected"
> = {
  it: {
    none: "Nessuna richiesta di partecipazione in attesa.",
    on: "del",
    for: "per conto di",
    approve: "Approva",
    reject: "Respingi",
    reason: "Motivo (sarà comunicato a chi ha fatto la richiesta)",
    reasonHint: "Spiega perché la richiesta non può essere accolta.",
    reasonRequired: "Scrivi il motivo.",
    confirmReject: "Respingi la richiesta",
    cancel: "Annulla",
    approved: "Richiesta di {name} approvata: ora partecipa alla comunità.",
    rejected: "Richiesta di {name} respinta.",
  },
  en: {
    none: "No requests to take part are waiting.",
    on: "on",
    for: "on behalf of",
    approve: "Approve",
    reject: "Reject",
    reason: "Reason (sent to the person who asked)",
    reasonHint: "Explain why the request cannot be accepted.",
    reasonRequired: "Write the reason.",
    confirmReject: "Reject the request",
    cancel: "Cancel",
    approved: "{name}'s request approved: they now take part in the community.",
    rejected: "{name}'s request rejected.",
  },
};

type JoinRequest = {
  id: string;
  motivation: string;
  createdAt: string;
  person: { fullName: string } | null;
  organization: { name: string } | null;
};

function RequestItem(props: { request: JoinRequest; onDecided: (message: string) => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const { request } = props;
  const [approve] = useMutation(ApproveJoinRequest);
  const [reject] = useMutation(RejectJoinRequest);
  const s = useSubmission();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const shown = useReferenceText();
  const name = shown(request.person?.fullName);
  const submitReject = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return s.setFieldError("reason", t.reasonRequired);
    const done = await s.submit(() => reject({ id: request.id, reason }), {
      userErrors: (d) => d.rejectJoinRequest.userErrors,
    });
    if (done) props.onDecided(t.rejected.replace("{name}", name));
  };
  return (
    <li className="border rounded p-3 mb-3" data-testid="join-request">
      <p className="mb-1">
        <strong>{name}</strong> {t.for} {shown(request.organization?.name)}{" "}
        <span className="text-muted small">
          ({t.on} {formatDate(request.createdAt, locale)})
        </span>
      </p>
      <p style={{ whiteSpace: "pre-line" }}>{request.motivation}</p>
      <SubmissionFeedback submission={s} />
      {rejecting ? (
        <form onSubmit={submitReject} noValidate>
          <TextField
            id={`reject-reason-${request.id}`}
            label={t.reason}
            hint={t.reasonHint}
            multiline
            rows={2}
            required
            value={reason}
            error={s.fieldErrors.reason}
            onChange={(v) => {
              setReason(v);
              s.clearField("reason");
            }}
          />
          <div className="d-flex gap-2">
            <Button color="danger" size="sm" type="submit" disabled={s.submitting}>
              {t.confirmReject}
            </Button>
            <Button
              color="secondary"
              outline
              size="sm"
              type="button"
              onClick={() => setRejecting(false)}
            >
              {t.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <div className="d-flex gap-2">
          <Button
            color="primary"
            size="sm"
            disabled={s.submitting}
            aria-label={`${t.approve}: ${name}`}
            onClick={async () => {
              const done = await s.submit(() => approve({ id: request.id }), {
                userErrors: (d) => d.approveJoinRequest.userErrors,
              });
              if (done) props.onDecided(t.approved.replace("{name}", name));
            }}
          >
            {t.approve}
          </Button>
          <Button
            color="secondary"
            outline
            size="sm"
            aria-label={`${t.reject}: ${name}`}
            onClick={() => setRejecting(true)}
          >
            {t.reject}
          </Button>
        </div>
      )}
    </li>
  );
}

/** A co-coordinator's queue of join requests: approve, or reject with a reason. */
export function JoinRequestsReview(props: { communityId: string; onDecided: () => void }) {
  const t = useMessages(messages);
  const state = useQuery(PendingJoinRequests, { communityId: props.communityId });
  const [announcement, setAnnouncement] = useState("");
  const requests = state.data?.joinRequests ?? [];
  return (
    <div>
      <div
        role="status"
        aria-live="polite"
        className={announcement ? "text-success fw-semibold mb-2" : "visually-hidden"}
      >
        {announcement}
      </div>
      {state.loading && !state.data ? null : requests.length === 0 ? (
        <EmptyState title={t.none} />
      ) : (
        <ul className="list-unstyled">
          {requests.map((r) => (
            <RequestItem
              key={r.id}
              request={r}
              onDecided={(message) => {
                setAnnouncement(message);
                state.refetch();
                props.onDecided();
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
