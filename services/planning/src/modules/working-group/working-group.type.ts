import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Person } from "../federated/federated.types.js";

export enum WorkingGroupStatus {
  DA_COSTITUIRE = "DA_COSTITUIRE",
  COSTITUITO = "COSTITUITO",
  AVVIATO = "AVVIATO",
  CONCLUSO = "CONCLUSO",
}
registerEnumType(WorkingGroupStatus, { name: "WorkingGroupStatus" });

export const nextWorkingGroupStatus: Record<WorkingGroupStatus, WorkingGroupStatus | null> = {
  DA_COSTITUIRE: WorkingGroupStatus.COSTITUITO,
  COSTITUITO: WorkingGroupStatus.AVVIATO,
  AVVIATO: WorkingGroupStatus.CONCLUSO,
  CONCLUSO: null,
};

export enum WorkingGroupRole {
  REFERENTE_GDL = "REFERENTE_GDL",
  MEMBRO = "MEMBRO",
}
registerEnumType(WorkingGroupRole, { name: "WorkingGroupRole" });

@ObjectType()
export class WorkingGroupMember {
  @Field(() => Person, { nullable: true })
  person!: Person;
  @Field(() => WorkingGroupRole)
  role!: WorkingGroupRole;
  @Field(() => String)
  joinedOn!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "Gruppo di Lavoro: the people carrying out a goal-action." })
export class WorkingGroup {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => WorkingGroupStatus)
  status!: WorkingGroupStatus;
  @Field(() => String, { nullable: true, description: "Date the group was composed." })
  composedOn!: string | null;
  @Field(() => String, { nullable: true, description: "Date the group started working." })
  startedOn!: string | null;
  @Field(() => Int)
  version!: number;

  goalActionId!: string;
}
