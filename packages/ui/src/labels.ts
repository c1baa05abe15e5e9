import type { Locale } from "./locale.js";

type Label = Record<Locale, string>;
const l = (it: string, en: string): Label => ({ it, en });

/**
 * Every enum of the public API as people read it, in Italian and English. Pages never show a
 * raw value (`IN_LAVORAZIONE`): they ask `useLabels()` for the label of (enum, value). A unit
 * test compares this table with the enums of `infra/supergraph.graphql`, so a new value without
 * a label fails before it reaches a page.
 */
export const ENUM_LABELS = {
  AccessRequestStatus: {
    PENDING: l("In attesa", "Pending"),
    APPROVED: l("Accolta", "Approved"),
    REJECTED: l("Respinta", "Rejected"),
  },
  ApiKeyScope: {
    READ: l("Sola lettura", "Read only"),
    READ_WRITE: l("Lettura e scrittura", "Read and write"),
  },
  CommunityKind: {
    TRASVERSALE: l("Trasversale", "Cross-cutting"),
    SPECIFICA: l("Specifica", "Specific"),
  },
  ContributionKind: { PROPOSTA: l("Proposta", "Proposal"), ESIGENZA: l("Esigenza", "Need") },
  ContributionStatus: {
    APERTA: l("Aperta", "Open"),
    ACCOLTA: l("Accolta", "Accepted"),
    NON_ACCOLTA: l("Non accolta", "Not accepted"),
  },
  DeliverableKind: {
    LINEE_GUIDA: l("Linee guida", "Guidelines"),
    KIT_RIUSO: l("Kit del riuso", "Reuse kit"),
    REPORT: l("Report", "Report"),
    SURVEY: l("Indagine", "Survey"),
    MODELLO: l("Modello", "Template"),
    WEBINAR: l("Webinar", "Webinar"),
    DATASET: l("Dataset", "Dataset"),
    SOFTWARE: l("Software", "Software"),
    ALTRO: l("Altro", "Other"),
  },
  DeliverableStatus: {
    PIANIFICATO: l("Pianificato", "Planned"),
    IN_LAVORAZIONE: l("In lavorazione", "In progress"),
    CONSEGNATO: l("Consegnato", "Delivered"),
  },
  DevelopmentStatus: {
    CONCEPT: l("Idea", "Concept"),
    DEVELOPMENT: l("In sviluppo", "In development"),
    BETA: l("Beta", "Beta"),
    STABLE: l("Stabile", "Stable"),
    OBSOLETE: l("Obsoleta", "Obsolete"),
  },
  GoalActionStatus: {
    DA_AVVIARE: l("Da avviare", "Not started"),
    AVVIATA: l("Avviata", "Started"),
    IN_CORSO: l("In corso", "Under way"),
    COMPLETATA: l("Completata", "Completed"),
    SOSPESA: l("Sospesa", "Suspended"),
  },
  JoinRequestStatus: {
    PENDING: l("In attesa", "Pending"),
    APPROVED: l("Approvata", "Approved"),
    REJECTED: l("Respinta", "Rejected"),
    WITHDRAWN: l("Ritirata", "Withdrawn"),
  },
  IdentityLinkedHow: {
    NOMINATION: l("Dalla nomina, al primo accesso", "From the nomination, at first sign-in"),
    ADMIN: l("Da un amministratore", "By an administrator"),
    SEED: l("Dati dimostrativi", "Demo data"),
    ACCESS_REQUEST: l("Da una richiesta di accesso accolta", "From an approved access request"),
  },
  MaintenanceType: {
    INTERNAL: l("Interna", "In-house"),
    CONTRACT: l("A contratto", "Under contract"),
    COMMUNITY: l("Comunità", "Community"),
    NONE: l("Nessuna", "None"),
  },
  MeetingKind: {
    KICK_OFF: l("Incontro di avvio", "Kick-off"),
    ORDINARIA: l("Incontro ordinario", "Regular meeting"),
    PLENARIA: l("Plenaria", "Plenary"),
    GRUPPO_DI_LAVORO: l("Gruppo di lavoro", "Working group"),
  },
  MeetingMode: {
    REMOTO: l("A distanza", "Online"),
    PRESENZA: l("In presenza", "In person"),
    IBRIDO: l("Ibrido", "Hybrid"),
  },
  MembershipRole: {
    CO_COORDINATORE: l("Co-coordinatore", "Co-coordinator"),
    REFERENTE_REGIONE: l("Referente della Regione", "Region's referent"),
    REFERENTE_LEPIDA: l("Referente di Lepida", "Lepida's referent"),
    PARTECIPANTE: l("Partecipante", "Participant"),
  },
  OrganizationKind: {
    REGIONE: l("Regione", "Region"),
    PROVINCIA: l("Provincia", "Province"),
    CITTA_METROPOLITANA: l("Città metropolitana", "Metropolitan city"),
    UNIONE: l("Unione di Comuni", "Union of municipalities"),
    COMUNE: l("Comune", "Municipality"),
    SOCIETA_IN_HOUSE: l("Società in house", "In-house company"),
    ASSOCIAZIONE: l("Associazione", "Association"),
    ALTRO: l("Altro", "Other"),
  },
  PlanStatus: {
    BOZZA: l("Bozza", "Draft"),
    CONDIVISO: l("Condiviso", "Shared"),
    APPROVATO: l("Approvato", "Approved"),
    IN_CORSO: l("In corso", "Under way"),
    CONCLUSO: l("Concluso", "Closed"),
  },
  ResourceKind: {
    SOLUZIONE_TECNOLOGICA: l("Soluzione tecnologica", "Technology solution"),
    SOLUZIONE_ORGANIZZATIVA: l("Soluzione organizzativa", "Organisational solution"),
    DELIVERABLE: l("Prodotto di una comunità", "Community deliverable"),
    GUIDA: l("Guida", "Guide"),
    KIT_RIUSO: l("Kit del riuso", "Reuse kit"),
    FORMAZIONE: l("Formazione", "Training"),
    BANDO: l("Bando", "Call for funding"),
    ALTRO: l("Altro", "Other"),
  },
  ResourceStatus: {
    BOZZA: l("Bozza", "Draft"),
    PUBBLICATA: l("Pubblicata", "Published"),
    ARCHIVIATA: l("Archiviata", "Archived"),
  },
  SystemRole: { ADMIN: l("Amministratore", "Administrator") },
  WorkingGroupRole: {
    REFERENTE_GDL: l("Referente del gruppo", "Group lead"),
    MEMBRO: l("Membro", "Member"),
  },
  WorkingGroupStatus: {
    DA_COSTITUIRE: l("Da costituire", "To be formed"),
    COSTITUITO: l("Costituito", "Formed"),
    AVVIATO: l("Avviato", "Started"),
    CONCLUSO: l("Concluso", "Closed"),
  },
} satisfies Record<string, Record<string, Label>>;

export type EnumName = keyof typeof ENUM_LABELS;

/** The label of an enum value; an unknown value (a newer server) shows as a readable phrase. */
export function enumLabel(name: EnumName, value: string, locale: Locale): string {
  const labels = ENUM_LABELS[name] as Record<string, Label>;
  return (
    labels[value]?.[locale] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ")
  );
}

/** The options of a select for an enum, in the table's order. */
export function enumOptions(name: EnumName, locale: Locale): { value: string; label: string }[] {
  return Object.entries(ENUM_LABELS[name] as Record<string, Label>).map(([value, label]) => ({
    value,
    label: label[locale] as string,
  }));
}
