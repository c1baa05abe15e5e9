import { createGraphiQLFetcher, type Fetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { useMemo, useState } from "react";
import { examples, headersTemplate } from "./examples";

/** Codes of the gateway's refusals that an API key or a token would lift. */
const NEEDS_IDENTITY = new Set([
  "INTROSPECTION_DISABLED",
  "PERSISTED_QUERY_REQUIRED",
  "UNAUTHENTICATED",
  "API_KEY_INVALID",
]);

function refusalCode(result: unknown): string | undefined {
  const errors = (result as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
  const code = errors?.find((e) => typeof e.extensions?.code === "string")?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * GraphiQL on this gateway's own /graphql. When the schema is refused (production without an
 * API key or token), GraphiQL shows the gateway's error and a line above it says what to do.
 */
export function Explorer() {
  const [refused, setRefused] = useState<string | undefined>();
  const fetcher = useMemo<Fetcher>(() => {
    const base = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).href });
    return async (params, options) => {
      const result = await base(params, options);
      if (params.operationName === "IntrospectionQuery") {
        const code = refusalCode(result);
        setRefused(code && NEEDS_IDENTITY.has(code) ? code : undefined);
      }
      return result;
    };
  }, []);

  return (
    <div className="explorer">
      <header className="explorer-header">
        <strong>ComTem API explorer</strong>
        <span lang="it">
          Le richieste vanno a <code>/graphql</code> di questo gateway; chiave API o token in
          Headers.
        </span>
        <span lang="en">
          Requests go to this gateway&apos;s <code>/graphql</code>; API key or token in Headers.
        </span>
      </header>
      {refused && (
        <p className="explorer-hint" role="alert" data-code={refused}>
          <span lang="it">
            Lo schema e le query libere sono per chi si identifica: metti la tua chiave API (
            <code>x-api-key</code>) o un token (<code>authorization: Bearer …</code>) in Headers e
            ricarica lo schema (Ctrl+Shift+R).
          </span>{" "}
          <span lang="en">
            The schema and free-form queries are for identified callers: put your API key (
            <code>x-api-key</code>) or a token (<code>authorization: Bearer …</code>) in Headers and
            re-fetch the schema (Ctrl+Shift+R).
          </span>
        </p>
      )}
      <div className="explorer-graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={examples.map((example) => ({
            query: example.query,
            variables: example.variables,
            headers: headersTemplate,
          }))}
          defaultHeaders={headersTemplate}
          defaultEditorToolsVisibility="headers"
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}
