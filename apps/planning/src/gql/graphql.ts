/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ContributionKind =
  /** Esigenza / Need */
  | 'ESIGENZA'
  /** Proposta / Proposal */
  | 'PROPOSTA';

export type CreatePlanInput = {
  agendaNote?: string | null | undefined;
  communityId: string | number;
  documentUrl?: string | null | undefined;
  year: number;
};

export type DeliverableKind =
  | 'ALTRO'
  | 'DATASET'
  | 'KIT_RIUSO'
  | 'LINEE_GUIDA'
  | 'MODELLO'
  | 'REPORT'
  | 'SOFTWARE'
  | 'SURVEY'
  | 'WEBINAR';

export type DeliverableStatus =
  | 'CONSEGNATO'
  | 'IN_LAVORAZIONE'
  | 'PIANIFICATO';

export type GoalActionInput = {
  /** e.g. CD-2020-02 */
  code?: string | null | undefined;
  /** Contributions this action answers. */
  contributionIds?: Array<string | number> | null | undefined;
  deliverableDue?: string | null | undefined;
  deliverableKind?: DeliverableKind | null | undefined;
  deliverableStatus?: DeliverableStatus | null | undefined;
  deliverableTitle?: string | null | undefined;
  description?: string | null | undefined;
  /** Replaces the milestones. */
  milestones?: Array<MilestoneInput> | null | undefined;
  needsWorkingGroup?: boolean | null | undefined;
  /** yyyy-mm-dd, not before plannedStart */
  plannedEnd?: string | null | undefined;
  /** yyyy-mm-dd */
  plannedStart?: string | null | undefined;
  /** 0 to 100 */
  progress?: number | null | undefined;
  /** People responsible for the action. */
  referentIds?: Array<string | number> | null | undefined;
  status?: GoalActionStatus | null | undefined;
  title?: string | null | undefined;
};

export type GoalActionStatus =
  | 'AVVIATA'
  | 'COMPLETATA'
  | 'DA_AVVIARE'
  | 'IN_CORSO'
  | 'SOSPESA';

/** A person's role in one community. */
export type MembershipRole =
  /** Co-coordinatore / Co-coordinator (several per ComTem) */
  | 'CO_COORDINATORE'
  /** Partecipante (iscritto) / Participant */
  | 'PARTECIPANTE'
  /** Referente Lepida / Lepida's referent (one per ComTem) */
  | 'REFERENTE_LEPIDA'
  /** Referente Regione / Region's referent (one per ComTem) */
  | 'REFERENTE_REGIONE';

export type MilestoneInput = {
  done?: boolean;
  /** yyyy-mm-dd */
  dueOn: string;
  title: string;
};

/** Life cycle of a Piano di Attività; only the next step is allowed. */
export type PlanStatus =
  /** Approvato / Approved */
  | 'APPROVATO'
  /** Bozza / Draft (visible to the community's members only) */
  | 'BOZZA'
  /** Concluso / Closed */
  | 'CONCLUSO'
  /** Condiviso con i partecipanti / Shared with participants */
  | 'CONDIVISO'
  /** In corso / In progress */
  | 'IN_CORSO';

export type ResourceStatus =
  /** Archiviata / Archived: no longer public */
  | 'ARCHIVIATA'
  /** Bozza / Draft: its creator, the community's coordinators, admins */
  | 'BOZZA'
  /** Pubblicata / Published: visible to everyone */
  | 'PUBBLICATA';

/** Fields to change; omitted ones keep their value. */
export type UpdatePlanInput = {
  agendaNote?: string | null | undefined;
  /** yyyy-mm-dd */
  approvedOn?: string | null | undefined;
  documentUrl?: string | null | undefined;
};

export type WorkingGroupRole =
  | 'MEMBRO'
  | 'REFERENTE_GDL';

export type WorkingGroupStatus =
  | 'AVVIATO'
  | 'CONCLUSO'
  | 'COSTITUITO'
  | 'DA_COSTITUIRE';

