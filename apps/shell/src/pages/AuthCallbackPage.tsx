import { ErrorState, LoadingSkeleton, Page } from "@comtem/ui";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { completeOidcLogin } from "../auth/oidc";
import { useShell } from "../shell-context";

/** Where the identity provider sends the browser back with the authorization code. */
export function AuthCallbackPage() {
  const { config, setSession } = useShell();
  const navigate = useNavigate();
  const [error, setError] = useState<Error | null>(null);
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (!config.oidc) {
      setError(new Error("OIDC is not configured"));
      return;
    }
    completeOidcLogin(config.oidc).then(
      ({ session, returnTo }) => {
        setSession(session);
        void navigate(returnTo, { replace: true });
      },
      (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))),
    );
  }, [config.oidc, navigate, setSession]);
  return (
    <Page title="…">{error ? <ErrorState error={error} /> : <LoadingSkeleton lines={2} />}</Page>
  );
}
