import { Page, useMessages, type Messages } from "@comtem/ui";
import type { ReactNode } from "react";
import { NavLink } from "react-router";

const messages: Messages<
  | "nav"
  | "home"
  | "organizations"
  | "nominations"
  | "accessRequests"
  | "apiKeys"
  | "slices"
  | "directory"
> = {
  it: {
    nav: "Sezioni dell'amministrazione",
    home: "Panoramica",
    organizations: "Enti",
    nominations: "Nomine",
    accessRequests: "Richieste di accesso",
    apiKeys: "Chiavi API dei partner",
    slices: "Interfacce (slice)",
    directory: "Persone ed enti",
  },
  en: {
    nav: "Administration sections",
    home: "Overview",
    organizations: "Bodies",
    nominations: "Nominations",
    accessRequests: "Access requests",
    apiKeys: "Partner API keys",
    slices: "Interfaces (slices)",
    directory: "People and bodies",
  },
};

/** Every admin page: its title, the admin sections as tabs, its content. */
export function AdminPage(props: {
  basePath: string;
  title: string;
  lead?: string;
  children?: ReactNode;
}) {
  const t = useMessages(messages);
  const base = `${props.basePath}/amministrazione`;
  const tabs: [string, string, boolean][] = [
    [base, t.home, true],
    [`${base}/enti`, t.organizations, false],
    [`${base}/nomine`, t.nominations, false],
    [`${base}/richieste`, t.accessRequests, false],
    [`${base}/chiavi-api`, t.apiKeys, false],
    [`${base}/interfacce`, t.slices, false],
  ];
  return (
    <Page title={props.title} lead={props.lead}>
      <nav aria-label={t.nav} className="mb-4">
        <ul className="nav nav-tabs flex-wrap">
          {tabs.map(([to, label, end]) => (
            <li className="nav-item" key={to}>
              <NavLink
                to={to}
                end={end}
                className={({ isActive }) => `nav-link${isActive ? " active" : ""}`}
              >
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {props.children}
    </Page>
  );
}

export const adminSectionMessages = messages;
