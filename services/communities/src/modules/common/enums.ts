import { registerEnumType } from "type-graphql";

export enum CommunityKind {
  TRASVERSALE = "TRASVERSALE",
  SPECIFICA = "SPECIFICA",
}
registerEnumType(CommunityKind, {
  name: "CommunityKind",
  description: "Whether a ComTem cuts across every domain or works on one.",
  valuesConfig: {
    TRASVERSALE: { description: "Trasversale / Cross-cutting" },
    SPECIFICA: { description: "Specifica / Domain-specific" },
  },
});

/** The same values as service-kit's `communityRoles` (the principal's community grants). */
export enum MembershipRole {
  CO_COORDINATORE = "CO_COORDINATORE",
  REFERENTE_REGIONE = "REFERENTE_REGIONE",
  REFERENTE_LEPIDA = "REFERENTE_LEPIDA",
  PARTECIPANTE = "PARTECIPANTE",
}
registerEnumType(MembershipRole, {
  name: "MembershipRole",
  description: "A person's role in one community.",
  valuesConfig: {
    CO_COORDINATORE: { description: "Co-coordinatore / Co-coordinator (several per ComTem)" },
    REFERENTE_REGIONE: { description: "Referente Regione / Region's referent (one per ComTem)" },
    REFERENTE_LEPIDA: { description: "Referente Lepida / Lepida's referent (one per ComTem)" },
    PARTECIPANTE: { description: "Partecipante (iscritto) / Participant" },
  },
});

export enum JoinRequestStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(JoinRequestStatus, {
  name: "JoinRequestStatus",
  valuesConfig: {
    PENDING: { description: "In attesa / Waiting for a co-coordinator" },
    APPROVED: { description: "Accolta / Approved: the membership exists" },
    REJECTED: { description: "Respinta / Rejected, with a reason" },
    WITHDRAWN: { description: "Ritirata / Withdrawn by the requester" },
  },
});

export enum MeetingKind {
  KICK_OFF = "KICK_OFF",
  ORDINARIA = "ORDINARIA",
  PLENARIA = "PLENARIA",
  GRUPPO_DI_LAVORO = "GRUPPO_DI_LAVORO",
}
registerEnumType(MeetingKind, {
  name: "MeetingKind",
  valuesConfig: {
    KICK_OFF: { description: "Incontro di avvio / Kick-off (March–April)" },
    ORDINARIA: { description: "Incontro ordinario / Ordinary meeting" },
    PLENARIA: { description: "Plenaria di tutte le ComTem / Plenary of the whole system" },
    GRUPPO_DI_LAVORO: { description: "Gruppo di lavoro / Working group" },
  },
});

export enum MeetingMode {
  REMOTO = "REMOTO",
  PRESENZA = "PRESENZA",
  IBRIDO = "IBRIDO",
}
registerEnumType(MeetingMode, {
  name: "MeetingMode",
  valuesConfig: {
    REMOTO: { description: "A distanza / Remote" },
    PRESENZA: { description: "In presenza / In person" },
    IBRIDO: { description: "Ibrido / Hybrid" },
  },
});

export enum ContributionKind {
  PROPOSTA = "PROPOSTA",
  ESIGENZA = "ESIGENZA",
}
registerEnumType(ContributionKind, {
  name: "ContributionKind",
  valuesConfig: {
    PROPOSTA: { description: "Proposta / Proposal" },
    ESIGENZA: { description: "Esigenza / Need" },
  },
});

export enum ContributionStatus {
  APERTA = "APERTA",
  ACCOLTA = "ACCOLTA",
  NON_ACCOLTA = "NON_ACCOLTA",
}
registerEnumType(ContributionStatus, {
  name: "ContributionStatus",
  valuesConfig: {
    APERTA: { description: "Aperta / Open" },
    ACCOLTA: { description: "Accolta / Taken up (e.g. into the activity plan)" },
    NON_ACCOLTA: { description: "Non accolta / Not taken up" },
  },
});
