import {
  Button,
  SubmissionFeedback,
  useMessages,
  type Messages,
  type Submission,
} from "@comtem/ui";
import type { ReactNode } from "react";

const messages: Messages<"cancel"> = { it: { cancel: "Annulla" }, en: { cancel: "Cancel" } };

/**
 * The end of a planning form: the submission's outcome (errors, conflict with its reload),
 * then the submit button (disabled while it runs) and Cancel.
 */
export function FormActions(props: {
  submission: Submission;
  submitLabel: ReactNode;
  onCancel?: () => void;
  onReload?: () => void;
  /** A button that acts by itself instead of submitting a form. */
  onClick?: () => void;
}) {
  const t = useMessages(messages);
  return (
    <>
      <SubmissionFeedback submission={props.submission} onReload={props.onReload} />
      <div className="d-flex flex-wrap gap-2">
        <Button
          color="primary"
          type={props.onClick ? "button" : "submit"}
          disabled={props.submission.submitting}
          onClick={props.onClick}
        >
          {props.submitLabel}
        </Button>
        {props.onCancel ? (
          <Button color="secondary" outline type="button" onClick={props.onCancel}>
            {t.cancel}
          </Button>
        ) : null}
      </div>
    </>
  );
}
