export type OrganizationKind =
  | "REGIONE"
  | "PROVINCIA"
  | "CITTA_METROPOLITANA"
  | "UNIONE"
  | "COMUNE"
  | "SOCIETA_IN_HOUSE"
  | "ASSOCIAZIONE"
  | "ALTRO";
export interface SeedOrganization {
  /** stable key, used to derive the organization's UUID and to link people: "istat:037006" for Comuni, "ipa:<code>" or "slug:<kebab-name>" for others */
  key: string;
  name: string; // official Italian name, e.g. "Comune di Bologna", "Unione dei Comuni della Bassa Romagna"
  kind: OrganizationKind;
  ipaCode: string | null; // ONLY codes known to be real (see below), else null
  istatCode: string | null; // string; Comuni 6 digits ("037006"), Province 3 digits ("037"), Region "08"; null for Unioni, Lepida, others
  province: string | null; // sigla: PC PR RE MO BO FE RA FC RN (null for Region/Lepida/associations)
  unionKey: string | null; // for a Comune: key of the seeded Unione it belongs to, if it really belongs to it; else null
  adheredOn: string | null; // ISO date when the entity joined ComTem (illustrative, 2017-2020), null if not an adherent
  website: string | null; // official site if you are confident, else null
}
export interface SeedPerson {
  key: string; // "person:<kebab-name>"
  givenName: string;
  familyName: string;
  email: string; // fictional, on the domain "example.org"-style: use "<name>.<surname>@demo.comtem.example"
  phone: string | null; // fictional, e.g. "+39 051 000 0123" style (use 000 in the middle so it is clearly fake)
  organizationKey: string; // key of a seeded organization
  publicRole: string; // Italian job title, e.g. "Responsabile per la Transizione Digitale (RTD)", "Responsabile Servizi Informativi", "Assessore all'innovazione", "Funzionario ICT"
  bio: string | null; // one Italian sentence
  skills: string[]; // lowercase kebab tags from: lavoro-agile, coworking, formazione, sicurezza, cloud, dati, open-data, anpr, pagopa, spid, app-io, protocollo, conservazione, gis, reti, banda-ultra-larga, iot, accessibilita, comunicazione, appalti-ict, privacy, interoperabilita, competenze-digitali, e-government
  availableToHelp: boolean;
  systemRoles: "ADMIN"[]; // only 2-3 people of Lepida get ["ADMIN"] (operational coordination); everyone else []
  nomination: { date: string; actReference: string } | null; // ISO date 2017-2020 and an act reference like "Decreto del Sindaco n. 12/2019" or "Determinazione dirigenziale n. 345/2020" (illustrative)
}
