/**
 * The 2020 repository seed.
 *
 * ILLUSTRATIVE DATA. Facts from the source texts (DOMAIN.md): during the 2020 emergency about
 * 20 Unioni, Comuni and Province shared the technological and organisational solutions they
 * adopted for smart working and offered to support colleagues; the VeLa reuse kit; the
 * smart-working good-practice kit with cases from Comune di Piacenza, Comune di Cesena, Unione
 * della Romagna Faentina, Unione Bassa Reggiana and Città metropolitana di Bologna; the
 * regional smart-working call of 2020 (about 3.45 M€, 55 projects, ~200 entities). Which body
 * shared which solution, every text, date, link and checksum below is invented for the demo.
 */
import type { SoftwareValue } from "../db/tables.js";

export interface SeedResource {
  key: string;
  title: string;
  summary: string;
  body: string;
  kind:
    | "SOLUZIONE_TECNOLOGICA"
    | "SOLUZIONE_ORGANIZZATIVA"
    | "DELIVERABLE"
    | "GUIDA"
    | "KIT_RIUSO"
    | "FORMAZIONE"
    | "BANDO"
    | "ALTRO";
  topics: string[];
  tags: string[];
  /** Key of a seeded organization (packages/seed-data). */
  organization: string;
  /** Slug of a seeded community. */
  community: string | null;
  /** Code of a seeded goal-action (services/planning seed). */
  goalAction: string | null;
  status: "BOZZA" | "PUBBLICATA" | "ARCHIVIATA";
  featured: boolean;
  publishedOn: string | null;
  license: string | null;
  software: SoftwareValue | null;
  links: { url: string; title: string }[];
  attachment: { title: string; mediaType: string; sizeBytes: number } | null;
}

/** The ~20 bodies that shared their smart-working solutions (key, article "dell'", name). */
export const sharingBodies: readonly string[] = [
  "slug:unione-della-romagna-faentina",
  "slug:unione-bassa-reggiana",
  "istat:033032", // Comune di Piacenza
  "istat:040007", // Comune di Cesena
  "slug:unione-dei-comuni-della-bassa-romagna",
  "slug:unione-delle-terre-d-argine",
  "slug:nuovo-circondario-imolese",
  "slug:unione-reno-galliera",
  "slug:unione-dei-comuni-valli-del-reno-lavino-e-samoggia",
  "slug:unione-terre-di-castelli",
  "slug:unione-rubicone-e-mare",
  "slug:unione-tresinaro-secchia",
  "ipa:p_pc", // Provincia di Piacenza
  "slug:provincia-di-modena",
  "slug:provincia-di-ravenna",
  "istat:037006", // Comune di Bologna
  "istat:034027", // Comune di Parma
  "istat:035033", // Comune di Reggio nell'Emilia
  "istat:036023", // Comune di Modena
  "istat:099014", // Comune di Rimini
];

/** A body's name with its article, and contracted with di/da/a ("dell'Unione…"). */
export interface Names {
  il: string;
  Il: string;
  di: string;
  da: string;
  a: string;
}

interface Template {
  slug: string;
  title: string;
  summary: (b: Names) => string;
  body: (b: Names) => string;
  kind: SeedResource["kind"];
  topics: string[];
  tags: string[];
  software?: Partial<SoftwareValue>;
  license?: string;
  links?: { url: string; title: string }[];
}

const section = (context: string, solution: string, reuse: string) =>
  `## Il contesto\n\n${context}\n\n## La soluzione\n\n${solution}\n\n## Come riusarla\n\n${reuse}\n`;

