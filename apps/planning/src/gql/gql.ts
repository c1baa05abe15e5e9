/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SystemDashboard($year: Int!) {\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      goalActionsNeedingWorkingGroup\n      workingGroupsStartedByMonth {\n        month\n        count\n      }\n      deliverablesByKindAndStatus {\n        kind\n        status\n        count\n      }\n    }\n    activityPlans(first: 50, filter: { year: $year }) {\n      edges {\n        node {\n          id\n          status\n          community {\n            slug\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SystemDashboardDocument,
    "\n  query PlanYears {\n    activityPlans(first: 100) {\n      edges {\n        node {\n          year\n        }\n      }\n    }\n  }\n": typeof types.PlanYearsDocument,
    "\n  query Cronoprogramma($year: Int!) {\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedStart\n        plannedEnd\n      }\n      plan {\n        community {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.CronoprogrammaDocument,
    "\n  mutation CreateActivityPlan($input: CreatePlanInput!) {\n    createActivityPlan(input: $input) {\n      plan {\n        id\n        year\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateActivityPlanDocument,
    "\n  mutation CreateGoalAction($planId: ID!, $input: GoalActionInput!) {\n    createGoalAction(planId: $planId, input: $input) {\n      goalAction {\n        id\n        code\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateGoalActionDocument,
    "\n  mutation UpdateGoalAction($id: ID!, $version: Int!, $input: GoalActionInput!) {\n    updateGoalAction(id: $id, version: $version, input: $input) {\n      goalAction {\n        id\n        code\n        status\n        progress\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateGoalActionDocument,
    "\n  mutation UpdateActivityPlan($id: ID!, $version: Int!, $input: UpdatePlanInput!) {\n    updateActivityPlan(id: $id, version: $version, input: $input) {\n      plan {\n        id\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateActivityPlanDocument,
    "\n  mutation AdvanceActivityPlan($id: ID!, $version: Int!, $status: PlanStatus!) {\n    advanceActivityPlan(id: $id, version: $version, status: $status) {\n      plan {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AdvanceActivityPlanDocument,
    "\n  mutation CreateWorkingGroup($goalActionId: ID!, $name: String!) {\n    createWorkingGroup(goalActionId: $goalActionId, name: $name) {\n      workingGroup {\n        id\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateWorkingGroupDocument,
    "\n  mutation AdvanceWorkingGroup(\n    $id: ID!\n    $version: Int!\n    $status: WorkingGroupStatus!\n    $on: String!\n  ) {\n    advanceWorkingGroup(id: $id, version: $version, status: $status, on: $on) {\n      workingGroup {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AdvanceWorkingGroupDocument,
    "\n  mutation AddWorkingGroupMember($workingGroupId: ID!, $personId: ID!, $role: WorkingGroupRole!) {\n    addWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddWorkingGroupMemberDocument,
    "\n  mutation RemoveWorkingGroupMember(\n    $workingGroupId: ID!\n    $personId: ID!\n    $role: WorkingGroupRole!\n  ) {\n    removeWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemoveWorkingGroupMemberDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  query PlanPage($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      nameEn\n      viewerCan {\n        createPlan\n      }\n      memberships {\n        id\n        role\n        person {\n          id\n          fullName\n        }\n      }\n      contributions {\n        id\n        kind\n        title\n      }\n      plans {\n        id\n        year\n        status\n        goalActions {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.PlanPageDocument,
    "\n  query PlanDetails($id: ID!) {\n    activityPlan(id: $id) {\n      id\n      year\n      status\n      viewerCan {\n        edit\n        advance\n        addGoalAction\n        manageWorkingGroups\n      }\n      approvedOn\n      documentUrl\n      agendaNote\n      version\n      goalActions {\n        id\n        code\n        title\n        description\n        status\n        progress\n        needsWorkingGroup\n        version\n        timeline {\n          plannedStart\n          plannedEnd\n        }\n        deliverable {\n          title\n          kind\n          dueOn\n          status\n        }\n        viewerCan {\n          deliver\n        }\n        deliverableResources {\n          id\n          title\n          status\n        }\n        milestones {\n          id\n          title\n          dueOn\n          done\n        }\n        contributions {\n          id\n        }\n        referents {\n          id\n          fullName\n        }\n        # Answered by planning alone: the ids survive when people does not answer (ADR 0005).\n        referentKeys: referents {\n          id\n        }\n        workingGroup {\n          id\n          name\n          status\n          composedOn\n          startedOn\n          version\n          members {\n            role\n            joinedOn\n            person {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanDetailsDocument,
};
const documents: Documents = {
    "\n  query SystemDashboard($year: Int!) {\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      goalActionsNeedingWorkingGroup\n      workingGroupsStartedByMonth {\n        month\n        count\n      }\n      deliverablesByKindAndStatus {\n        kind\n        status\n        count\n      }\n    }\n    activityPlans(first: 50, filter: { year: $year }) {\n      edges {\n        node {\n          id\n          status\n          community {\n            slug\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.SystemDashboardDocument,
    "\n  query PlanYears {\n    activityPlans(first: 100) {\n      edges {\n        node {\n          year\n        }\n      }\n    }\n  }\n": types.PlanYearsDocument,
    "\n  query Cronoprogramma($year: Int!) {\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedStart\n        plannedEnd\n      }\n      plan {\n        community {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.CronoprogrammaDocument,
    "\n  mutation CreateActivityPlan($input: CreatePlanInput!) {\n    createActivityPlan(input: $input) {\n      plan {\n        id\n        year\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateActivityPlanDocument,
    "\n  mutation CreateGoalAction($planId: ID!, $input: GoalActionInput!) {\n    createGoalAction(planId: $planId, input: $input) {\n      goalAction {\n        id\n        code\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateGoalActionDocument,
    "\n  mutation UpdateGoalAction($id: ID!, $version: Int!, $input: GoalActionInput!) {\n    updateGoalAction(id: $id, version: $version, input: $input) {\n      goalAction {\n        id\n        code\n        status\n        progress\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateGoalActionDocument,
    "\n  mutation UpdateActivityPlan($id: ID!, $version: Int!, $input: UpdatePlanInput!) {\n    updateActivityPlan(id: $id, version: $version, input: $input) {\n      plan {\n        id\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateActivityPlanDocument,
    "\n  mutation AdvanceActivityPlan($id: ID!, $version: Int!, $status: PlanStatus!) {\n    advanceActivityPlan(id: $id, version: $version, status: $status) {\n      plan {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AdvanceActivityPlanDocument,
    "\n  mutation CreateWorkingGroup($goalActionId: ID!, $name: String!) {\n    createWorkingGroup(goalActionId: $goalActionId, name: $name) {\n      workingGroup {\n        id\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateWorkingGroupDocument,
    "\n  mutation AdvanceWorkingGroup(\n    $id: ID!\n    $version: Int!\n    $status: WorkingGroupStatus!\n    $on: String!\n  ) {\n    advanceWorkingGroup(id: $id, version: $version, status: $status, on: $on) {\n      workingGroup {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AdvanceWorkingGroupDocument,
    "\n  mutation AddWorkingGroupMember($workingGroupId: ID!, $personId: ID!, $role: WorkingGroupRole!) {\n    addWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddWorkingGroupMemberDocument,
    "\n  mutation RemoveWorkingGroupMember(\n    $workingGroupId: ID!\n    $personId: ID!\n    $role: WorkingGroupRole!\n  ) {\n    removeWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemoveWorkingGroupMemberDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  query PlanPage($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      nameEn\n      viewerCan {\n        createPlan\n      }\n      memberships {\n        id\n        role\n        person {\n          id\n          fullName\n        }\n      }\n      contributions {\n        id\n        kind\n        title\n      }\n      plans {\n        id\n        year\n        status\n        goalActions {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.PlanPageDocument,
    "\n  query PlanDetails($id: ID!) {\n    activityPlan(id: $id) {\n      id\n      year\n      status\n      viewerCan {\n        edit\n        advance\n        addGoalAction\n        manageWorkingGroups\n      }\n      approvedOn\n      documentUrl\n      agendaNote\n      version\n      goalActions {\n        id\n        code\n        title\n        description\n        status\n        progress\n        needsWorkingGroup\n        version\n        timeline {\n          plannedStart\n          plannedEnd\n        }\n        deliverable {\n          title\n          kind\n          dueOn\n          status\n        }\n        viewerCan {\n          deliver\n        }\n        deliverableResources {\n          id\n          title\n          status\n        }\n        milestones {\n          id\n          title\n          dueOn\n          done\n        }\n        contributions {\n          id\n        }\n        referents {\n          id\n          fullName\n        }\n        # Answered by planning alone: the ids survive when people does not answer (ADR 0005).\n        referentKeys: referents {\n          id\n        }\n        workingGroup {\n          id\n          name\n          status\n          composedOn\n          startedOn\n          version\n          members {\n            role\n            joinedOn\n            person {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlanDetailsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemDashboard($year: Int!) {\n    systemPlan(year: $year) {\n      year\n      communitiesWithPlan\n      goalActions\n      goalActionsNeedingWorkingGroup\n      workingGroupsStartedByMonth {\n        month\n        count\n      }\n      deliverablesByKindAndStatus {\n        kind\n        status\n        count\n      }\n    }\n    activityPlans(first: 50, filter: { year: $year }) {\n      edges {\n        node {\n          id\n          status\n          community {\n            slug\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SystemDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanYears {\n    activityPlans(first: 100) {\n      edges {\n        node {\n          year\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlanYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cronoprogramma($year: Int!) {\n    cronoprogramma(year: $year) {\n      id\n      code\n      title\n      status\n      progress\n      timeline {\n        plannedStart\n        plannedEnd\n      }\n      plan {\n        community {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CronoprogrammaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivityPlan($input: CreatePlanInput!) {\n    createActivityPlan(input: $input) {\n      plan {\n        id\n        year\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateActivityPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoalAction($planId: ID!, $input: GoalActionInput!) {\n    createGoalAction(planId: $planId, input: $input) {\n      goalAction {\n        id\n        code\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateGoalActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoalAction($id: ID!, $version: Int!, $input: GoalActionInput!) {\n    updateGoalAction(id: $id, version: $version, input: $input) {\n      goalAction {\n        id\n        code\n        status\n        progress\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateGoalActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivityPlan($id: ID!, $version: Int!, $input: UpdatePlanInput!) {\n    updateActivityPlan(id: $id, version: $version, input: $input) {\n      plan {\n        id\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateActivityPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceActivityPlan($id: ID!, $version: Int!, $status: PlanStatus!) {\n    advanceActivityPlan(id: $id, version: $version, status: $status) {\n      plan {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdvanceActivityPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkingGroup($goalActionId: ID!, $name: String!) {\n    createWorkingGroup(goalActionId: $goalActionId, name: $name) {\n      workingGroup {\n        id\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWorkingGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceWorkingGroup(\n    $id: ID!\n    $version: Int!\n    $status: WorkingGroupStatus!\n    $on: String!\n  ) {\n    advanceWorkingGroup(id: $id, version: $version, status: $status, on: $on) {\n      workingGroup {\n        id\n        status\n        version\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdvanceWorkingGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkingGroupMember($workingGroupId: ID!, $personId: ID!, $role: WorkingGroupRole!) {\n    addWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AddWorkingGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWorkingGroupMember(\n    $workingGroupId: ID!\n    $personId: ID!\n    $role: WorkingGroupRole!\n  ) {\n    removeWorkingGroupMember(workingGroupId: $workingGroupId, personId: $personId, role: $role) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveWorkingGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    code\n    field\n    message\n  }\n"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPage($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      nameEn\n      viewerCan {\n        createPlan\n      }\n      memberships {\n        id\n        role\n        person {\n          id\n          fullName\n        }\n      }\n      contributions {\n        id\n        kind\n        title\n      }\n      plans {\n        id\n        year\n        status\n        goalActions {\n          id\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlanPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDetails($id: ID!) {\n    activityPlan(id: $id) {\n      id\n      year\n      status\n      viewerCan {\n        edit\n        advance\n        addGoalAction\n        manageWorkingGroups\n      }\n      approvedOn\n      documentUrl\n      agendaNote\n      version\n      goalActions {\n        id\n        code\n        title\n        description\n        status\n        progress\n        needsWorkingGroup\n        version\n        timeline {\n          plannedStart\n          plannedEnd\n        }\n        deliverable {\n          title\n          kind\n          dueOn\n          status\n        }\n        viewerCan {\n          deliver\n        }\n        deliverableResources {\n          id\n          title\n          status\n        }\n        milestones {\n          id\n          title\n          dueOn\n          done\n        }\n        contributions {\n          id\n        }\n        referents {\n          id\n          fullName\n        }\n        # Answered by planning alone: the ids survive when people does not answer (ADR 0005).\n        referentKeys: referents {\n          id\n        }\n        workingGroup {\n          id\n          name\n          status\n          composedOn\n          startedOn\n          version\n          members {\n            role\n            joinedOn\n            person {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlanDetailsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
