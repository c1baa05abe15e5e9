import type { OidcConfig } from "../config";
import type { Session } from "./session";

/**
 * Authorization code + PKCE with a real identity provider (the Region's, brokering SPID/CIE),
 * through oidc-client-ts. Loaded on demand: the library is not in the shell's initial bundle.
 * The redirect comes back to /auth/callback on the shell's origin.
 */
async function userManager(config: OidcConfig) {
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/auth/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: "code",
    scope: config.scope ?? "openid profile",
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}

/** Sends the browser to the identity provider (PKCE verifier kept in sessionStorage). */
export async function startOidcLogin(config: OidcConfig, returnTo: string): Promise<void> {
  const manager = await userManager(config);
  await manager.signinRedirect({ state: { returnTo } });
}

/** Completes the redirect: exchanges the code (with the PKCE verifier) for tokens. */
export async function completeOidcLogin(
  config: OidcConfig,
): Promise<{ session: Session; returnTo: string }> {
  const manager = await userManager(config);
  const user = await manager.signinRedirectCallback();
  const profile = user.profile as {
    sub: string;
    name?: string;
    given_name?: string;
    family_name?: string;
  };
  const state = (user.state ?? {}) as { returnTo?: string };
  return {
    session: {
      // The gateway verifies this token against the provider's JWKS (OIDC_ISSUER, OIDC_JWKS_URL).
      token: user.id_token && !user.access_token ? user.id_token : user.access_token,
      personId: profile.sub,
      fullName: profile.name ?? [profile.given_name, profile.family_name].filter(Boolean).join(" "),
      via: "oidc",
      expiresAt: (user.expires_at ?? Math.floor(Date.now() / 1000) + 3600) * 1000,
    },
    returnTo: state.returnTo?.startsWith("/") ? state.returnTo : "/",
  };
}

export async function oidcLogout(config: OidcConfig): Promise<void> {
  const manager = await userManager(config);
  await manager.removeUser();
}
