import { LoadingSkeleton, Page, useMessages, type Messages } from "@comtem/ui";
import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { useViewer } from "../common/viewer";

// The admin pages and their forms: downloaded only by admins, when they open them.
const AdminRoutes = lazy(() => import("./AdminRoutes").then((m) => ({ default: m.AdminRoutes })));

const messages: Messages<"title" | "forbidden" | "anonymous" | "back"> = {
  it: {
    title: "Amministrazione",
    forbidden:
      "Questa sezione è riservata al coordinamento operativo di ComTem (gli amministratori di Lepida): non hai i permessi per accedervi.",
    anonymous:
      "Questa sezione è riservata al coordinamento operativo di ComTem (gli amministratori di Lepida): accedi con un profilo di amministratore.",
    back: "Torna a Persone ed enti",
  },
  en: {
    title: "Administration",
    forbidden:
      "This section is reserved to ComTem's operational coordination (Lepida's admins): you are not allowed to open it.",
    anonymous:
      "This section is reserved to ComTem's operational coordination (Lepida's admins): log in with an admin profile.",
    back: "Back to People and bodies",
  },
};

/** `/amministrazione/*`: admins get the admin pages; anyone else is told they may not. */
export function AdminGate(props: { basePath: string; sliceName: string }) {
  const t = useMessages(messages);
  const viewer = useViewer();
  if (viewer.loading) return <LoadingSkeleton lines={6} />;
  if (!viewer.isAdmin) {
    return (
      <Page title={t.title}>
        <div className="alert alert-warning" role="alert" data-testid="admin-forbidden">
          {viewer.personId ? t.forbidden : t.anonymous}
        </div>
        <p>
          <Link to={props.basePath}>{t.back}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Suspense fallback={<LoadingSkeleton lines={8} />}>
      <AdminRoutes basePath={props.basePath} sliceName={props.sliceName} />
    </Suspense>
  );
}