export type SystemDashboardQueryVariables = Exact<{
  year: number;
}>;


export type SystemDashboardQuery = { systemPlan: { year: number, communitiesWithPlan: number, goalActions: number, goalActionsNeedingWorkingGroup: number, workingGroupsStartedByMonth: Array<{ month: string, count: number }>, deliverablesByKindAndStatus: Array<{ kind: string, status: string, count: number }> }, activityPlans: { edges: Array<{ node: { id: string, status: PlanStatus, community: { slug: string, name: string, nameEn: string } | null } }> } };

export type PlanYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanYearsQuery = { activityPlans: { edges: Array<{ node: { year: number } }> } };

export type CronoprogrammaQueryVariables = Exact<{
  year: number;
}>;


export type CronoprogrammaQuery = { cronoprogramma: Array<{ id: string, code: string, title: string, status: GoalActionStatus, progress: number, timeline: { plannedStart: string | null, plannedEnd: string | null }, plan: { community: { slug: string, name: string } | null } }> };

export type CreateActivityPlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type CreateActivityPlanMutation = { createActivityPlan: { plan: { id: string, year: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CreateGoalActionMutationVariables = Exact<{
  planId: string | number;
  input: GoalActionInput;
}>;


export type CreateGoalActionMutation = { createGoalAction: { goalAction: { id: string, code: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateGoalActionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: GoalActionInput;
}>;


export type UpdateGoalActionMutation = { updateGoalAction: { goalAction: { id: string, code: string, status: GoalActionStatus, progress: number, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateActivityPlanMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdatePlanInput;
}>;


export type UpdateActivityPlanMutation = { updateActivityPlan: { plan: { id: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type AdvanceActivityPlanMutationVariables = Exact<{
  id: string | number;
  version: number;
  status: PlanStatus;
}>;


export type AdvanceActivityPlanMutation = { advanceActivityPlan: { plan: { id: string, status: PlanStatus, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type CreateWorkingGroupMutationVariables = Exact<{
  goalActionId: string | number;
  name: string;
}>;


export type CreateWorkingGroupMutation = { createWorkingGroup: { workingGroup: { id: string, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type AdvanceWorkingGroupMutationVariables = Exact<{
  id: string | number;
  version: number;
  status: WorkingGroupStatus;
  on: string;
}>;


export type AdvanceWorkingGroupMutation = { advanceWorkingGroup: { workingGroup: { id: string, status: WorkingGroupStatus, version: number } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type AddWorkingGroupMemberMutationVariables = Exact<{
  workingGroupId: string | number;
  personId: string | number;
  role: WorkingGroupRole;
}>;


export type AddWorkingGroupMemberMutation = { addWorkingGroupMember: { workingGroup: { id: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type RemoveWorkingGroupMemberMutationVariables = Exact<{
  workingGroupId: string | number;
  personId: string | number;
  role: WorkingGroupRole;
}>;


export type RemoveWorkingGroupMemberMutation = { removeWorkingGroupMember: { workingGroup: { id: string } | null, userErrors: Array<{ code: string, field: string | null, message: string }> } };

export type UserErrorFieldsFragment = { code: string, field: string | null, message: string };

export type PlanPageQueryVariables = Exact<{
  slug: string;
}>;


export type PlanPageQuery = { community: { id: string, name: string, nameEn: string, viewerCan: { createPlan: boolean }, memberships: Array<{ id: string, role: MembershipRole, person: { id: string, fullName: string } | null }>, contributions: Array<{ id: string, kind: ContributionKind, title: string }>, plans: Array<{ id: string, year: number, status: PlanStatus, goalActions: Array<{ id: string, code: string }> }> | null } | null };

export type PlanDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanDetailsQuery = { activityPlan: { id: string, year: number, status: PlanStatus, approvedOn: string | null, documentUrl: string | null, agendaNote: string | null, version: number, viewerCan: { edit: boolean, advance: boolean, addGoalAction: boolean, manageWorkingGroups: boolean }, goalActions: Array<{ id: string, code: string, title: string, description: string, status: GoalActionStatus, progress: number, needsWorkingGroup: boolean, version: number, timeline: { plannedStart: string | null, plannedEnd: string | null }, deliverable: { title: string, kind: DeliverableKind, dueOn: string | null, status: DeliverableStatus }, viewerCan: { deliver: boolean }, deliverableResources: Array<{ id: string, title: string, status: ResourceStatus }> | null, milestones: Array<{ id: string, title: string, dueOn: string, done: boolean }>, contributions: Array<{ id: string } | null>, referents: Array<{ id: string, fullName: string } | null>, referentKeys: Array<{ id: string } | null>, workingGroup: { id: string, name: string, status: WorkingGroupStatus, composedOn: string | null, startedOn: string | null, version: number, members: Array<{ role: WorkingGroupRole, joinedOn: string, person: { id: string, fullName: string } | null }> } | null }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const SystemDashboardDocument = new TypedDocumentString(`
    query SystemDashboard($year: Int!) {
  systemPlan(year: $year) {
    year
    communitiesWithPlan
    goalActions
    goalActionsNeedingWorkingGroup
    workingGroupsStartedByMonth {
      month
      count
    }
    deliverablesByKindAndStatus {
      kind
      status
      count
    }
  }
  activityPlans(first: 50, filter: {year: $year}) {
    edges {
      node {
        id
        status
        community {
          slug
          name
          nameEn
        }
      }
    }
  }
}
    `, {"hash":"sha256:44b007c9fea3317220d33df7fe380036ae168d23fd29f75319d0d45fd827606b"}) as unknown as TypedDocumentString<SystemDashboardQuery, SystemDashboardQueryVariables>;
export const PlanYearsDocument = new TypedDocumentString(`
    query PlanYears {
  activityPlans(first: 100) {
    edges {
      node {
        year
      }
    }
  }
}
    `, {"hash":"sha256:7d7494b3242fec24acf3340aedd2ef5b48f656521e29167b274f0e1a2a1d0251"}) as unknown as TypedDocumentString<PlanYearsQuery, PlanYearsQueryVariables>;
export const CronoprogrammaDocument = new TypedDocumentString(`
    query Cronoprogramma($year: Int!) {
  cronoprogramma(year: $year) {
    id
    code
    title
    status
    progress
    timeline {
      plannedStart
      plannedEnd
    }
    plan {
      community {
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:b09e2e50481b422911e5b9a88b6673d9e1e889b8b1374f5f7d8e8944cd0098ae"}) as unknown as TypedDocumentString<CronoprogrammaQuery, CronoprogrammaQueryVariables>;
export const CreateActivityPlanDocument = new TypedDocumentString(`
    mutation CreateActivityPlan($input: CreatePlanInput!) {
  createActivityPlan(input: $input) {
    plan {
      id
      year
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:dfe57518d48dccf7aa055da4713a93fb5676b2a02206fbd706fb72eef801a2b4"}) as unknown as TypedDocumentString<CreateActivityPlanMutation, CreateActivityPlanMutationVariables>;
export const CreateGoalActionDocument = new TypedDocumentString(`
    mutation CreateGoalAction($planId: ID!, $input: GoalActionInput!) {
  createGoalAction(planId: $planId, input: $input) {
    goalAction {
      id
      code
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:e3b02d04bcfd2190e562ef0ca7377daa4bd229a8317abd36c505ff778936a11a"}) as unknown as TypedDocumentString<CreateGoalActionMutation, CreateGoalActionMutationVariables>;
export const UpdateGoalActionDocument = new TypedDocumentString(`
    mutation UpdateGoalAction($id: ID!, $version: Int!, $input: GoalActionInput!) {
  updateGoalAction(id: $id, version: $version, input: $input) {
    goalAction {
      id
      code
      status
      progress
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:556aa69c48141458fa429f801bb6eb3aeed4a195ef657a34755bdee07abbf302"}) as unknown as TypedDocumentString<UpdateGoalActionMutation, UpdateGoalActionMutationVariables>;
export const UpdateActivityPlanDocument = new TypedDocumentString(`
    mutation UpdateActivityPlan($id: ID!, $version: Int!, $input: UpdatePlanInput!) {
  updateActivityPlan(id: $id, version: $version, input: $input) {
    plan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:4fd29b6ec47fcc15e55c76c171d2f936fa961a6ee49f03e500cfb34e9494f378"}) as unknown as TypedDocumentString<UpdateActivityPlanMutation, UpdateActivityPlanMutationVariables>;
export const AdvanceActivityPlanDocument = new TypedDocumentString(`
    mutation AdvanceActivityPlan($id: ID!, $version: Int!, $status: PlanStatus!) {
  advanceActivityPlan(id: $id, version: $version, status: $status) {
    plan {
      id
      status
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:19cb0467f8134bcbe853c8f07223f3f531021a0b6ae8798438b6f27383920038"}) as unknown as TypedDocumentString<AdvanceActivityPlanMutation, AdvanceActivityPlanMutationVariables>;
export const CreateWorkingGroupDocument = new TypedDocumentString(`
    mutation CreateWorkingGroup($goalActionId: ID!, $name: String!) {
  createWorkingGroup(goalActionId: $goalActionId, name: $name) {
    workingGroup {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:8c251d61eb554bf36fab411edbde9d34ad83e9a0b2602906d81146575da160ea"}) as unknown as TypedDocumentString<CreateWorkingGroupMutation, CreateWorkingGroupMutationVariables>;
export const AdvanceWorkingGroupDocument = new TypedDocumentString(`
    mutation AdvanceWorkingGroup($id: ID!, $version: Int!, $status: WorkingGroupStatus!, $on: String!) {
  advanceWorkingGroup(id: $id, version: $version, status: $status, on: $on) {
    workingGroup {
      id
      status
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:cfa006fd7ac7c95faf865598e5f4eba5c96c4a4526fc19b4dc837c306f7156de"}) as unknown as TypedDocumentString<AdvanceWorkingGroupMutation, AdvanceWorkingGroupMutationVariables>;
export const AddWorkingGroupMemberDocument = new TypedDocumentString(`
    mutation AddWorkingGroupMember($workingGroupId: ID!, $personId: ID!, $role: WorkingGroupRole!) {
  addWorkingGroupMember(
    workingGroupId: $workingGroupId
    personId: $personId
    role: $role
  ) {
    workingGroup {
      id
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:5670d8c0122fb29faaa43c03f4f4a2a89d288f232970da848ab014c0ab6f3b91"}) as unknown as TypedDocumentString<AddWorkingGroupMemberMutation, AddWorkingGroupMemberMutationVariables>;
export const RemoveWorkingGroupMemberDocument = new TypedDocumentString(`
    mutation RemoveWorkingGroupMember($workingGroupId: ID!, $personId: ID!, $role: WorkingGroupRole!) {
  removeWorkingGroupMember(
    workingGroupId: $workingGroupId
    personId: $personId
    role: $role
  ) {
    workingGroup {
      id
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:fdce78ec7f62ca90483261bb5bce70efd5bfac0deca27dacb527a322f5125994"}) as unknown as TypedDocumentString<RemoveWorkingGroupMemberMutation, RemoveWorkingGroupMemberMutationVariables>;
export const PlanPageDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:546e6eb8cbffd4546cadfe35d8c3126aa74ccf40ade6e5f52825db57fca9e95e"}) as unknown as TypedDocumentString<PlanPageQuery, PlanPageQueryVariables>;
export const PlanDetailsDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:a4c75096e6d4143eb47ceb7674f935f01f0de09a04530fbf1f9cf5cc40c4bb8a"}) as unknown as TypedDocumentString<PlanDetailsQuery, PlanDetailsQueryVariables>;