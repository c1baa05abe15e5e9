import { useMutation } from "@comtem/client";
import {
  Button,
  SubmissionFeedback,
  checker,
  TextField,
  useMessages,
  useSubmission,
  type Messages,
} from "@comtem/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";

const PublishAnnouncement = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      announcement {
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
  "title" | "body" | "bodyHint" | "publish" | "published" | "titleRequired" | "bodyRequired"
> = {
  it: {
    title: "Titolo",
    body: "Testo",
    bodyHint: "Testo semplice: sarà mostrato così come lo scrivi ai partecipanti.",
    publish: "Pubblica la comunicazione",
    published: "Comunicazione pubblicata.",
    titleRequired: "Scrivi un titolo di almeno 3 caratteri.",
    bodyRequired: "Scrivi il testo della comunicazione.",
  },
  en: {
    title: "Title",
    body: "Text",
    bodyHint: "Plain text: members will see it exactly as you write it.",
    publish: "Publish the announcement",
    published: "Announcement published.",
    titleRequired: "Write a title of at least 3 characters.",
    bodyRequired: "Write the text of the announcement.",
  },
};

/** Co-coordinators and referents post news for the members of their community. */
export function AnnouncementForm(props: { communityId: string; onSaved: () => void }) {
  const t = useMessages(messages);
  const [publish] = useMutation(PublishAnnouncement);
  const s = useSubmission();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { check, valid } = checker(s);
    check(title.trim().length >= 3, "title", t.titleRequired);
    check(body.trim() !== "", "body", t.bodyRequired);
    if (!valid()) return;
    const done = await s.submit(
      () =>
        publish({
          input: { communityId: props.communityId, title: title.trim(), body: body.trim() },
        }),
      { userErrors: (d) => d.publishAnnouncement.userErrors, success: t.published },
    );
    if (done) {
      setTitle("");
      setBody("");
      props.onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        id="announcement-title"
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
        id="announcement-body"
        label={t.body}
        hint={t.bodyHint}
        multiline
        required
        value={body}
        error={s.fieldErrors.body}
        onChange={(v) => {
          setBody(v);
          s.clearField("body");
        }}
      />
      <SubmissionFeedback submission={s} />
      <Button color="primary" type="submit" disabled={s.submitting}>
        {t.publish}
      </Button>
    </form>
  );
}
