import { useMutation } from "@comtem/client";
import {
  Button,
  Disclosure,
  SubmissionFeedback,
  TextField,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";

const OfferSupport = graphql(`
  mutation OfferSupport($input: OfferSupportInput!) {
    offerSupport(input: $input) {
      offer {
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

const WithdrawSupportOffer = graphql(`
  mutation WithdrawSupportOffer($id: ID!) {
    withdrawSupportOffer(id: $id) {
      offer {
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
  | "offer"
  | "contact"
  | "contactHint"
  | "availability"
  | "availabilityHint"
  | "send"
  | "sent"
  | "contactRequired"
  | "yours"
  | "withdraw"
  | "withdrawn"
> = {
  it: {
    offer: "Offri il tuo aiuto su questa risorsa",
    contact: "Come contattarti",
    contactHint:
      "E-mail, telefono o altro canale (visibile solo alle persone che hanno effettuato l'accesso).",
    availability: "Disponibilità",
    availabilityHint: "Per esempio: due ore a settimana, il martedì mattina.",
    send: "Offri aiuto",
    sent: "Grazie: ora compari tra chi può aiutare.",
    contactRequired: "Indica come contattarti.",
    yours: "Hai offerto aiuto su questa risorsa.",
    withdraw: "Ritira la mia offerta",
    withdrawn: "Offerta ritirata.",
  },
  en: {
    offer: "Offer your help on this resource",
    contact: "How to reach you",
    contactHint: "E-mail, phone or another channel (shown only to signed-in people).",
    availability: "Availability",
    availabilityHint: "For example: two hours a week, Tuesday mornings.",
    send: "Offer help",
    sent: "Thank you: you are now listed among those who can help.",
    contactRequired: "Say how to reach you.",
    yours: "You offered help on this resource.",
    withdraw: "Withdraw my offer",
    withdrawn: "Offer withdrawn.",
  },
};

/** Offer help on a resource, or withdraw one's offer. */
export function SupportOffer(props: {
  resourceId: string;
  myOfferId: string | null;
  canOffer: boolean;
  onChange: () => void;
}) {
  const t = useMessages(messages);
  const [offer] = useMutation(OfferSupport);
  const [withdraw] = useMutation(WithdrawSupportOffer);
  const s = useSubmission();
  const [open, setOpen] = useState(false);
  const [contact, setContact] = useState("");
  const [availability, setAvailability] = useState("");
  if (props.myOfferId) {
    const id = props.myOfferId;
    return (
      <div className="mb-3">
        <p>{t.yours}</p>
        <SubmissionFeedback submission={s} />
        <Button
          color="secondary"
          outline
          size="sm"
          disabled={s.submitting}
          onClick={async () => {
            if (
              await s.submit(() => withdraw({ id }), {
                userErrors: (d) => d.withdrawSupportOffer.userErrors,
                success: t.withdrawn,
              })
            )
              props.onChange();
          }}
        >
          {t.withdraw}
        </Button>
      </div>
    );
  }
  if (!props.canOffer) return <SubmissionFeedback submission={s} />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!contact.trim()) return s.setFieldError("contact", t.contactRequired);
    const done = await s.submit(
      () =>
        offer({
          input: {
            resourceId: props.resourceId,
            contact: contact.trim(),
            availability: availability.trim() || null,
          },
        }),
      { userErrors: (d) => d.offerSupport.userErrors, success: t.sent },
    );
    if (done) {
      setOpen(false);
      props.onChange();
    }
  };
  return (
    <>
      <SubmissionFeedback submission={s} />
      <Disclosure id="offer-support" label={t.offer} open={open} onOpenChange={setOpen}>
        <form onSubmit={submit} noValidate>
          <TextField
            id="offer-contact"
            label={t.contact}
            hint={t.contactHint}
            required
            value={contact}
            error={s.fieldErrors.contact}
            onChange={(v) => {
              setContact(v);
              s.clearField("contact");
            }}
          />
          <TextField
            id="offer-availability"
            label={t.availability}
            hint={t.availabilityHint}
            value={availability}
            error={s.fieldErrors.availability}
            onChange={(v) => {
              setAvailability(v);
              s.clearField("availability");
            }}
          />
          <Button color="primary" type="submit" disabled={s.submitting}>
            {t.send}
          </Button>
        </form>
      </Disclosure>
    </>
  );
}
