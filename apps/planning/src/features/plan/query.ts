import { graphql } from "../../gql";
import type { PlanDetailsQuery, PlanPageQuery } from "../../gql/graphql";

/** What every planning mutation reports about its input (expected outcomes, by field). */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);

/** Everything the plan page of a community shows and edits, with who is looking. */
export const PlanPageDocument = graphql(`
  query PlanPage($slug: String!) {
    community(slug: $slug) {
      id
      name
      nameEn
      viewerCan {
        createPlan
      }
      memberships {
        id
        role
        person {
          id
          fullName
        }
      }
      contributions {
        id
        kind
        title
      }
      plans {
        id
        year
        status
        goalActions {
          id
          code
        }
      }
    }
  }
`);

/** One plan in full: what the plan section shows and edits. */
export const PlanDetailsDocument = graphql(`
  query PlanDetails($id: ID!) {
    activityPlan(id: $id) {
      id
      year
      status
      viewerCan {
        edit
        advance
        addGoalAction
        manageWorkingGroups
      }
      approvedOn
      documentUrl
      agendaNote
      version
      goalActions {
        id
        code
        title
        description
        status
        progress
        needsWorkingGroup
        version
        timeline {
          plannedStart
          plannedEnd
        }
        deliverable {
          title
          kind
          dueOn
          status
        }
        viewerCan {
          deliver
        }
        deliverableResources {
          id
          title
          status
        }
        milestones {
          id
          title
          dueOn
          done
        }
        contributions {
          id
        }
        referents {
          id
          fullName
        }
        # Answered by planning alone: the ids survive when people does not answer (ADR 0005).
        referentKeys: referents {
          id
        }
        workingGroup {
          id
          name
          status
          composedOn
          startedOn
          version
          members {
            role
            joinedOn
            person {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);

export type PlanCommunity = NonNullable<PlanPageQuery["community"]>;
export type PlanListItem = NonNullable<PlanCommunity["plans"]>[number];
export type Plan = NonNullable<PlanDetailsQuery["activityPlan"]>;
export type GoalAction = Plan["goalActions"][number];
export type WorkingGroup = NonNullable<GoalAction["workingGroup"]>;
export type Member = PlanCommunity["memberships"][number];
export type Contribution = PlanCommunity["contributions"][number];
