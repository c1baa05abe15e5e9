import type { ShellConfig } from "./config";

function originOf(url: string): string | null {
  try {
    return new URL(url, window.location.href).origin;
  } catch {
    return null;
  }
}

/**
 * The shell's Content Security Policy, from its run-time configuration: scripts only from its own
 * origin and the allowed slice origins; requests only to those, the gateway and the identity
 * provider; no plugins, no `<base>` elsewhere. It stops injected scripts from other hosts and a
 * token being sent to an unknown one; it cannot stop an allowed slice, which is why that list is
 * short and admin-controlled (docs/adr/0010-browser-session.md). Styles keep 'unsafe-inline':
 * the UI kit sets inline styles, and styles cannot carry the token anywhere `connect-src` and
 * `img-src` do not allow.
 */
export function contentSecurityPolicy(config: ShellConfig): string {
  const slices = config.allowedSliceOrigins;
  const connect = [
    originOf(config.gatewayUrl),
    config.oidc ? originOf(config.oidc.authority) : null,
    ...slices,
    // A slice's development server pushes its changes over a WebSocket on its own origin.
    ...slices.map((o) => o.replace(/^http/, "ws")),
  ].filter((o): o is string => o !== null);
  const list = (...sources: string[]) => [...new Set(sources)].join(" ");
  return [
    `default-src 'self'`,
    `script-src ${list("'self'", ...slices)}`,
    `style-src ${list("'self'", "'unsafe-inline'", ...slices)}`,
    `img-src ${list("'self'", "data:", ...slices)}`,
    `font-src ${list("'self'", "data:", ...slices)}`,
    `connect-src ${list("'self'", ...connect)}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
  ].join("; ");
}

/**
 * Puts the policy in force before any slice is loaded. A `<meta>` policy (not a header) because
 * the origins come from `/config.json`, read at run time, and the shell is static files any web
 * server can serve; a deployment may also send the same policy as a header.
 */
export function applyContentSecurityPolicy(config: ShellConfig): void {
  const meta = document.createElement("meta");
  meta.httpEquiv = "Content-Security-Policy";
  meta.content = contentSecurityPolicy(config);
  document.head.prepend(meta);
}
