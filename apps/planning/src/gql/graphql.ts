/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
export type DeliverableKind =
  | "ALTRO"
  | "DATASET"
  | "KIT_RIUSO"
  | "LINEE_GUIDA"
  | "MODELLO"
  | "REPORT"
  | "SOFTWARE"
  | "SURVEY"
  | "WEBINAR";

export type DeliverableStatus = "CONSEGNATO" | "IN_LAVORAZIONE" | "PIANIFICATO";

export type GoalActionStatus = "AVVIATA" | "COMPLETATA" | "DA_AVVIARE" | "IN_CORSO" | "SOSPESA";

/** Life cycle of a Piano di Attività; only the next step is allowed. */
export type PlanStatus =
  /** Approvato / Approved */
  | "APPROVATO"
  /** Bozza / Draft (visible to the community's members only) */
  | "BOZZA"
  /** Concluso / Closed */
  | "CONCLUSO"
  /** Condiviso con i partecipanti / Shared with participants */
  | "CONDIVISO"
  /** In corso / In progress */
  | "IN_CORSO";

export type WorkingGroupRole = "MEMBRO" | "REFERENTE_GDL";

export type WorkingGroupStatus = "AVVIATO" | "CONCLUSO" | "COSTITUITO" | "DA_COSTITUIRE";

export type PlanBoardQueryVariables = Exact<{
  slug: string;
}>;

export type PlanBoardQuery = {
  community: {
    id: string;
    name: string;
    nameEn: string;
    plans: Array<{
      id: string;
      year: number;
      status: PlanStatus;
      approvedOn: string | null;
      goalActions: Array<{
        id: string;
        code: string;
        title: string;
        status: GoalActionStatus;
        progress: number;
        needsWorkingGroup: boolean;
        deliverable: { title: string; kind: DeliverableKind; status: DeliverableStatus };
        workingGroup: {
          id: string;
          name: string;
          status: WorkingGroupStatus;
          startedOn: string | null;
          members: Array<{ role: WorkingGroupRole; person: { id: string; fullName: string } }>;
        } | null;
      }>;
    }>;
  } | null;
};

export type SystemDashboardQueryVariables = Exact<{
  year: number;
}>;

export type SystemDashboardQuery = {
  systemPlan: {
    year: number;
    communitiesWithPlan: number;
    goalActions: number;
    goalActionsNeedingWorkingGroup: number;
    workingGroupsStartedByMonth: Array<{ month: string; count: number }>;
    deliverablesByKindAndStatus: Array<{ kind: string; status: string; count: number }>;
  };
  activityPlans: {
    edges: Array<{
      node: {
        id: string;
        status: PlanStatus;
        community: { slug: string; name: string; nameEn: string };
      };
    }>;
  };
};

export type CronoprogrammaQueryVariables = Exact<{
  year: number;
}>;

export type CronoprogrammaQuery = {
  cronoprogramma: Array<{
    id: string;
    code: string;
    title: string;
    status: GoalActionStatus;
    progress: number;
    timeline: { plannedStart: string | null; plannedEnd: string | null };
    plan: { community: { slug: string; name: string } };
  }>;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>["__apiType"]>;
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

export const PlanBoardDocument = new TypedDocumentString(
  `
    query PlanBoard($slug: String!) {
  community(slug: $slug) {
    id
    name
    nameEn
    plans {
      id
      year
      status
      approvedOn
      goalActions {
        id
        code
        title
        status
        progress
        needsWorkingGroup
        deliverable {
          title
          kind
          status
        }
        workingGroup {
          id
          name
          status
          startedOn
          members {
            role
            person {
              id
              fullName
            }
          }
        }
      }
    }
  }
}
    `,
  { hash: "sha256:d7c496dba4da8c1a3c6bac76085062341d8976263fdad0450d019829d6434e6e" },
) as unknown as TypedDocumentString<PlanBoardQuery, PlanBoardQueryVariables>;
export const SystemDashboardDocument = new TypedDocumentString(
  `
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
    `,
  { hash: "sha256:44b007c9fea3317220d33df7fe380036ae168d23fd29f75319d0d45fd827606b" },
) as unknown as TypedDocumentString<SystemDashboardQuery, SystemDashboardQueryVariables>;
export const CronoprogrammaDocument = new TypedDocumentString(
  `
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
    `,
  { hash: "sha256:b09e2e50481b422911e5b9a88b6673d9e1e889b8b1374f5f7d8e8944cd0098ae" },
) as unknown as TypedDocumentString<CronoprogrammaQuery, CronoprogrammaQueryVariables>;
