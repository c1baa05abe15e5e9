import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum GoalActionStatus {
  DA_AVVIARE = "DA_AVVIARE",
  AVVIATA = "AVVIATA",
  IN_CORSO = "IN_CORSO",
  COMPLETATA = "COMPLETATA",
  SOSPESA = "SOSPESA",
}
registerEnumType(GoalActionStatus, { name: "GoalActionStatus" });

export enum DeliverableKind {
  LINEE_GUIDA = "LINEE_GUIDA",
  KIT_RIUSO = "KIT_RIUSO",
  REPORT = "REPORT",
  SURVEY = "SURVEY",
  MODELLO = "MODELLO",
  WEBINAR = "WEBINAR",
  DATASET = "DATASET",
  SOFTWARE = "SOFTWARE",
  ALTRO = "ALTRO",
}
registerEnumType(DeliverableKind, { name: "DeliverableKind" });

export enum DeliverableStatus {
  PIANIFICATO = "PIANIFICATO",
  IN_LAVORAZIONE = "IN_LAVORAZIONE",
  CONSEGNATO = "CONSEGNATO",
}
registerEnumType(DeliverableStatus, { name: "DeliverableStatus" });

@ObjectType({ description: "What a goal-action produces for every entity." })
export class Deliverable {
  @Field(() => String)
  title!: string;
  @Field(() => DeliverableKind)
  kind!: DeliverableKind;
  @Field(() => String, { nullable: true, description: "Due date (yyyy-mm-dd)." })
  dueOn!: string | null;
  @Field(() => DeliverableStatus)
  status!: DeliverableStatus;
}

@ObjectType()
export class Milestone {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String, { description: "yyyy-mm-dd" })
  dueOn!: string;
  @Field(() => Boolean)
  done!: boolean;
}

@ObjectType({ description: "Planned timeline of a goal-action (cronoprogramma)." })
export class Timeline {
  @Field(() => String, { nullable: true })
  plannedStart!: string | null;
  @Field(() => String, { nullable: true })
  plannedEnd!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "Azione-obiettivo: an objective of a plan with its deliverable." })
export class GoalAction {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { description: "e.g. CD-2020-02" })
  code!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  description!: string;
  @Field(() => Deliverable)
  deliverable!: Deliverable;
  @Field(() => Boolean)
  needsWorkingGroup!: boolean;
  @Field(() => Timeline)
  timeline!: Timeline;
  @Field(() => GoalActionStatus)
  status!: GoalActionStatus;
  @Field(() => Int, { description: "0 to 100." })
  progress!: number;
  @Field(() => Int)
  version!: number;

  planId!: string;
  contributionIds!: string[];
  referentIds!: string[];
}

@ObjectType({
  description:
    "What the caller may do with this goal-action, computed by the same rule that guards the write.",
})
export class GoalActionCapabilities {
  @Field(() => Boolean, {
    description:
      "goalAction.deliver: share a resource as its deliverable (createResource/updateResource with goalActionId, repository subgraph). The members of its working group (lead included), its referents, the co-coordinators and referents of its plan's community, admins.",
  })
  deliver!: boolean;
}
