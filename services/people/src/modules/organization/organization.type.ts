import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum OrganizationKind {
  REGIONE = "REGIONE",
  PROVINCIA = "PROVINCIA",
  CITTA_METROPOLITANA = "CITTA_METROPOLITANA",
  UNIONE = "UNIONE",
  COMUNE = "COMUNE",
  SOCIETA_IN_HOUSE = "SOCIETA_IN_HOUSE",
  ASSOCIAZIONE = "ASSOCIAZIONE",
  ALTRO = "ALTRO",
}
registerEnumType(OrganizationKind, {
  name: "OrganizationKind",
  description: "Kind of public body (ente).",
  valuesConfig: {
    REGIONE: { description: "Regione / Region" },
    PROVINCIA: { description: "Provincia / Province" },
    CITTA_METROPOLITANA: { description: "Città metropolitana / Metropolitan city" },
    UNIONE: { description: "Unione di Comuni / Union of municipalities" },
    COMUNE: { description: "Comune / Municipality" },
    SOCIETA_IN_HOUSE: { description: "Società in house (e.g. Lepida ScpA)" },
    ASSOCIAZIONE: { description: "Associazione di enti (ANCI, UPI, UNCEM)" },
    ALTRO: { description: "Altro ente / Other body" },
  },
});

/** The Emilia-Romagna provinces by sigla; the Città metropolitana di Bologna is BO. */
export const provinces = ["PC", "PR", "RE", "MO", "BO", "FE", "RA", "FC", "RN"] as const;

@Directive('@key(fields: "id")')
@ObjectType({ description: "A public body (ente) taking part in, or known to, the ComTem system." })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Official name, e.g. 'Comune di Bologna'." })
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, {
    nullable: true,
    description: "Codice IPA (Indice delle Pubbliche Amministrazioni); null when not known.",
  })
  ipaCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ISTAT code as a string (leading zeros matter): 6 digits for a Comune.",
  })
  istatCode!: string | null;

  @Field(() => String, { nullable: true, description: "Province sigla (PC, PR, RE, MO, BO, ...)." })
  province!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Date (yyyy-mm-dd) the body joined the ComTem system (ente aderente).",
  })
  adheredOn!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => Int, {
    description: "Send it back with updateOrganization; a stale one is a CONFLICT.",
  })
  version!: number;

  unionId!: string | null;
}
