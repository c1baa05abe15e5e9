import { Page, useMessages, type Messages } from "@comtem/ui";
import { Link } from "react-router";

const messages: Messages<"title" | "text" | "home"> = {
  it: {
    title: "Pagina non trovata",
    text: "La pagina cercata non esiste o non è più attiva.",
    home: "Torna alla home",
  },
  en: {
    title: "Page not found",
    text: "The page does not exist or is no longer active.",
    home: "Back to the home page",
  },
};

export function NotFoundPage() {
  const t = useMessages(messages);
  return (
    <Page title={t.title}>
      <p>{t.text}</p>
      <Link to="/">{t.home}</Link>
    </Page>
  );
}
