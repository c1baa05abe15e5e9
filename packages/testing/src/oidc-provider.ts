import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Configuration, KoaContextWithOIDC } from "oidc-provider";

/** A person the test provider knows: the login is the fiscal code, the password is the caller's. */
export interface OidcTestAccount {
  fiscalCode: string;
  password: string;
  givenName: string;
  familyName: string;
  email: string;
  /** The provider's subject; a SPID broker's `TINIT-<fiscal code>` unless given. */
  subject?: string;
}

export interface OidcProviderOptions {
  accounts: readonly OidcTestAccount[];
  /** Where the shell may be sent back after sign-in (authorization code + PKCE). */
  redirectUris: readonly string[];
  /** Where the shell may be sent back after logout at the provider; the redirect URIs if unset. */
  postLogoutRedirectUris?: readonly string[];
  /** `aud` of the JWT access tokens (the gateway's OIDC_AUDIENCE). */
  audience: string;
  /**
   * The resource indicator (RFC 8707, an absolute URI) those tokens are for, also the default
   * one: the audience when it is a URI, `urn:comtem:<audience>` otherwise.
   */
  resource?: string;
  /** Access token lifetime in seconds (default 600). */
  accessTokenTtl?: number;
  /** Refresh token lifetime in seconds (default one day). */
  refreshTokenTtl?: number;
  clientId?: string;
}

export interface OidcTestProvider {
  /** The issuer URL (`iss`), also the base of discovery: `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  audience: string;
  resource: string;
  /** The subject an account's tokens carry. */
  subjectOf(fiscalCode: string): string;
  close(): Promise<void>;
}

/** The scopes the shell may ask for; `comtem` is the gateway's API (resource server scope). */
const API_SCOPE = "comtem";

const html = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>${html(title)}</title></head><body><main><h1>${html(title)}</h1>${body}</main></body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * A real OpenID Connect provider (`oidc-provider`, certified) for tests, on a free port of
 * 127.0.0.1: discovery, JWKS, a public client for the shell (authorization code + PKCE S256, no
 * secret), rotating refresh tokens, RP-initiated logout, and RS256 JWT access tokens for the
 * caller's audience. Accounts look like a SPID broker's: subject `TINIT-<fiscal code>`, claims
 * `fiscal_number`, `given_name`, `family_name`, `email`. Its login page is a plain HTML form
 * (`username` = fiscal code, `password`), so browser tests fill it as people would.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcTestProvider> {
  // Loaded on demand: most tests import @comtem/testing without needing a provider.
  const { default: Provider, errors } = await import("oidc-provider");
  const clientId = options.clientId ?? "comtem-shell";
  const subjectOf = (account: OidcTestAccount) => account.subject ?? `TINIT-${account.fiscalCode}`;
  const bySubject = new Map(options.accounts.map((a) => [subjectOf(a), a]));
  const byFiscalCode = new Map(options.accounts.map((a) => [a.fiscalCode.toUpperCase(), a]));

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "test-rs256", use: "sig" };
  const resource =
    options.resource ??
    (URL.canParse(options.audience) ? options.audience : `urn:comtem:${options.audience}`);
  const redirectOrigins = new Set(options.redirectUris.map((uri) => new URL(uri).origin));

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_name: "ComTem",
        token_endpoint_auth_method: "none",
        application_type: "web",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: [...options.redirectUris],
        post_logout_redirect_uris: [...(options.postLogoutRedirectUris ?? options.redirectUris)],
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    scopes: ["openid", "profile", "email", "offline_access", API_SCOPE],
    claims: {
      openid: ["sub"],
      profile: ["given_name", "family_name", "fiscal_number"],
      email: ["email"],
    },
    // Claims in the ID token too: the access token is for the gateway, not for userinfo.
    conformIdTokenClaims: false,
    async findAccount(_ctx, id) {
      const account = bySubject.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          fiscal_number: `TINIT-${account.fiscalCode}`,
          given_name: account.givenName,
          family_name: account.familyName,
          email: account.email,
        }),
      };
    },
    // The gateway matches a first sign-in to a nominated person by fiscal code.
    async extraTokenClaims(_ctx, token) {
      const account = "accountId" in token ? bySubject.get(String(token.accountId)) : undefined;
      return account ? { fiscal_number: `TINIT-${account.fiscalCode}` } : undefined;
    },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page(
            "Esci",
            `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Esci</button>`,
          );
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page("Sei uscito", "<p>La sessione è terminata.</p>");
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        async getResourceServerInfo(_ctx, indicator) {
          if (indicator !== resource) throw new errors.InvalidTarget();
          return {
            scope: API_SCOPE,
            audience: options.audience,
            accessTokenFormat: "jwt",
            accessTokenTTL: options.accessTokenTtl ?? 600,
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
    },
    // The shell is first-party: no consent page, its grant covers what it asks for.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, params, result, provider } = ctx.oidc;
      const grantId = result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
      if (grantId) {
        const existing = await provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new provider.Grant({
        clientId: client!.clientId,
        accountId: session!.accountId,
      });
      grant.addOIDCScope(String(params?.scope ?? "openid"));
      grant.addResourceScope(resource, API_SCOPE);
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    rotateRefreshToken: true,
    clientBasedCORS: (_ctx, origin) => redirectOrigins.has(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: options.accessTokenTtl ?? 600,
      IdToken: options.accessTokenTtl ?? 600,
      RefreshToken: options.refreshTokenTtl ?? 86_400,
      Session: 86_400,
      Grant: 86_400,
      Interaction: 600,
      AuthorizationCode: 60,
    },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = page("Errore", `<pre>${html(JSON.stringify(out))}</pre>`);
    },
  };

  const provider = new Provider(issuer, configuration);
  const oidc = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const action = `/interaction/${html(details.uid)}/login`;
    const form = (error?: string) =>
      page(
        "Accedi",
        `${error ? `<p role="alert">${html(error)}</p>` : ""}<form method="post" action="${action}">
<label for="username">Codice fiscale</label> <input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Entra</button></form>`,
      );
    if (req.method === "GET") {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
      });
      res.end(form());
      return;
    }
    const body = await formBody(req);
    const account = byFiscalCode.get((body.get("username") ?? "").trim().toUpperCase());
    if (!account || account.password !== body.get("password")) {
      res.writeHead(401, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
      });
      res.end(form("Codice fiscale o password errati."));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: subjectOf(account) } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on("request", (req, res) => {
    const path = new URL(req.url ?? "/", issuer).pathname;
    const ours =
      /^\/interaction\/[^/]+$/.test(path) && req.method === "GET"
        ? true
        : /^\/interaction\/[^/]+\/login$/.test(path) && req.method === "POST";
    if (!ours) {
      void oidc(req, res);
      return;
    }
    interaction(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.end();
      res.writeHead(400, { "content-type": "text/html; charset=utf-8" });
      res.end(page("Errore", `<p>${html(String((error as Error).message ?? error))}</p>`));
    });
  });

  return {
    issuer,
    clientId,
    audience: options.audience,
    resource,
    subjectOf: (fiscalCode) => {
      const account = byFiscalCode.get(fiscalCode.toUpperCase());
      if (!account) throw new Error(`no test account ${fiscalCode}`);
      return subjectOf(account);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
