/** The signed-in user of this browser tab: kept in sessionStorage, gone when the tab closes. */
export interface Session {
  token: string;
  personId: string;
  fullName: string;
  via: "dev" | "oidc";
  expiresAt: number;
}

const KEY = "comtem.session";

export function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (!session.token || session.expiresAt <= Date.now()) {
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