/** Technological solutions adopted for smart working in spring 2020. */
export const technological: readonly Template[] = [
  {
    slug: "vpn-desktop-remoto",
    title: "VPN e desktop remoto per il lavoro agile",
    summary: (b: Names) =>
      `Accesso sicuro da casa alle applicazioni dell'ente: VPN SSL con autenticazione a due fattori e desktop remoto verso la postazione d'ufficio, attivati ${b.da} in due settimane.`,
    body: (b: Names) =>
      section(
        `A marzo 2020 ${b.il} ha dovuto portare in lavoro agile in pochi giorni gran parte del personale.`,
        "Un concentratore **VPN SSL** con autenticazione a due fattori (OTP su app) e l'accesso in **desktop remoto** (RDP attraverso un gateway) alla postazione di ufficio: nessun dato lascia la rete dell'ente, i dipendenti usano anche dispositivi personali.",
        "- capitolato e configurazione del gateway\n- istruzioni per i dipendenti (Windows, macOS)\n- regole firewall consigliate",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "sicurezza", "reti"],
    tags: ["vpn", "desktop-remoto", "autenticazione-due-fattori"],
  },
  {
    slug: "videoconferenza",
    title: "Piattaforma di videoconferenza per riunioni e sedute degli organi",
    summary: (b: Names) =>
      `Videoconferenze per riunioni di servizio, giunte e consigli in modalità telematica: la piattaforma open source usata ${b.da}, ospitata nel datacenter regionale.`,
    body: (b: Names) =>
      section(
        `Con il decreto "Cura Italia" le sedute degli organi si sono potute tenere a distanza: ${b.il} aveva bisogno di uno strumento senza licenze per utente.`,
        "Un'istanza di **Jitsi Meet** ospitata su infrastruttura regionale, con stanze protette da password, registrazione delle sedute e streaming pubblico del consiglio.",
        "Configurazione del server, regolamento per le sedute telematiche e guida per consiglieri.",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "comunicazione"],
    tags: ["videoconferenza", "jitsi", "sedute-telematiche"],
    license: "Apache-2.0",
    software: {
      repositoryUrl: "https://github.com/jitsi/jitsi-meet",
      categories: ["video-conferencing", "web-conferencing"],
      maintenanceType: "community",
      contacts: [{ name: "Servizio sistemi informativi", email: null }],
    },
  },
  {
    slug: "firma-remota",
    title: "Firma digitale remota per dirigenti e responsabili",
    summary: (b: Names) =>
      `Firma remota dei provvedimenti senza token fisico: come ${b.il} ha distribuito certificati di firma remota e integrato la firma nel flusso degli atti.`,
    body: (b: Names) =>
      section(
        `I dirigenti ${b.di} firmavano con smart card collegate al PC d'ufficio.`,
        "Certificati di **firma remota** (OTP su app) integrati con il gestionale degli atti e con il protocollo: determine e decreti firmati da casa.",
        "Procedura di richiesta dei certificati, schema di integrazione e FAQ per gli utenti.",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "documenti"],
    tags: ["firma-remota", "atti-amministrativi"],
  },
  {
    slug: "centralino-voip",
    title: "Centralino VoIP e softphone per rispondere da casa",
    summary: (b: Names) =>
      `Gli uffici ${b.di} rispondono ai cittadini anche da remoto: interni del centralino VoIP inoltrati su softphone e app per smartphone.`,
    body: (b: Names) =>
      section(
        `Gli sportelli telefonici ${b.di} dovevano restare raggiungibili con il personale a casa.`,
        "Il centralino **VoIP** dell'ente con interni registrati su **softphone** (PC) e app per smartphone, code di risposta per servizio e statistiche delle chiamate.",
        "Piano di numerazione, configurazione dei client e istruzioni per gli operatori.",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "reti", "comunicazione"],
    tags: ["voip", "softphone", "centralino"],
  },
  {
    slug: "vdi",
    title: "Desktop virtuali (VDI) nel datacenter regionale",
    summary: (b: Names) =>
      `Postazioni di lavoro virtuali ospitate nel datacenter regionale: ${b.il} le usa per dare a tutti lo stesso ambiente, in ufficio e a casa.`,
    body: (b: Names) =>
      section(
        `Le postazioni ${b.di} erano eterogenee e difficili da gestire da remoto.`,
        "**Desktop virtuali** (VDI) erogati dal datacenter regionale, accessibili con client leggero o da browser, con profili per servizio e dati sempre in datacenter.",
        "Dimensionamento, modello di servizio e costi di riferimento.",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "cloud", "sicurezza"],
    tags: ["vdi", "desktop-virtuale", "datacenter"],
  },
  {
    slug: "suite-collaborativa",
    title: "Suite collaborativa in cloud per documenti condivisi",
    summary: (b: Names) =>
      `Cartelle condivise, modifica contemporanea dei documenti e chat di gruppo: la suite collaborativa open source adottata ${b.da}.`,
    body: (b: Names) =>
      section(
        `Gli uffici ${b.di} lavoravano su cartelle di rete raggiungibili solo dalla sede.`,
        "Un'istanza di **Nextcloud** con editor di documenti online, condivisione per gruppi di lavoro e chat, integrata con l'elenco utenti dell'ente.",
        "Configurazione, regole di condivisione e guida per gli utenti.",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "cloud"],
    tags: ["nextcloud", "collaborazione", "documenti-condivisi"],
    license: "AGPL-3.0-or-later",
    software: {
      repositoryUrl: "https://github.com/nextcloud/server",
      categories: ["collaboration", "document-management"],
      maintenanceType: "community",
      contacts: [{ name: "Servizio sistemi informativi", email: null }],
    },
  },
  {
    slug: "protocollo-remoto",
    title: "Protocollo e gestione documentale accessibili da remoto",
    summary: (b: Names) =>
      `Protocollazione, assegnazione e fascicolazione dei documenti da casa: come ${b.il} ha aperto in sicurezza il sistema documentale al lavoro agile.`,
    body: (b: Names) =>
      section(
        `Il protocollo ${b.di} era raggiungibile solo dalla rete interna.`,
        "Pubblicazione del sistema di **gestione documentale** su accesso web protetto, scansione decentrata e assegnazione dei documenti via scrivania virtuale.",
        "Configurazione, profili di accesso e manuale operativo.",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "documenti"],
    tags: ["protocollo", "gestione-documentale"],
  },
  {
    slug: "dotazioni-portatili",
    title: "Portatili per il lavoro da remoto: capitolato e configurazione sicura",
    summary: (b: Names) =>
      `Il capitolato con cui ${b.il} ha acquistato i portatili per gli smart worker e la configurazione sicura standard (cifratura del disco, aggiornamenti, antivirus).`,
    body: (b: Names) =>
      section(
        `Molti dipendenti ${b.di} non avevano un dispositivo adatto al lavoro da casa.`,
        "Un **capitolato tecnico** per portatili in convenzione e un'immagine standard con cifratura del disco, aggiornamenti automatici e gestione centralizzata.",
        "Capitolato, checklist di configurazione e modulo di consegna al dipendente.",
      ),
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["lavoro-agile", "sicurezza"],
    tags: ["dotazioni", "portatili", "capitolato"],
  },
];

