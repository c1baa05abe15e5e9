import type { UserManager } from "oidc-client-ts";
import type { OidcConfig } from "../config";

/**
 * Authorization code + PKCE with a real identity provider (the Region's, brokering SPID/CIE),
 * through oidc-client-ts. Loaded on demand: the library is not in the shell's initial bundle.
 * The redirect comes back to /auth/callback on the shell's origin; logout goes through the
 * provider's end-session endpoint and back to the home page.
 *
 * Tokens are renewed silently with the refresh token (rotated by the provider) before the access
 * token expires; when renewal fails (refresh token revoked or expired, provider session ended)
 * the shell ends its session and says so (`onLost`). Where the tokens live and who can read them:
 * docs/adr/0010-browser-session.md.
 */

/**
 * Seconds before expiry at which the access token is renewed: enough for a slow network, and
 * short enough for tokens of a minute (the library's default, 60, would renew those every second).
 */
const RENEW_AHEAD_SECONDS = 20;

/** One manager per configuration (the shell's configuration does not change while it runs). */
const managers = new Map<string, Promise<UserManager>>();

function userManager(config: OidcConfig): Promise<UserManager> {
  const key = `${config.authority}|${config.clientId}`;
  let manager = managers.get(key);
  if (!manager) {
    manager = import("oidc-client-ts").then(
      ({ UserManager, WebStorageStateStore }) =>
        new UserManager({
          authority: config.authority,
          client_id: config.clientId,
          redirect_uri: `${window.location.origin}/auth/callback`,
          post_logout_redirect_uri: `${window.location.origin}/`,
          response_type: "code",
          scope: config.scope ?? "openid profile email offline_access",
          ...(config.resource ? { resource: config.resource } : {}),
          userStore: new WebStorageStateStore({ store: window.sessionStorage }),
          automaticSilentRenew: true,
          accessTokenExpiringNotificationTimeInSeconds: RENEW_AHEAD_SECONDS,
          // Renewal uses the refresh token; the provider's session is not polled in an iframe.
          monitorSession: false,
        }),
    );
    managers.set(key, manager);
  }
  return manager;
}

/** What a sign-in or a renewal gives the shell: the bearer token for the gateway and its expiry. */
export interface OidcTokens {
  token: string;
  expiresAt: number;
  /** The provider's name for the person, shown until ComTem's own answers. */
  displayName: string;
}

function tokensOf(user: {
  access_token: string;
  expires_at?: number;
  profile: Record<string, unknown>;
}): OidcTokens {
  const profile = user.profile as { name?: string; given_name?: string; family_name?: string };
  return {
    // The gateway verifies this token against the provider's keys (discovery, JWKS).
    token: user.access_token,
    expiresAt: (user.expires_at ?? Math.floor(Date.now() / 1000) + 300) * 1000,
    displayName:
      profile.name ?? [profile.given_name, profile.family_name].filter(Boolean).join(" "),
  };
}

/** Sends the browser to the identity provider (PKCE verifier kept in sessionStorage). */
export async function startOidcLogin(config: OidcConfig, returnTo: string): Promise<void> {
  const manager = await userManager(config);
  await manager.signinRedirect({ state: { returnTo } });
}

/** Completes the redirect: exchanges the code (with the PKCE verifier) for tokens. */
export async function completeOidcLogin(
  config: OidcConfig,
): Promise<OidcTokens & { returnTo: string }> {
  const manager = await userManager(config);
  const user = await manager.signinRedirectCallback();
  const state = (user.state ?? {}) as { returnTo?: string };
  return {
    ...tokensOf(user),
    // Only a path of this site: never an absolute URL from the state.
    returnTo:
      state.returnTo?.startsWith("/") && !state.returnTo.startsWith("//") ? state.returnTo : "/",
  };
}

export interface OidcSessionHandlers {
  /** A renewed access token (silent renew). */
  onRenewed(tokens: OidcTokens): void;
  /** The session cannot be renewed: the person must sign in again. */
  onLost(): void;
}

/**
 * Keeps a provider session alive while the shell runs: renews before expiry, and after a reload
 * renews at once when the stored access token has already expired. Returns the function that
 * stops watching.
 */
export async function watchOidcSession(
  config: OidcConfig,
  handlers: OidcSessionHandlers,
): Promise<() => void> {
  const manager = await userManager(config);
  const lost = () => {
    void manager.removeUser();
    handlers.onLost();
  };
  const removers = [
    manager.events.addUserLoaded((user) => handlers.onRenewed(tokensOf(user))),
    manager.events.addSilentRenewError(lost),
  ];
  const user = await manager.getUser();
  if (!user) lost();
  else if (user.expired) {
    if (user.refresh_token) await manager.signinSilent().catch(lost);
    else lost();
  }
  return () => removers.forEach((remove) => remove());
}

/**
 * Ends the session at the provider too: revokes the refresh token, then sends the browser to the
 * provider's end-session endpoint, which comes back to the home page. Signing in again asks for
 * credentials.
 */
export async function oidcLogout(config: OidcConfig): Promise<void> {
  const manager = await userManager(config);
  const user = await manager.getUser();
  if (!user) return;
  // The refresh token dies with the session. A failed revocation must not keep anyone signed in:
  // oidc-client-ts also rejects an empty `text/plain` 200, which RFC 7009 allows (oidc-provider
  // answers so), though the token was revoked.
  await manager.revokeTokens(["refresh_token"]).catch(() => undefined);
  await manager.signoutRedirect({ id_token_hint: user.id_token });
}
