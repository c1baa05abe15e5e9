/** The signed-in user of this browser tab: kept in sessionStorage, gone when the tab closes. */
export interface Session {
  token: string;
  /**
   * The ComTem person the gateway linked the token's identity to (docs/identity.md); null while
   * no person is linked: the shell then shows only the onboarding page.
   */
  personId: string | null;
  fullName: string;
  via: "dev" | "oidc";
  /** When the access token expires; a provider session is renewed before (auth/oidc.ts). */
  expiresAt: number;
}

const KEY = "comtem.session";

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    // An expired provider session may still be renewed with its refresh token (watchOidcSession).
    const expired = session.via === "dev" && session.expiresAt <= Date.now();
    if (!session.token || expired) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

export interface DevPerson {
  id: string;
  fullName: string;
  systemRoles: string[];
  organization?: { name: string } | null;
}

/** The seeded people the development issuer can mint tokens for. */
export async function listDevPeople(issuerUrl: string): Promise<DevPerson[]> {
  const response = await fetch(`${issuerUrl}/people`);
  if (!response.ok) throw new Error(`The development issuer answered ${response.status}`);
  return ((await response.json()) as { people: DevPerson[] }).people;
}

export async function devLogin(issuerUrl: string, personId: string): Promise<Session> {
  const response = await fetch(`${issuerUrl}/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw new Error(`The development issuer answered ${response.status}`);
  const body = (await response.json()) as {
    access_token: string;
    expires_in: number;
    person: DevPerson;
  };
  return {
    token: body.access_token,
    personId: body.person.id,
    fullName: body.person.fullName,
    via: "dev",
    expiresAt: Date.now() + body.expires_in * 1000,
  };
}

/** The gateway's `GET /session`: who the bearer is for ComTem. */
export interface SessionIdentity {
  signedIn: boolean;
  linked: boolean;
  personId: string | null;
  systemRoles: string[];
}

/**
 * Asks the gateway who a provider's token is for ComTem: the token's subject is the provider's,
 * never our person id. A refused token (401) rejects: the session cannot start.
 */
export async function identify(gatewayUrl: string, token: string): Promise<SessionIdentity> {
  const response = await fetch(`${gatewayUrl}/session`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`The gateway answered ${response.status}`);
  return (await response.json()) as SessionIdentity;
}
