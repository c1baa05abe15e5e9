/**
 * Run-time configuration of the shell, read from `/config.json` on its own origin before the
 * first render: the same build runs in every environment, and operators change the gateway,
 * the slice origin allowlist or the identity provider by replacing one file.
 */
export interface OidcConfig {
  /** Issuer URL of the identity provider (its /.well-known/openid-configuration is read). */
  authority: string;
  /** The shell's public client (authorization code + PKCE, no secret). */
  clientId: string;
  /** Default "openid profile email offline_access" (offline_access: a refresh token for silent renew). */
  scope?: string;
  /** Resource indicator (RFC 8707) of the gateway's API, when the provider needs one. */
  resource?: string;
}

export interface ShellConfig {
  gatewayUrl: string;
  /** Origins the shell loads slice code from; anything else in the registry is skipped. */
  allowedSliceOrigins: string[];
  /** Log in through the gateway's development issuer (never in production). */
  devIssuer: boolean;
  /**
   * Where the development issuer answers. Default: "/dev-issuer" on the shell's own origin,
   * proxied to the gateway by the dev/preview server (the gateway's CORS covers /graphql only).
   */
  devIssuerUrl: string;
  /** Send operations by persisted-document id (the gateway's safelist must be loaded). */
  persistedDocuments: boolean;
  /** Authorization code + PKCE login with a real identity provider, when configured. */
  oidc: OidcConfig | null;
  accessibilityFeedbackUrl: string;
}

export const defaultConfig: ShellConfig = {
  gatewayUrl: "http://localhost:4000",
  allowedSliceOrigins: Array.from({ length: 10 }, (_, i) => `http://localhost:${3001 + i}`),
  devIssuer: true,
  devIssuerUrl: "/dev-issuer",
  persistedDocuments: false,
  oidc: null,
  accessibilityFeedbackUrl: "mailto:accessibilita@comtem.example",
};

function origin(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** Merges `/config.json` over the defaults; a missing or broken file keeps the defaults. */
export async function loadConfig(): Promise<ShellConfig> {
  try {
    const response = await fetch("/config.json", { cache: "no-store" });
    if (!response.ok) return defaultConfig;
    const raw = (await response.json()) as Partial<ShellConfig>;
    return {
      ...defaultConfig,
      ...raw,
      gatewayUrl: (raw.gatewayUrl ?? defaultConfig.gatewayUrl).replace(/\/+$/, ""),
      allowedSliceOrigins: (raw.allowedSliceOrigins ?? defaultConfig.allowedSliceOrigins)
        .map(origin)
        .filter((o): o is string => o !== null),
    };
  } catch {
    return defaultConfig;
  }
}
