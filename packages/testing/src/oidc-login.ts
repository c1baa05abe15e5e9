import { createHash, randomBytes } from "node:crypto";
import type { OidcTestProvider } from "./oidc-provider.js";

/** A browser's cookies for one origin, enough for the provider's session and interaction. */
export class OidcBrowser {
  private cookies = new Map<string, string>();

  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", value = ""] = pair.trim().split(/=(.*)/s);
      const expired = attributes.some((a) => {
        const [key = "", val = ""] = a.trim().split("=");
        return (
          (key.toLowerCase() === "expires" && new Date(val).getTime() < Date.now()) ||
          (key.toLowerCase() === "max-age" && Number(val) <= 0)
        );
      });
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until one leaves `origin` (returned, not fetched) or a page answers. */
  async follow(url: string, origin: string, init?: RequestInit): Promise<Response | URL> {
    let response = await this.go(url, init);
    while (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get("location")!, response.url || url);
      if (next.origin !== origin) return next;
      response = await this.go(next.href);
    }
    return response;
  }
}

export function formOf(page: string): { action: string; fields: URLSearchParams } {
  const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
  if (!action) throw new Error(`no form in ${page}`);
  const fields = new URLSearchParams();
  for (const [, name, value] of page.matchAll(
    /<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g,
  )) {
    fields.set(name!, value!);
  }
  return { action: action.replace(/&amp;/g, "&"), fields };
}

/** The tokens of the provider's token endpoint. */
export interface OidcTokens {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  token_type: string;
  expires_in: number;
}

/**
 * Signs in at the test provider the way the shell and a person would, over HTTP without a
 * browser: authorization request (code + PKCE S256), the login form, the code exchange.
 * Returns the provider's tokens; the access token is the JWT the gateway verifies.
 */
export async function signInAtProvider(
  provider: OidcTestProvider,
  account: { fiscalCode: string; password: string },
  redirectUri: string,
): Promise<OidcTokens> {
  const discovery = (await (
    await fetch(`${provider.issuer}/.well-known/openid-configuration`)
  ).json()) as Record<string, string>;
  const browser = new OidcBrowser();
  const verifier = randomBytes(32).toString("base64url");
  const url = new URL(discovery.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: provider.clientId,
    response_type: "code",
    scope: "openid profile email",
    redirect_uri: redirectUri,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    state: randomBytes(8).toString("hex"),
  }).toString();
  const login = await browser.follow(url.href, provider.issuer);
  if (login instanceof URL) throw new Error(`no login form: sent to ${login.href}`);
  const { action } = formOf(await login.text());
  const back = await browser.follow(new URL(action, provider.issuer).href, provider.issuer, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username: account.fiscalCode, password: account.password }),
  });
  const code = back instanceof URL ? back.searchParams.get("code") : null;
  if (!code) throw new Error("the provider did not sign the account in");
  const response = await fetch(discovery.token_endpoint!, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      client_id: provider.clientId,
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return (await response.json()) as OidcTokens;
}
