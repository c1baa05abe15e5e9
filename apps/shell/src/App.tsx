import { ClientProvider, createClient } from "@comtem/client";
import { LocaleProvider, type Locale } from "@comtem/ui";
import { useEffect, useMemo, useState } from "react";
import { Route, Routes, useParams } from "react-router";
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
import { ShellContext, type ShellState } from "./shell-context";

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

  const setSession = (next: Session | null) => {
    writeSession(next);
    setSessionState(next);
  };

  // A new client per token: every slice's queries run again as the new caller.
  const token = session?.token ?? null;
  const client = useMemo(
    () =>
      createClient({
        url: `${config.gatewayUrl}/graphql`,
        getToken: () => token,
        persistedDocuments: config.persistedDocuments,
      }),
    [config, token],
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

  const state: ShellState = { config, session, setSession, registry, registryError };
  return (
    <ShellContext.Provider value={state}>
      <LocaleProvider locale={locale} setLocale={setLocale}>
        <ClientProvider client={client}>
          <ShellLayout>
            <Routes>
              <Route path="/" element={<HomePage />} />
              <Route path="/le-mie-comunita" element={<MyCommunitiesPage />} />
              <Route path="/accessibilita" element={<AccessibilityPage />} />
              <Route path="/accedi" element={<LoginPage />} />
              <Route path="/auth/callback" element={<AuthCallbackPage />} />
              <Route path="/:sliceName/*" element={<SliceRoute registry={registry} />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </ShellLayout>
        </ClientProvider>
      </LocaleProvider>
    </ShellContext.Provider>
  );
}