/** Organisational solutions: rules, agreements, training, monitoring. */
export const organisational: readonly Template[] = [
  {
    slug: "regolamento",
    title: "Regolamento per il lavoro agile",
    summary: (b: Names) =>
      `Il regolamento ${b.di} per il lavoro agile: chi può accedervi, giornate e fasce di contattabilità, diritto alla disconnessione, strumenti e sicurezza.`,
    body: (b: Names) =>
      section(
        `Dopo la fase emergenziale ${b.il} ha voluto rendere il lavoro agile una modalità ordinaria.`,
        "Un **regolamento** approvato dalla Giunta dopo il confronto con le organizzazioni sindacali: accesso su base volontaria, fino a 2 giorni a settimana, fasce di contattabilità e diritto alla disconnessione.",
        "Testo del regolamento in formato modificabile e delibera di approvazione.",
      ),
    kind: "SOLUZIONE_ORGANIZZATIVA",
    topics: ["lavoro-agile"],
    tags: ["regolamento", "smart-working"],
  },
  {
    slug: "accordo-individuale",
    title: "Modello di accordo individuale di lavoro agile",
    summary: (b: Names) =>
      `Lo schema di accordo individuale (legge 81/2017) usato ${b.da}: obiettivi, luoghi, tempi, strumenti, recesso.`,
    body: (b: Names) =>
      section(
        `La legge 81/2017 richiede un accordo scritto tra l'ente e il lavoratore: ${b.il} ne ha preparato uno schema unico.`,
        "Lo **schema di accordo individuale** con allegati: scheda delle attività, obiettivi e indicatori, informativa sulla sicurezza, dotazioni consegnate.",
        "Modello in formato modificabile e istruzioni per i responsabili.",
      ),
    kind: "SOLUZIONE_ORGANIZZATIVA",
    topics: ["lavoro-agile"],
    tags: ["accordo-individuale", "legge-81-2017"],
  },
  {
    slug: "pola",
    title: "Piano organizzativo del lavoro agile (POLA)",
    summary: (b: Names) =>
      `Il POLA ${b.di}: stato di attuazione, condizioni abilitanti, percorso di sviluppo e indicatori, come richiesto dal decreto Rilancio.`,
    body: (b: Names) =>
      section(
        `Il decreto Rilancio ha chiesto a ogni amministrazione un Piano organizzativo del lavoro agile: ${b.il} lo ha costruito con i dirigenti.`,
        "Un **POLA** con mappatura delle attività, livello di digitalizzazione, formazione prevista e indicatori di performance.",
        "Indice ragionato, tabelle degli indicatori e cronoprogramma.",
      ),
    kind: "SOLUZIONE_ORGANIZZATIVA",
    topics: ["lavoro-agile", "dati"],
    tags: ["pola", "pianificazione"],
  },
  {
    slug: "mappatura-attivita",
    title: "Mappatura delle attività svolgibili in lavoro agile",
    summary: (b: Names) =>
      `Come ${b.il} ha censito, ufficio per ufficio, le attività che si possono svolgere a distanza e quelle che richiedono la presenza.`,
    body: (b: Names) =>
      section(
        `Per decidere chi potesse lavorare da casa ${b.il} aveva bisogno di un quadro delle attività.`,
        "Una **scheda di rilevazione** per servizio, con criteri (autonomia, strumenti, contatto con il pubblico) e un foglio di calcolo di sintesi.",
        "Scheda, criteri e foglio di sintesi.",
      ),
    kind: "SOLUZIONE_ORGANIZZATIVA",
    topics: ["lavoro-agile", "dati"],
    tags: ["mappatura-attivita", "organizzazione"],
  },
  {
    slug: "formazione-dipendenti",
    title: "Formazione dei dipendenti e dei responsabili al lavoro agile",
    summary: (b: Names) =>
      `Il percorso formativo ${b.di} per smart worker e responsabili: strumenti digitali, lavoro per obiettivi, sicurezza, benessere.`,
    body: (b: Names) =>
      section(
        `Il passaggio improvviso al lavoro da remoto ha mostrato ${b.a} il bisogno di nuove competenze.`,
        "Un percorso in **webinar** (4 moduli da 2 ore) per dipendenti e uno per i responsabili sulla guida dei gruppi a distanza.",
        "Programma, slide e questionario di gradimento.",
      ),
    kind: "FORMAZIONE",
    topics: ["lavoro-agile", "formazione", "competenze-digitali"],
    tags: ["formazione", "webinar", "smart-worker"],
  },
  {
    slug: "informativa-sicurezza",
    title: "Informativa sulla salute e sicurezza nel lavoro agile",
    summary: (b: Names) =>
      `L'informativa che ${b.il} consegna a chi lavora in modalità agile: postazione, pause, rischi e comportamenti corretti fuori dalla sede.`,
    body: (b: Names) =>
      section(
        `L'ente deve informare per iscritto il lavoratore agile sui rischi: ${b.il} ha aggiornato l'informativa con il medico competente.`,
        "Un'**informativa** illustrata su postazione, ergonomia, pause e uso sicuro dei dispositivi.",
        "Testo dell'informativa e modulo di presa visione.",
      ),
    kind: "SOLUZIONE_ORGANIZZATIVA",
    topics: ["lavoro-agile"],
    tags: ["salute-e-sicurezza", "informativa"],
  },
  {
    slug: "monitoraggio",
    title: "Monitoraggio dei risultati del lavoro agile",
    summary: (b: Names) =>
      `Gli indicatori con cui ${b.il} misura il lavoro agile: attività svolte, obiettivi raggiunti, soddisfazione dei dipendenti e dei cittadini.`,
    body: (b: Names) =>
      section(
        `${b.Il} voleva capire se il lavoro agile avesse cambiato la qualità dei servizi.`,
        "Un **cruscotto** mensile con indicatori per servizio e un questionario semestrale ai dipendenti.",
        "Elenco degli indicatori, questionario e modello del cruscotto.",
      ),
    kind: "SOLUZIONE_ORGANIZZATIVA",
    topics: ["lavoro-agile", "dati"],
    tags: ["monitoraggio", "indicatori"],
  },
  {
    slug: "disciplinare-strumenti",
    title: "Disciplinare sull'uso degli strumenti informatici da remoto",
    summary: (b: Names) =>
      `Le regole ${b.di} per usare da casa PC, VPN, posta e cartelle condivise: dati personali, dispositivi personali, segnalazione degli incidenti.`,
    body: (b: Names) =>
      section(
        `Con il lavoro da casa ${b.il} ha dovuto aggiornare le regole d'uso degli strumenti informatici.`,
        "Un **disciplinare** per gli utenti con regole chiare sui dispositivi personali, sul trattamento dei dati e sulla segnalazione degli incidenti di sicurezza.",
        "Testo del disciplinare e infografica per i dipendenti.",
      ),
    kind: "SOLUZIONE_ORGANIZZATIVA",
    topics: ["lavoro-agile", "sicurezza"],
    tags: ["disciplinare", "privacy"],
  },
];

