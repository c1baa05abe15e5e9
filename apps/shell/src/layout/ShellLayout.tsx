import { useLocale, useMessages, type Messages } from "@comtem/ui";
import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import { sliceLabels, useShell } from "../shell-context";

const messages: Messages<
  | "skip"
  | "region"
  | "title"
  | "tagline"
  | "home"
  | "mine"
  | "login"
  | "logout"
  | "language"
  | "switchTo"
  | "mainNav"
  | "accessibility"
  | "registryDown"
  | "footer"
  | "signedInAs"
  | "expired"
  | "signInAgain"
> = {
  it: {
    skip: "Vai al contenuto principale",
    region: "Regione Emilia-Romagna",
    title: "ComTem",
    tagline: "Sistema delle Comunità Tematiche",
    home: "Home",
    mine: "Le mie comunità",
    login: "Accedi",
    logout: "Esci",
    language: "Lingua",
    switchTo: "English",
    mainNav: "Navigazione principale",
    accessibility: "Dichiarazione di accessibilità",
    registryDown: "L'elenco delle sezioni non è raggiungibile: alcune pagine non sono disponibili.",
    footer: "ComTem — piattaforma del Sistema delle Comunità Tematiche dell'Emilia-Romagna",
    signedInAs: "Accesso come",
    expired: "La sessione è scaduta o è stata chiusa dal servizio di autenticazione.",
    signInAgain: "Accedi di nuovo",
  },
  en: {
    skip: "Skip to main content",
    region: "Emilia-Romagna Region",
    title: "ComTem",
    tagline: "System of Thematic Communities",
    home: "Home",
    mine: "My communities",
    login: "Log in",
    logout: "Log out",
    language: "Language",
    switchTo: "Italiano",
    mainNav: "Main navigation",
    accessibility: "Accessibility statement",
    registryDown: "The list of sections cannot be reached: some pages are not available.",
    footer: "ComTem — platform of the System of Thematic Communities of Emilia-Romagna",
    signedInAs: "Signed in as",
    expired: "Your session has expired or was ended by the authentication service.",
    signInAgain: "Sign in again",
  },
};

export function ShellLayout(props: { children?: ReactNode }) {
  const t = useMessages(messages);
  const { locale, setLocale } = useLocale();
  const { session, signOut, notice, registry, registryError } = useShell();
  // Signed in at the provider with no ComTem person yet: only the onboarding page is offered.
  const unlinked = session !== null && session.personId === null;
  return (
    <>
      <a className="visually-hidden-focusable" href="#main">
        {t.skip}
      </a>
      <header className="it-header-wrapper">
        <div className="it-header-slim-wrapper">
          <div className="container">
            <div className="it-header-slim-wrapper-content d-flex justify-content-between align-items-center">
              <span className="d-lg-block navbar-brand text-white">{t.region}</span>
              <div className="d-flex align-items-center gap-3">
                <button
                  type="button"
                  className="btn btn-sm btn-link text-white"
                  lang={locale === "it" ? "en" : "it"}
                  onClick={() => setLocale(locale === "it" ? "en" : "it")}
                  aria-label={`${t.language}: ${t.switchTo}`}
                >
                  {t.switchTo}
                </button>
                {session ? (
                  <>
                    <span className="text-white small" data-testid="signed-in">
                      {t.signedInAs} {session.fullName}
                    </span>
                    <button
                      type="button"
                      className="btn btn-sm btn-link text-white"
                      onClick={() => void signOut()}
                    >
                      {t.logout}
                    </button>
                  </>
                ) : (
                  <Link className="btn btn-sm btn-link text-white" to="/accedi">
                    {t.login}
                  </Link>
                )}
              </div>
            </div>
          </div>
        </div>
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="it-header-center-content-wrapper">
              <div className="it-brand-wrapper">
                <Link to="/">
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t.title}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t.tagline}</div>
                  </div>
                </Link>
              </div>
            </div>
          </div>
        </div>
        <div className="it-header-navbar-wrapper bg-primary">
          <div className="container">
            <nav className="navbar navbar-expand-lg has-megamenu" aria-label={t.mainNav}>
              <ul className="navbar-nav d-flex flex-row flex-wrap">
                <li className="nav-item">
                  <NavLink className="nav-link text-white" to="/" end>
                    <span>{t.home}</span>
                  </NavLink>
                </li>
                {session && !unlinked ? (
                  <li className="nav-item">
                    <NavLink className="nav-link text-white" to="/le-mie-comunita">
                      <span>{t.mine}</span>
                    </NavLink>
                  </li>
                ) : null}
                {(unlinked ? [] : (registry?.slices ?? [])).map((slice) => (
                  <li className="nav-item" key={slice.name}>
                    <NavLink className="nav-link text-white" to={`/${slice.name}`}>
                      <span>{sliceLabels[slice.name]?.[locale] ?? slice.name}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </header>
      {notice === "expired" && !session ? (
        <div className="container mt-3">
          <div className="alert alert-warning" role="alert" data-testid="session-expired">
            {t.expired} <Link to="/accedi">{t.signInAgain}</Link>
          </div>
        </div>
      ) : null}
      {registryError ? (
        <div className="container mt-3">
          <div className="alert alert-warning" role="status">
            {t.registryDown}
          </div>
        </div>
      ) : null}
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="it-footer mt-5">
        <div className="it-footer-small-prints clearfix bg-primary py-3">
          <div className="container">
            <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
              <li className="list-inline-item text-white">{t.footer}</li>
              <li className="list-inline-item">
                <Link className="text-white" to="/accessibilita">
                  {t.accessibility}
                </Link>
              </li>
            </ul>
          </div>
        </div>
      </footer>
    </>
  );
}
