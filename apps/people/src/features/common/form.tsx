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
 * The end of a people form: the submission's outcome (errors, conflict with its reload), then
 * the submit button (disabled while it runs) and Cancel.
 */
export function FormActions(props: {
  submission: Submission;
  submitLabel: ReactNode;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const t = useMessages(messages);
  return (
    <>
      <SubmissionFeedback submission={props.submission} onReload={props.onReload} />
      <div className="d-flex flex-wrap gap-2">
        <Button color="primary" type="submit" disabled={props.submission.submitting}>
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

/**
 * Client-side checks before sending: `check(ok, field, message)` marks the field when `ok` is
 * false; `valid()` tells whether every check passed.
 */
export function checker(submission: Pick<Submission, "setFieldError">) {
  let invalid = false;
  return {
    check(ok: boolean, field: string, message: string) {
      if (!ok) {
        submission.setFieldError(field, message);
        invalid = true;
      }
    },
    valid: () => !invalid,
  };
}