/** Resources that are not one body's smart-working solution (kits, deliverables, call, trainings). */
type Optional = "status" | "featured" | "license" | "software" | "links" | "attachment";
export type OtherResource = Omit<SeedResource, Optional> & Partial<Pick<SeedResource, Optional>>;

export const otherResources: readonly OtherResource[] = [
  {
    key: "vela-kit-riuso",
    title: "Kit di riuso VeLa per lo smart working",
    summary:
      'Il kit di riuso del progetto VeLa ("Veloce, Leggero, Agile", PON Governance 2014-2020, capofila la Regione Emilia-Romagna): modelli, strumenti e percorsi per introdurre il lavoro agile in un ente.',
    body: `## Cos'è\n\nVeLa ("Veloce, Leggero, Agile") è il progetto di riuso del PON Governance 2014-2020 guidato dalla Regione Emilia-Romagna. Il **kit di riuso** raccoglie ciò che serve a un ente per introdurre il lavoro agile.\n\n## Cosa contiene\n\n- regolamento e accordo individuale tipo\n- mappatura delle attività\n- percorso formativo per dipendenti e dirigenti\n- indicatori di monitoraggio\n- piano di comunicazione interna\n\n## Per chi\n\nComuni, Unioni e Province che vogliono adottare il lavoro agile in modo ordinario.\n`,
    kind: "KIT_RIUSO",
    topics: ["lavoro-agile", "formazione", "competenze-digitali"],
    tags: ["vela", "kit-riuso", "pon-governance"],
    organization: "ipa:r_emiro",
    community: "comunicazione-digitale",
    goalAction: "CM-2020-01",
    publishedOn: "2020-10-15",
    featured: true,
    license: "CC-BY-4.0",
  },
  {
    key: "kit-buone-pratiche",
    title: "Kit di buone pratiche per il lavoro agile",
    summary:
      "Le esperienze di lavoro agile di Comune di Piacenza, Comune di Cesena, Unione della Romagna Faentina, Unione Bassa Reggiana e Città metropolitana di Bologna, raccolte dalla comunità Competenze Digitali.",
    body: `## Le esperienze\n\nCinque enti raccontano come hanno organizzato il lavoro agile prima, durante e dopo l'emergenza del 2020:\n\n1. Comune di Piacenza\n2. Comune di Cesena\n3. Unione della Romagna Faentina\n4. Unione Bassa Reggiana\n5. Città metropolitana di Bologna\n\nPer ciascuno: contesto, scelte organizzative e tecnologiche, risultati, cosa rifarebbero.\n`,
    kind: "KIT_RIUSO",
    topics: ["lavoro-agile", "competenze-digitali"],
    tags: ["buone-pratiche", "casi-di-studio"],
    organization: "slug:lepida",
    community: "competenze-digitali",
    goalAction: "CD-2020-02",
    publishedOn: "2020-11-20",
    featured: true,
    license: "CC-BY-4.0",
  },
  ...(
    [
      ["istat:033032", "il Comune di Piacenza", "lavoro agile per obiettivi in tutti i servizi"],
      [
        "istat:040007",
        "il Comune di Cesena",
        "dal lavoro da casa emergenziale al lavoro agile ordinario",
      ],
      [
        "slug:unione-della-romagna-faentina",
        "l'Unione della Romagna Faentina",
        "un unico modello per sei Comuni",
      ],
      [
        "slug:unione-bassa-reggiana",
        "l'Unione Bassa Reggiana",
        "strumenti condivisi tra i Comuni dell'Unione",
      ],
      ["ipa:cmbo", "la Città metropolitana di Bologna", "il lavoro agile e la rete metropolitana"],
    ] as const
  ).map(([organization, subject, angle], i) => ({
    key: `caso-buone-pratiche-${i + 1}`,
    title: `Buona pratica di lavoro agile: ${subject.replace(/^(il|la|l') ?/, "")}`,
    summary: `Un caso del kit di buone pratiche per il lavoro agile: ${angle}.`,
    body: section(
      `${subject.charAt(0).toUpperCase()}${subject.slice(1)} aveva avviato una sperimentazione di lavoro agile prima del 2020.`,
      `Nel 2020 ha esteso il lavoro agile: ${angle}. Regolamento, accordi individuali, formazione e strumenti sono descritti nel kit.`,
      "Documenti e contatti sono nel kit di buone pratiche della comunità Competenze Digitali.",
    ),
    kind: "SOLUZIONE_ORGANIZZATIVA" as const,
    topics: ["lavoro-agile"],
    tags: ["buone-pratiche", "caso-di-studio"],
    organization,
    community: "competenze-digitali",
    goalAction: null,
    publishedOn: "2020-11-20",
  })),
  {
    key: "bando-lavoro-agile-2020",
    title: "Bando regionale 2020 per il lavoro agile negli enti locali",
    summary:
      "Il bando della Regione Emilia-Romagna per progetti di lavoro agile degli enti locali: circa 3,45 milioni di euro, 55 progetti finanziati, circa 200 enti coinvolti.",
    body: `## In breve\n\n- **Risorse**: circa 3,45 milioni di euro\n- **Progetti finanziati**: 55\n- **Enti coinvolti**: circa 200, anche in forma associata\n\n## Cosa finanzia\n\nDotazioni tecnologiche, formazione, accompagnamento organizzativo e spazi di co-working pubblici per il lavoro agile.\n`,
    kind: "BANDO",
    topics: ["lavoro-agile", "coworking"],
    tags: ["bando", "finanziamenti", "regione"],
    organization: "ipa:r_emiro",
    community: null,
    goalAction: null,
    publishedOn: "2020-07-28",
    featured: true,
  },
  {
    key: "deliverable-mappatura-progetti",
    title: "Mappatura dei progetti digitali degli enti",
    summary:
      "Il deliverable dell'azione AD-2020-03: la ricognizione dei progetti digitali in corso negli enti aderenti, per ambito e stato di avanzamento.",
    body: "## Il deliverable\n\nUn elenco ragionato dei progetti digitali degli enti aderenti, con ambito, stato e referenti, usato per le Agende Digitali Locali.\n",
    kind: "DELIVERABLE",
    topics: ["dati", "competenze-digitali"],
    tags: ["agende-digitali", "ricognizione"],
    organization: "slug:lepida",
    community: "agende-digitali-locali",
    goalAction: "AD-2020-03",
    publishedOn: "2020-12-10",
  },
  {
    key: "deliverable-firma-sigillo",
    title: "Firma e sigillo elettronico: linee guida per gli enti",
    summary:
      "Il deliverable dell'azione DD-2020-03: quando usare firma digitale, firma remota e sigillo elettronico qualificato, con modelli di procedura.",
    body: "## Il deliverable\n\nLinee guida su **firma digitale, firma remota e sigillo elettronico** negli atti e nei documenti dell'ente, con esempi di procedura e riferimenti normativi (eIDAS, CAD).\n",
    kind: "DELIVERABLE",
    topics: ["documenti", "lavoro-agile"],
    tags: ["firma-digitale", "sigillo-elettronico", "eidas"],
    organization: "ipa:r_emiro",
    community: "documenti-digitali",
    goalAction: "DD-2020-03",
    publishedOn: "2020-12-15",
  },
  {
    key: "deliverable-accessibilita",
    title: "Accessibilità dei siti istituzionali: guida e checklist",
    summary:
      "Il deliverable dell'azione CM-2020-02: guida pratica e checklist per la dichiarazione di accessibilità e il meccanismo di feedback dei siti degli enti.",
    body: "## Il deliverable\n\nUna **checklist** basata sulle linee guida AgID (WCAG 2.1 AA) e una guida alla compilazione della dichiarazione di accessibilità.\n",
    kind: "DELIVERABLE",
    topics: ["accessibilita", "comunicazione"],
    tags: ["accessibilita", "agid", "wcag"],
    organization: "ipa:r_emiro",
    community: "comunicazione-digitale",
    goalAction: "CM-2020-02",
    publishedOn: "2020-12-01",
  },
  {
    key: "formazione-smart-worker",
    title: "Formazione per gli smart worker degli enti",
    summary:
      "Il percorso dell'azione CD-2020-01 (in corso): webinar per gli smart worker degli enti su strumenti di collaborazione, organizzazione del tempo e sicurezza.",
    body: "## Il percorso\n\nSei webinar aperti ai dipendenti degli enti aderenti: strumenti di collaborazione, videoconferenze efficaci, organizzazione per obiettivi, sicurezza informatica da casa.\n",
    kind: "FORMAZIONE",
    topics: ["lavoro-agile", "formazione", "competenze-digitali"],
    tags: ["webinar", "smart-worker"],
    organization: "slug:lepida",
    community: "competenze-digitali",
    goalAction: "CD-2020-01",
    publishedOn: "2020-09-15",
  },
  {
    key: "infrastrutture-lavoro-agile",
    title: "Potenziamento delle infrastrutture per il lavoro agile",
    summary:
      "Lo stato dell'azione RE-2020-02 (in corso): più banda verso il datacenter regionale e concentratori VPN condivisi per gli enti collegati alla rete Lepida.",
    body: "## Cosa si sta facendo\n\nAumento della capacità dei collegamenti della rete regionale e un servizio di **VPN condivisa** per gli enti che non ne hanno una propria.\n",
    kind: "DELIVERABLE",
    topics: ["lavoro-agile", "reti", "cloud"],
    tags: ["rete-lepida", "vpn", "banda"],
    organization: "slug:lepida",
    community: "reti",
    goalAction: "RE-2020-02",
    publishedOn: "2020-10-05",
  },
  {
    key: "seminari-rtd",
    title: "Il Piano triennale dell'informatica nella PA e il ruolo del RTD — ciclo di seminari",
    summary:
      "Il ciclo di seminari dell'azione AD-2020-01 (in corso) per i Responsabili per la Transizione Digitale: il Piano triennale e come tradurlo nell'ente.",
    body: "## Il ciclo\n\nSeminari online sul Piano triennale per l'informatica nella PA e sul ruolo del **RTD**, con materiali e registrazioni.\n",
    kind: "FORMAZIONE",
    topics: ["formazione", "competenze-digitali"],
    tags: ["rtd", "piano-triennale", "seminari"],
    organization: "ipa:r_emiro",
    community: "agende-digitali-locali",
    goalAction: "AD-2020-01",
    publishedOn: "2020-09-01",
  },
  {
    key: "coworking-pubblici",
    title: "Spazi pubblici di co-working: mappa e modello di gestione",
    summary:
      "Lo stato dell'azione TI-2020-02 (in corso): la mappa degli spazi pubblici di co-working per i dipendenti pubblici e un modello di convenzione tra enti.",
    body: "## Il lavoro in corso\n\nUna mappa degli spazi di **co-working** pubblici e un modello di convenzione per ospitare dipendenti di altri enti vicino a casa.\n",
    kind: "GUIDA",
    topics: ["coworking", "lavoro-agile"],
    tags: ["coworking", "spazi-pubblici"],
    organization: "ipa:r_emiro",
    community: "territori-intelligenti",
    goalAction: "TI-2020-02",
    publishedOn: "2020-11-02",
  },
  {
    key: "webinar-sicurezza-casa",
    title: "Webinar: sicurezza informatica per chi lavora da casa",
    summary:
      "Un'ora per riconoscere phishing, proteggere la rete di casa e usare bene VPN e password: registrazione e materiali del webinar di Lepida.",
    body: "## Programma\n\n- phishing e truffe legate all'emergenza\n- router di casa e Wi-Fi\n- VPN, password e autenticazione a due fattori\n",
    kind: "FORMAZIONE",
    topics: ["sicurezza", "lavoro-agile", "formazione"],
    tags: ["phishing", "webinar"],
    organization: "slug:lepida",
    community: "servizi-centralizzati-cloud",
    goalAction: null,
    publishedOn: "2020-04-22",
  },
  {
    key: "webinar-guidare-team",
    title: "Webinar: guidare un gruppo di lavoro a distanza",
    summary:
      "Per dirigenti e responsabili: obiettivi, riunioni brevi, fiducia e feedback quando il gruppo lavora in modalità agile.",
    body: "## Programma\n\nLavoro per obiettivi, riunioni a distanza efficaci, strumenti per coordinare il gruppo e prevenire l'isolamento.\n",
    kind: "FORMAZIONE",
    topics: ["lavoro-agile", "formazione"],
    tags: ["leadership", "webinar"],
    organization: "ipa:r_emiro",
    community: "competenze-digitali",
    goalAction: null,
    publishedOn: "2020-05-14",
  },
  {
    key: "linee-guida-open-data",
    title: "Linee guida open data per i Comuni",
    summary:
      "La bozza di linee guida dell'azione DA-2020-02 (in corso): quali dataset pubblicare per primi, licenze, formati e metadati DCAT-AP_IT.",
    body: "## Contenuti\n\nPriorità di pubblicazione, licenza CC-BY 4.0, formati aperti e metadati **DCAT-AP_IT**.\n",
    kind: "GUIDA",
    topics: ["open-data", "dati"],
    tags: ["open-data", "dcat-ap-it"],
    organization: "ipa:r_emiro",
    community: "dati",
    goalAction: "DA-2020-02",
    publishedOn: "2020-11-30",
  },
  {
    key: "guida-app-io",
    title: "Servizi su App IO: guida all'integrazione per gli enti",
    summary:
      "Come portare i servizi dell'ente su App IO: adesione, messaggi, pagamenti pagoPA e scadenze, con l'esperienza dei primi Comuni.",
    body: "## Passi\n\n1. adesione e accordo\n2. primi messaggi ai cittadini\n3. avvisi di pagamento **pagoPA**\n",
    kind: "GUIDA",
    topics: ["interoperabilita", "pagamenti", "identita-digitale"],
    tags: ["app-io", "pagopa"],
    organization: "istat:037006",
    community: "integrazioni-digitali",
    goalAction: null,
    publishedOn: "2020-10-20",
  },
  {
    key: "checklist-sicurezza",
    title: "Checklist di sicurezza informatica per gli enti",
    summary:
      "Le misure minime di sicurezza AgID in forma di checklist, con le priorità per enti piccoli: backup, aggiornamenti, accessi, formazione.",
    body: "## La checklist\n\nMisure minime AgID ordinate per priorità, con indicazioni per enti senza un servizio informatico interno.\n",
    kind: "GUIDA",
    topics: ["sicurezza", "cloud"],
    tags: ["misure-minime", "agid"],
    organization: "slug:unione-terre-di-castelli",
    community: "servizi-centralizzati-cloud",
    goalAction: null,
    publishedOn: "2020-09-28",
  },
  {
    key: "sensori-aria",
    title: "Sensori IoT per la qualità dell'aria: capitolato di esempio",
    summary:
      "Il capitolato usato per installare centraline a basso costo per la qualità dell'aria e pubblicarne i dati aperti.",
    body: "## Contenuti\n\nRequisiti delle centraline, trasmissione dei dati, pubblicazione come **open data**.\n",
    kind: "SOLUZIONE_TECNOLOGICA",
    topics: ["iot", "open-data"],
    tags: ["sensori", "qualita-aria"],
    organization: "istat:036023",
    community: "territori-intelligenti",
    goalAction: null,
    publishedOn: "2020-12-04",
  },
  {
    key: "rientro-lavoro-ibrido",
    title: "Linee guida per il rientro in sede e il lavoro ibrido",
    summary: "Bozza: regole per alternare presenza e lavoro agile dopo l'emergenza.",
    body: "## Bozza in lavorazione\n\nTurni di presenza, prenotazione delle postazioni, riunioni ibride.\n",
    kind: "GUIDA",
    topics: ["lavoro-agile"],
    tags: ["lavoro-ibrido"],
    organization: "istat:036023",
    community: "competenze-digitali",
    goalAction: null,
    publishedOn: null,
    status: "BOZZA",
  },
  {
    key: "istruzioni-provvisorie",
    title: "Istruzioni provvisorie per il lavoro da casa (marzo 2020)",
    summary:
      "Le prime istruzioni diramate a marzo 2020, superate dal regolamento per il lavoro agile.",
    body: "Superate dal regolamento: restano come documentazione della fase emergenziale.\n",
    kind: "ALTRO",
    topics: ["lavoro-agile"],
    tags: ["emergenza"],
    organization: "istat:034027",
    community: "competenze-digitali",
    goalAction: null,
    publishedOn: "2020-03-12",
    status: "ARCHIVIATA",
  },
];
