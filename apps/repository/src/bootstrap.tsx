/**
 * Standalone mount for development: `pnpm dev` serves this slice alone on its own port, talking
 * to the gateway (PUBLIC_GATEWAY_URL, default http://localhost:4000) as anonymous, or as the
 * person whose development token is in PUBLIC_COMTEM_TOKEN (`pnpm token <personId>`).
 * Inside the shell this file is not used: the shell mounts `./App` with its own providers.
 */
import { ClientProvider, createClient } from "@comtem/client";
import { LocaleProvider, type Locale } from "@comtem/ui";
import "@comtem/ui/styles.css";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import App from "./export-app";
import { SLICE_NAME } from "./slice";

const gatewayUrl = import.meta.env.PUBLIC_GATEWAY_URL || "http://localhost:4000";
const token = import.meta.env.PUBLIC_COMTEM_TOKEN || null;
const client = createClient({ url: `${gatewayUrl}/graphql`, getToken: () => token });

function Standalone() {
  const [locale, setLocale] = useState<Locale>("it");
  const basePath = `/${SLICE_NAME}`;
  return (
    <LocaleProvider locale={locale} setLocale={setLocale}>
      <ClientProvider client={client}>
        <BrowserRouter>
          <main id="main">
            <Routes>
              <Route
                path={`${basePath}/*`}
                element={<App basePath={basePath} sliceName={SLICE_NAME} />}
              />
              <Route path="*" element={<Navigate to={basePath} replace />} />
            </Routes>
          </main>
        </BrowserRouter>
      </ClientProvider>
    </LocaleProvider>
  );
}

createRoot(document.getElementById("root")!).render(<Standalone />);
