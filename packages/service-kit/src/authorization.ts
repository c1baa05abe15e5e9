import type { AuthChecker } from "type-graphql";
import { AuthenticationError, NotAllowedError } from "./errors.js";
import type { Principal } from "./principal.js";

export interface PrincipalContext {
  principal: Principal;
}

/**
 * type-graphql auth checker. `@Authorized()` = any authenticated person; `@Authorized("ADMIN")`
 * = that system role (GATEWAY for the gateway's internal lookups). Object-level rules (own
 * profile, community role) live in services. Throws rather than returning false so the code
 * is precise.
 */
export const authChecker: AuthChecker<PrincipalContext> = ({ context }, roles) => {
  const { principal } = context;
  if (roles.some((role) => principal.systemRoles.includes(role as never))) return true;
  if (!principal.personId) throw new AuthenticationError("Log in to do this");
  if (roles.length === 0) return true;
  throw new NotAllowedError("Your role does not allow this");
};
