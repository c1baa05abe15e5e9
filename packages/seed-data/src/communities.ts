/**
 * The ten ComTem of 2020. The exact 2020 list is not published in our sources: this one is
 * reconstructed from public news of the 2017-2023 cycle (DOMAIN.md) and is ILLUSTRATIVE.
 */
export interface SeedCommunityRef {
  slug: string;
  /** Two or three letters used in goal-action codes (CD-2020-02). */
  code: string;
  name: string;
}

export const seedCommunityRefs: readonly SeedCommunityRef[] = [
  { slug: "agenda-digitale", code: "AD", name: "Agenda Digitale (Agende Digitali Locali)" },
  { slug: "integrazioni-digitali", code: "ID", name: "Integrazioni Digitali" },
  { slug: "competenze-digitali", code: "CD", name: "Competenze Digitali" },
  { slug: "dati", code: "DA", name: "Dati" },
  { slug: "documenti-digitali", code: "DD", name: "Documenti Digitali" },
  { slug: "reti", code: "RE", name: "Reti" },
  { slug: "territori-intelligenti", code: "TI", name: "Territori Intelligenti" },
  { slug: "servizi-centralizzati-cloud", code: "SC", name: "Servizi Centralizzati e Cloud" },
  { slug: "accesso-unico", code: "AU", name: "Accesso Unico" },
  { slug: "comunicazione-digitale", code: "CM", name: "Comunicazione Digitale" },
];
