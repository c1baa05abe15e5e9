import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum PlanStatus {
  BOZZA = "BOZZA",
  CONDIVISO = "CONDIVISO",
  APPROVATO = "APPROVATO",
  IN_CORSO = "IN_CORSO",
  CONCLUSO = "CONCLUSO",
}
registerEnumType(PlanStatus, {
  name: "PlanStatus",
  description: "Life cycle of a Piano di Attività; only the next step is allowed.",
  valuesConfig: {
    BOZZA: { description: "Bozza / Draft (visible to the community's members only)" },
    CONDIVISO: { description: "Condiviso con i partecipanti / Shared with participants" },
    APPROVATO: { description: "Approvato / Approved" },
    IN_CORSO: { description: "In corso / In progress" },
    CONCLUSO: { description: "Concluso / Closed" },
  },
});

/** The only transitions allowed: each status to the next one. */
export const nextStatus: Record<PlanStatus, PlanStatus | null> = {
  BOZZA: PlanStatus.CONDIVISO,
  CONDIVISO: PlanStatus.APPROVATO,
  APPROVATO: PlanStatus.IN_CORSO,
  IN_CORSO: PlanStatus.CONCLUSO,
  CONCLUSO: null,
};

@Directive('@key(fields: "id")')
@ObjectType({ description: "Piano di Attività (PdA): a community's plan for one year." })
export class ActivityPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => PlanStatus)
  status!: PlanStatus;

  @Field(() => String, { nullable: true, description: "Approval date (yyyy-mm-dd)." })
  approvedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Link to the published document." })
  documentUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "How the plan contributes to the regional digital agenda (ADER).",
  })
  agendaNote!: string | null;

  @Field(() => Int, { description: "Send it back with updates; a stale one is a CONFLICT." })
  version!: number;

  communityId!: string;
}

@ObjectType({
  description:
    "What the caller may do with this plan, computed by the same rule that guards the planning mutations (plan.edit: the community's co-coordinators and referents, admins).",
})
export class PlanCapabilities {
  @Field(() => Boolean, { description: "updateActivityPlan." })
  edit!: boolean;
  @Field(() => Boolean, {
    description:
      "advanceActivityPlan to the next status (BOZZA → CONDIVISO → APPROVATO → IN_CORSO → CONCLUSO); false once CONCLUSO.",
  })
  advance!: boolean;
  @Field(() => Boolean, {
    description: "createGoalAction, and updateGoalAction on its goal-actions.",
  })
  addGoalAction!: boolean;
  @Field(() => Boolean, {
    description:
      "createWorkingGroup, advanceWorkingGroup, addWorkingGroupMember and removeWorkingGroupMember on its goal-actions.",
  })
  manageWorkingGroups!: boolean;
}
