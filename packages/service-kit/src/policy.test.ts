import { describe, expect, it } from "vitest";
import { policy, type GoalActionFacts } from "./policy.js";
import { anonymous, type CommunityRole, type Principal } from "./principal.js";

const community = "c0000000-0000-4000-8000-000000000001";
const other = "c0000000-0000-4000-8000-000000000002";
const person = (id: string, role?: CommunityRole, communityId = community): Principal => ({
  personId: id,
  systemRoles: [],
  communityRoles: role ? [{ communityId, role }] : [],
});
const goalAction: GoalActionFacts = {
  communityId: community,
  referentIds: ["referent"],
  workingGroupMemberIds: ["lead", "member"],
};

describe('policy["goalAction.deliver"]', () => {
  it.each<[string, Principal, boolean]>([
    ["anonymous", anonymous, false],
    ["a participant in the working group", person("member", "PARTECIPANTE"), true],
    ["the working group's lead", person("lead", "PARTECIPANTE"), true],
    ["a goal-action referent", person("referent", "PARTECIPANTE"), true],
    ["a participant outside the working group", person("someone", "PARTECIPANTE"), false],
    ["a co-coordinator of the community", person("someone", "CO_COORDINATORE"), true],
    ["a Region referent of the community", person("someone", "REFERENTE_REGIONE"), true],
    ["a co-coordinator of another community", person("x", "CO_COORDINATORE", other), false],
    ["an admin", { ...person("admin"), systemRoles: ["ADMIN"] }, true],
  ])("%s → %s", (_name, principal, allowed) => {
    expect(policy["goalAction.deliver"](principal, goalAction)).toBe(allowed);
  });
});
