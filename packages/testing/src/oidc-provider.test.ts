import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OidcBrowser as Browser, formOf } from "./oidc-login.js";
import { startOidcProvider, type OidcTestProvider } from "./oidc-provider.js";

const REDIRECT = "http://localhost:3000/auth/callback";
const AFTER_LOGOUT = "http://localhost:3000/";
const rossi = {
  fiscalCode: "RSSMRA80A01H501U",
  password: "correct horse",
  givenName: "Mario",
  familyName: "Rossi",
  email: "mario.rossi@demo.comtem.example",
};

describe("startOidcProvider", () => {
  let provider: OidcTestProvider;
  let discovery: Record<string, string>;
  beforeAll(async () => {
    provider = await startOidcProvider({
      accounts: [rossi],
      redirectUris: [REDIRECT],
      postLogoutRedirectUris: [AFTER_LOGOUT],
      audience: "comtem",
    });
    discovery = (await (
      await fetch(`${provider.issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
  });
  afterAll(async () => {
    await provider?.close();
  });

  async function authorize(browser: Browser) {
    const verifier = randomBytes(32).toString("base64url");
    const state = randomBytes(8).toString("hex");
    const url = new URL(discovery.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: "comtem-shell",
      response_type: "code",
      scope: "openid profile email",
      redirect_uri: REDIRECT,
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
      state,
      nonce: randomBytes(8).toString("hex"),
    }).toString();
    return { page: await browser.follow(url.href, provider.issuer), verifier, state };
  }

  async function signIn(browser: Browser, page: string, password: string) {
    const { action } = formOf(page);
    return browser.follow(new URL(action, provider.issuer).href, provider.issuer, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: rossi.fiscalCode.toLowerCase(), password }),
    });
  }

  interface Tokens {
    access_token: string;
    id_token: string;
    refresh_token: string;
    token_type: string;
    error?: string;
  }
  const tokensOf = async (response: Response) => (await response.json()) as Tokens;

  const token = (params: Record<string, string>) =>
    fetch(discovery.token_endpoint!, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: "comtem-shell", ...params }),
    });

  it("runs authorization code + PKCE, JWT access tokens, refresh and logout", async () => {
    expect(discovery.issuer).toBe(provider.issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
    expect(discovery.end_session_endpoint).toBeTruthy();
    const browser = new Browser();

    // The login page is a real form; a wrong password stays on it.
    const { page, state } = await authorize(browser);
    expect(page).toBeInstanceOf(Response);
    const loginPage = page as Response;
    expect(loginPage.status).toBe(200);
    const refused = (await signIn(browser, await loginPage.text(), "wrong")) as Response;
    expect(refused.status).toBe(401);
    const retry = await refused.text();
    expect(retry).toContain("errati");
    const back = await signIn(browser, retry, rossi.password);
    expect(back).toBeInstanceOf(URL);
    const callback = back as URL;
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT);
    expect(callback.searchParams.get("state")).toBe(state);
    const code = callback.searchParams.get("code")!;

    // A code with the wrong PKCE verifier is refused (and spent).
    const wrong = randomBytes(32).toString("base64url");
    const stolen = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: wrong,
    });
    expect(stolen.status).toBe(400);
    // The provider's session answers the next authorization without the form.
    const { page: again, verifier } = await authorize(browser);
    const code2 = (again as URL).searchParams.get("code")!;
    const tokens = await tokensOf(
      await token({
        grant_type: "authorization_code",
        code: code2,
        redirect_uri: REDIRECT,
        code_verifier: verifier,
      }),
    );
    expect(tokens.token_type).toBe("Bearer");
    expect(tokens.refresh_token).toBeTruthy();

    // The access token is a JWT for the audience, verified against the JWKS of discovery.
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri!));
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, jwks, {
      issuer: provider.issuer,
      audience: "comtem",
      requiredClaims: ["exp", "iat"],
    });
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload.sub).toBe(`TINIT-${rossi.fiscalCode}`);
    expect(payload.sub).toBe(provider.subjectOf(rossi.fiscalCode));
    expect(payload.fiscal_number).toBe(`TINIT-${rossi.fiscalCode}`);
    const { payload: id } = await jwtVerify(tokens.id_token, jwks, {
      issuer: provider.issuer,
      audience: "comtem-shell",
    });
    expect(id).toMatchObject({
      sub: `TINIT-${rossi.fiscalCode}`,
      given_name: "Mario",
      family_name: "Rossi",
      email: rossi.email,
      fiscal_number: `TINIT-${rossi.fiscalCode}`,
    });

    // Refresh: a new access token and a rotated refresh token.
    const refreshed = await tokensOf(
      await token({ grant_type: "refresh_token", refresh_token: tokens.refresh_token }),
    );
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    const renewed = await jwtVerify(refreshed.access_token, jwks, {
      issuer: provider.issuer,
      audience: "comtem",
    });
    expect(renewed.payload.sub).toBe(payload.sub);

    // RP-initiated logout: the provider's confirmation form, then back to the shell.
    const logoutUrl = new URL(discovery.end_session_endpoint!);
    logoutUrl.search = new URLSearchParams({
      id_token_hint: refreshed.id_token ?? tokens.id_token,
      post_logout_redirect_uri: AFTER_LOGOUT,
      state: "bye",
    }).toString();
    const confirm = (await browser.follow(logoutUrl.href, provider.issuer)) as Response;
    const { action, fields } = formOf(await confirm.text());
    fields.set("logout", "yes");
    const afterLogout = await browser.follow(
      new URL(action, provider.issuer).href,
      provider.issuer,
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: fields,
      },
    );
    expect((afterLogout as URL).href).toBe(`${AFTER_LOGOUT}?state=bye`);

    // The session is over: its refresh token is dead, and signing in asks for credentials.
    const dead = await token({
      grant_type: "refresh_token",
      refresh_token: refreshed.refresh_token,
    });
    expect(dead.status).toBe(400);
    expect((await tokensOf(dead)).error).toBe("invalid_grant");
    const { page: fresh } = await authorize(browser);
    expect((fresh as Response).status).toBe(200);
    expect(await (fresh as Response).text()).toContain('name="password"');
    expect(decodeJwt(tokens.access_token).aud).toBe("comtem");
  });
});
