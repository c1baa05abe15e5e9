import { createContext, useContext } from "react";
import type { Session } from "./auth/session";
import type { ShellConfig } from "./config";
import type { Registry } from "./federation/registry";

/** Why the shell ended a session by itself: shown until the person signs in again. */
export type SessionNotice = "expired";

export interface ShellState {
  config: ShellConfig;
  session: Session | null;
  setSession: (session: Session | null) => void;
  /** Ends the session, at the identity provider too when signed in there. */
  signOut: () => Promise<void>;
  notice: SessionNotice | null;
  registry: Registry | null;
  registryError: Error | null;
}

export const ShellContext = createContext<ShellState | null>(null);

export function useShell(): ShellState {
  const state = useContext(ShellContext);
  if (!state) throw new Error("useShell outside the shell");
  return state;
}

/** Labels of the platform's own slices; a community's slice shows its registered name. */
export const sliceLabels: Record<string, { it: string; en: string }> = {
  communities: { it: "Comunità", en: "Communities" },
  planning: { it: "Pianificazione", en: "Planning" },
  repository: { it: "Risorse", en: "Resources" },
  people: { it: "Persone ed enti", en: "People and bodies" },
};
