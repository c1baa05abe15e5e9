import { ClientProvider, createClient } from "@comtem/client";
import { LocaleProvider, type Locale } from "@comtem/ui";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Route, Routes, useParams } from "react-router";
import { oidcLogout, watchOidcSession } from "./auth/oidc";
import { readSession, writeSession, type Session } from "./auth/session";
import type { ShellConfig } from "./config";
import { fetchRegistry, type Registry } from "./federation/registry";
import { RemoteSlice } from "./federation/RemoteSlice";
import { ShellLayout } from "./layout/ShellLayout";
import { AccessibilityPage } from "./pages/AccessibilityPage";
import { AuthCallbackPage } from "./pages/AuthCallbackPage";
import { HomePage } from "./pages/HomePage";
import { LoginPage } from "./pages/LoginPage";
import { MyCommunitiesPage } from "./pages/MyCommunitiesPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { OnboardingPage } from "./pages/OnboardingPage";
import { ShellContext, type SessionNotice, type ShellState } from "./shell-context";

const LOCALE_KEY = "comtem.locale";

function initialLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return stored === "en" ? "en" : "it";
}

function SliceRoute(props: { registry: Registry | null }) {
  const { sliceName } = useParams();
  const slice = props.registry?.slices.find((s) => s.name === sliceName);
  if (!props.registry) return null;
  if (!slice) return <NotFoundPage />;
  return (
    <RemoteSlice key={`${slice.name}@${slice.version}`} slice={slice} basePath={`/${slice.name}`} />
  );
}

export function App(props: { config: ShellConfig }) {
  const { config } = props;
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [session, setSessionState] = useState<Session | null>(readSession);
  const [registry, setRegistry] = useState<Registry | null>(null);
  const [registryError, setRegistryError] = useState<Error | null>(null);

  const setLocale = (next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next);
    setLocaleState(next);
  };
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const [notice, setNotice] = useState<SessionNotice | null>(null);

  const setSession = useCallback((next: Session | null) => {
    writeSession(next);
    setSessionState(next);
    if (next) setNotice(null);
  }, []);

  const signOut = useCallback(async () => {
    const wasProvider = session?.via === "oidc";
    setSession(null);
    // Ends the session at the provider too: signing in again asks for credentials.
    if (wasProvider && config.oidc) await oidcLogout(config.oidc);
  }, [config.oidc, session?.via, setSession]);

  // A provider session is renewed silently before its token expires; when it cannot be, the
  // person is told to sign in again (and nothing is sent with a dead token).
  const via = session?.via;
  useEffect(() => {
    if (via !== "oidc" || !config.oidc) return;
    let stop: (() => void) | undefined;
    let active = true;
    watchOidcSession(config.oidc, {
      onRenewed: ({ token, expiresAt }) =>
        setSessionState((current) => {
          const next = current ? { ...current, token, expiresAt } : current;
          writeSession(next);
          return next;
        }),
      onLost: () => {
        setSession(null);
        setNotice("expired");
      },
    }).then(
      (unwatch) => (active ? (stop = unwatch) : unwatch()),
      () => {
        setSession(null);
        setNotice("expired");
      },
    );
    return () => {
      active = false;
      stop?.();
    };
  }, [via, config.oidc, setSession]);

  // The token is read at every request, so a renewed token needs no new client. A new client per
  // caller: every slice's queries run again as the new person.
  const token = useRef<string | null>(null);
  token.current = session?.token ?? null;
  const caller = session ? `${session.via}:${session.personId ?? "unlinked"}` : "anonymous";
  const client = useMemo(
    () =>
      createClient({
        url: `${config.gatewayUrl}/graphql`,
        getToken: () => token.current,
        persistedDocuments: config.persistedDocuments,
      }),
    [config, caller],
  );

  // The registry is read at every page load: a slice registered or rolled back while the shell
  // runs appears on the next load, with no rebuild or restart of the shell.
  useEffect(() => {
    const anonymous = createClient({
      url: `${config.gatewayUrl}/graphql`,
      persistedDocuments: config.persistedDocuments,
    });
    fetchRegistry(anonymous, config.allowedSliceOrigins).then(setRegistry, (error: unknown) =>
      setRegistryError(error instanceof Error ? error : new Error(String(error))),
    );
  }, [config]);

  const state: ShellState = {
    config,
    session,
    setSession,
    signOut,
    notice,
    registry,
    registryError,
  };
  // Signed in at the provider, but no ComTem person is linked yet: the onboarding page only.
  const unlinked = session !== null && session.personId === null;
  return (
    <ShellContext.Provider value={state}>
      <LocaleProvider locale={locale} setLocale={setLocale}>
        <ClientProvider client={client}>
          <ShellLayout>
            {unlinked ? (
              <Routes>
                <Route path="/accessibilita" element={<AccessibilityPage />} />
                <Route path="*" element={<OnboardingPage />} />
              </Routes>
            ) : (
              <Routes>
                <Route path="/" element={<HomePage />} />
                <Route path="/le-mie-comunita" element={<MyCommunitiesPage />} />
                <Route path="/accessibilita" element={<AccessibilityPage />} />
                <Route path="/accedi" element={<LoginPage />} />
                <Route path="/auth/callback" element={<AuthCallbackPage />} />
                <Route path="/:sliceName/*" element={<SliceRoute registry={registry} />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            )}
          </ShellLayout>
        </ClientProvider>
      </LocaleProvider>
    </ShellContext.Provider>
  );
}
