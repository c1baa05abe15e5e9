import {
  Card,
  CardBody,
  CardText,
  CardTitle,
  CardGrid,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { Link, Route, Routes } from "react-router";
import { AccessRequestsAdmin } from "./AccessRequestsAdmin";
import { AdminPage, adminSectionMessages } from "./AdminLayout";
import { ApiKeysAdmin } from "./ApiKeysAdmin";
import { NominationsAdmin } from "./NominationsAdmin";
import { OrganizationEdit, OrganizationsAdmin } from "./OrganizationsAdmin";
import { PersonEdit } from "./PersonEdit";
import { SlicesAdmin } from "./SlicesAdmin";

const messages: Messages<
  | "title"
  | "lead"
  | "organizations"
  | "nominations"
  | "accessRequests"
  | "apiKeys"
  | "slices"
  | "people"
> = {
  it: {
    title: "Amministrazione",
    lead: "Il coordinamento operativo di Lepida amministra la piattaforma ComTem.",
    organizations:
      "Registra un nuovo ente e correggi i dati degli enti (codici IPA e ISTAT, provincia, Unione, adesione).",
    nominations: "Registra l'atto con cui un ente nomina una persona in ComTem.",
    accessRequests:
      "Accogli o respingi le richieste di chi ha eseguito l'accesso ma non è ancora una persona di ComTem.",
    apiKeys:
      "Rilascia e revoca le chiavi con cui le applicazioni dei partner usano l'API pubblica.",
    slices:
      "Attiva, disattiva, riporta a una versione precedente o registra le interfacce caricate dalla piattaforma.",
    people:
      "Per modificare il profilo di una persona aprilo dall'elenco di Persone ed enti («Modifica»).",
  },
  en: {
    title: "Administration",
    lead: "Lepida's operational coordination administers the ComTem platform.",
    organizations:
      "Register a new body and correct the bodies' data (IPA and ISTAT codes, province, union, adhesion).",
    nominations: "Record the act by which a body nominates a person to ComTem.",
    accessRequests:
      "Approve or reject the requests of people who signed in but are not yet persons of ComTem.",
    apiKeys: "Issue and revoke the keys with which partners' applications use the public API.",
    slices: "Enable, disable, roll back or register the interfaces the platform loads.",
    people: "To edit a person's profile open it from the People and bodies list (“Edit”).",
  },
};

function AdminHome(props: { basePath: string }) {
  const t = useMessages(messages);
  const s = useMessages(adminSectionMessages);
  const base = `${props.basePath}/amministrazione`;
  const cards: [string, string, string][] = [
    [`${base}/enti`, s.organizations, t.organizations],
    [`${base}/nomine`, s.nominations, t.nominations],
    [`${base}/richieste`, s.accessRequests, t.accessRequests],
    [`${base}/chiavi-api`, s.apiKeys, t.apiKeys],
    [`${base}/interfacce`, s.slices, t.slices],
  ];
  return (
    <AdminPage basePath={props.basePath} title={t.title} lead={t.lead}>
      <CardGrid>
        {cards.map(([to, title, text]) => (
          <div className="col" key={to}>
            <Card className="card-bg h-100">
              <CardBody>
                <CardTitle tag="h2" className="h5">
                  <Link to={to}>{title}</Link>
                </CardTitle>
                <CardText>{text}</CardText>
              </CardBody>
            </Card>
          </div>
        ))}
      </CardGrid>
      <p className="mt-4">
        {t.people} <Link to={props.basePath}>{s.directory}</Link>
      </p>
    </AdminPage>
  );
}

/** The admin pages, relative to `/amministrazione` (the gate has checked the role). */
export function AdminRoutes(props: { basePath: string; sliceName: string }) {
  const { basePath } = props;
  return (
    <Routes>
      <Route index element={<AdminHome basePath={basePath} />} />
      <Route path="enti" element={<OrganizationsAdmin basePath={basePath} />} />
      <Route path="enti/:id" element={<OrganizationEdit basePath={basePath} />} />
      <Route path="persone/:id" element={<PersonEdit basePath={basePath} />} />
      <Route path="nomine" element={<NominationsAdmin basePath={basePath} />} />
      <Route path="richieste" element={<AccessRequestsAdmin basePath={basePath} />} />
      <Route path="chiavi-api" element={<ApiKeysAdmin basePath={basePath} />} />
      <Route
        path="interfacce"
        element={<SlicesAdmin basePath={basePath} sliceName={props.sliceName} />}
      />
    </Routes>
  );
}
