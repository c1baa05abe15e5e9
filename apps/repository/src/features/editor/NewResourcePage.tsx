import { Page, useMessages, type Messages } from "@comtem/ui";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ResourceForm } from "./ResourceForm";

const messages: Messages<"title" | "lead" | "back"> = {
  it: {
    title: "Condividi una risorsa",
    lead: "Una soluzione, una guida o il prodotto di un'azione-obiettivo. Nasce come bozza: la pubblichi quando è pronta.",
    back: "Torna alle risorse",
  },
  en: {
    title: "Share a resource",
    lead: "A solution, a guide or a goal-action's deliverable. It starts as a draft: publish it when it is ready.",
    back: "Back to resources",
  },
};

/** `nuova?comunita=<id>&azione=<goal-action id>` preselects a deliverable's goal-action. */
export function NewResourcePage(props: { basePath: string }) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <Page title={t.title} lead={t.lead}>
      <p>
        <Link to={props.basePath}>{t.back}</Link>
      </p>
      <ResourceForm
        initialCommunityId={params.get("comunita") ?? undefined}
        initialGoalActionId={params.get("azione") ?? undefined}
        onSaved={(id) => navigate(`${props.basePath}/risorse/${id}`)}
      />
    </Page>
  );
}
