import { createClient } from "@comtem/client";
import { ErrorState, LoadingSkeleton, Page } from "@comtem/ui";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { completeOidcLogin } from "../auth/oidc";
import { identify, type Session } from "../auth/session";
import type { ShellConfig } from "../config";
import { graphql } from "../gql";
import { useShell } from "../shell-context";

const SignedInPerson = graphql(`
  query ShellSignedInPerson {
    me {
      id
      fullName
    }
  }
`);

/**
 * Completes a provider sign-in: the code becomes tokens, then the gateway says which ComTem
 * person the provider's identity is linked to (never the provider's subject taken as our id),
 * and the person's name comes from ComTem's directory.
 */
async function signIn(config: ShellConfig): Promise<{ session: Session; returnTo: string }> {
  if (!config.oidc) throw new Error("OIDC is not configured");
  const { token, expiresAt, displayName, returnTo } = await completeOidcLogin(config.oidc);
  const identity = await identify(config.gatewayUrl, token);
  let fullName = displayName;
  if (identity.personId) {
    const client = createClient({
      url: `${config.gatewayUrl}/graphql`,
      getToken: () => token,
      persistedDocuments: config.persistedDocuments,
    });
    fullName = (await client.request(SignedInPerson)).me?.fullName ?? displayName;
  }
  return {
    session: { token, expiresAt, personId: identity.personId, fullName, via: "oidc" },
    returnTo,
  };
}

/** Where the identity provider sends the browser back with the authorization code. */
export function AuthCallbackPage() {
  const { config, setSession } = useShell();
  const navigate = useNavigate();
  const [error, setError] = useState<Error | null>(null);
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    signIn(config).then(
      ({ session, returnTo }) => {
        setSession(session);
        void navigate(returnTo, { replace: true });
      },
      (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))),
    );
  }, [config, navigate, setSession]);
  return (
    <Page title="…">{error ? <ErrorState error={error} /> : <LoadingSkeleton lines={2} />}</Page>
  );
}
