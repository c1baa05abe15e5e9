import { useMutation, type TypedDocument } from "@comtem/client";
import { useLocale, type Submission, type UserErrorShape } from "@comtem/ui";
import { useCallback } from "react";
import { localizeRequestError, localizeUserErrors } from "./errors";

/**
 * A mutation run through a form's submission: one at a time, expected outcomes (`userErrors`)
 * and failures (`extensions.field`, CONFLICT) in the user's language, placed by field.
 * Resolves with the data on success, null otherwise.
 */
export function useSave<TResult, TVariables>(
  submission: Submission,
  document: TypedDocument<TResult, TVariables>,
  userErrors: (data: TResult) => readonly UserErrorShape[] | undefined,
): (variables: TVariables, success?: string) => Promise<TResult | null> {
  const [run] = useMutation(document);
  const { locale } = useLocale();
  const { submit } = submission;
  return useCallback(
    (variables, success) =>
      submit(
        () =>
          run(variables).catch((error: unknown) => {
            throw localizeRequestError(error, locale);
          }),
        { userErrors: (data) => localizeUserErrors(userErrors(data), locale), success },
      ),
    [submit, run, locale, userErrors],
  );
}

/** Today as yyyy-mm-dd in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Client-side checks: shows each message next to its field; true when there is none. */
export function checkFields(
  submission: Submission,
  problems: Record<string, string | null | undefined>,
): boolean {
  submission.reset();
  let ok = true;
  for (const [field, message] of Object.entries(problems)) {
    if (message) {
      submission.setFieldError(field, message);
      ok = false;
    }
  }
  return ok;
}
