/**
 * The 2020 cycle: one PdA per ComTem, 27 goal-actions, 21 needing a working group, 19 groups
 * started in July 2020 and 2 composed later (source texts). Titles follow the themes of the
 * 2020 news and DOMAIN.md's real deliverables; the split per community, dates and progress are
 * ILLUSTRATIVE.
 */
export type Kind =
  | "LINEE_GUIDA"
  | "KIT_RIUSO"
  | "REPORT"
  | "SURVEY"
  | "MODELLO"
  | "WEBINAR"
  | "DATASET"
  | "SOFTWARE"
  | "ALTRO";

export interface SeedGoalAction {
  title: string;
  description: string;
  deliverable: string;
  kind: Kind;
  /** "july": group composed and started in July 2020; "later": composed in the autumn; null: no group. */
  group: "july" | "later" | null;
  start: string;
  end: string;
  progress: number;
  /** Kick-off contributions (1-based, of the same community) that the action answers. */
  answers: number[];
}

export const plans2020: Record<string, SeedGoalAction[]> = {
  "agenda-digitale": [
    {
      title: "Ciclo di seminari sul Piano triennale e il ruolo del RTD",
      description:
        "Seminari per Responsabili per la Transizione Digitale sul Piano triennale per l'informatica nella PA.",
      deliverable:
        "Il Piano triennale dell'informatica nella PA e il ruolo del RTD — ciclo di seminari",
      kind: "WEBINAR",
      group: "july",
      start: "2020-07-01",
      end: "2020-12-15",
      progress: 80,
      answers: [1, 2],
    },
    {
      title: "Modello di Agenda Digitale Locale",
      description: "Un modello condiviso per redigere e monitorare le Agende Digitali Locali.",
      deliverable: "Modello di Agenda Digitale Locale",
      kind: "MODELLO",
      group: "july",
      start: "2020-07-01",
      end: "2021-03-31",
      progress: 45,
      answers: [3],
    },
    {
      title: "Mappatura dei progetti digitali degli enti",
      description: "Ricognizione dei progetti in corso negli enti aderenti.",
      deliverable: "Report sulla mappatura dei progetti digitali",
      kind: "REPORT",
      group: null,
      start: "2020-06-15",
      end: "2020-10-31",
      progress: 100,
      answers: [3],
    },
  ],
  "integrazioni-digitali": [
    {
      title: "Linee guida per l'integrazione con pagoPA",
      description:
        "Percorsi e soluzioni per integrare i servizi di pagamento degli enti con pagoPA.",
      deliverable: "Linee guida integrazione pagoPA",
      kind: "LINEE_GUIDA",
      group: "july",
      start: "2020-07-06",
      end: "2020-12-18",
      progress: 70,
      answers: [1],
    },
    {
      title: "Accesso ai servizi con SPID e CIE",
      description: "Esperienze e modelli per l'accesso con identità digitale ai servizi online.",
      deliverable: "Kit di adozione SPID e CIE per gli enti",
      kind: "KIT_RIUSO",
      group: "july",
      start: "2020-07-06",
      end: "2021-02-26",
      progress: 50,
      answers: [2, 3],
    },
    {
      title: "Servizi su App IO",
      description: "Censimento dei servizi comunali pubblicabili su App IO.",
      deliverable: "Catalogo dei servizi pubblicabili su App IO",
      kind: "DATASET",
      group: "later",
      start: "2020-10-01",
      end: "2021-04-30",
      progress: 15,
      answers: [3],
    },
  ],
  "competenze-digitali": [
    {
      title: "Formazione per gli smart worker degli enti",
      description: "Percorso formativo sul lavoro agile per dipendenti e dirigenti.",
      deliverable: "Percorso formativo per smart worker",
      kind: "WEBINAR",
      group: "july",
      start: "2020-07-01",
      end: "2020-11-30",
      progress: 90,
      answers: [1],
    },
    {
      title: "Kit di buone pratiche per il lavoro agile",
      description:
        "Casi di Comune di Piacenza, Comune di Cesena, Unione della Romagna Faentina, Unione Bassa Reggiana e Città metropolitana di Bologna.",
      deliverable: "Kit di buone pratiche sullo smart working",
      kind: "KIT_RIUSO",
      group: "july",
      start: "2020-07-01",
      end: "2020-12-31",
      progress: 85,
      answers: [2, 3],
    },
    {
      title: "Rilevazione delle competenze digitali dei dipendenti",
      description: "Questionario di autovalutazione delle competenze digitali.",
      deliverable: "Survey sulle competenze digitali",
      kind: "SURVEY",
      group: "july",
      start: "2020-07-15",
      end: "2021-01-31",
      progress: 40,
      answers: [3],
    },
  ],
  dati: [
    {
      title: "Banca Regionale del Dato: dataset condivisi",
      description: "Dataset comunali da pubblicare nella Banca Regionale del Dato.",
      deliverable: "Elenco e schema dei dataset condivisi",
      kind: "DATASET",
      group: "july",
      start: "2020-07-01",
      end: "2021-03-31",
      progress: 35,
      answers: [1, 2],
    },
    {
      title: "Linee guida open data per i Comuni",
      description: "Licenze, formati e processi di pubblicazione dei dati aperti.",
      deliverable: "Linee guida open data",
      kind: "LINEE_GUIDA",
      group: "july",
      start: "2020-07-01",
      end: "2020-12-31",
      progress: 60,
      answers: [3],
    },
    {
      title: "Cruscotto di indicatori territoriali",
      description: "Prototipo di cruscotto su dati demografici ed economici.",
      deliverable: "Prototipo di cruscotto",
      kind: "SOFTWARE",
      group: null,
      start: "2020-09-01",
      end: "2021-06-30",
      progress: 10,
      answers: [3],
    },
  ],
  "documenti-digitali": [
    {
      title: "Manuale di gestione documentale",
      description:
        "Modello di manuale di gestione documentale conforme alle nuove linee guida AgID.",
      deliverable: "Modello di manuale di gestione documentale",
      kind: "MODELLO",
      group: "july",
      start: "2020-07-01",
      end: "2021-01-31",
      progress: 55,
      answers: [1],
    },
    {
      title: "Conservazione digitale con PArER",
      description:
        "Percorso di adesione al servizio di conservazione del polo archivistico regionale.",
      deliverable: "Guida all'adesione alla conservazione",
      kind: "LINEE_GUIDA",
      group: "july",
      start: "2020-07-01",
      end: "2020-12-31",
      progress: 65,
      answers: [2],
    },
    {
      title: "Firma e sigillo elettronico",
      description: "Ricognizione delle soluzioni di firma digitale remota in uso.",
      deliverable: "Report sulle soluzioni di firma remota",
      kind: "REPORT",
      group: null,
      start: "2020-06-15",
      end: "2020-09-30",
      progress: 100,
      answers: [3],
    },
  ],
  reti: [
    {
      title: "Banda ultra larga nelle aree produttive",
      description: "Stato dei lavori e priorità dei territori per la banda ultra larga.",
      deliverable: "Report sulle priorità BUL",
      kind: "REPORT",
      group: "july",
      start: "2020-07-01",
      end: "2020-12-31",
      progress: 50,
      answers: [1],
    },
    {
      title: "Potenziamento delle infrastrutture per il lavoro agile",
      description: "VPN, connettività e postazioni remote negli enti.",
      deliverable: "Linee guida infrastrutture per il lavoro agile",
      kind: "LINEE_GUIDA",
      group: "july",
      start: "2020-07-01",
      end: "2020-11-30",
      progress: 75,
      answers: [2, 3],
    },
    {
      title: "Wi-Fi pubblico EmiliaRomagnaWiFi",
      description: "Estensione dei punti di accesso pubblici nei Comuni.",
      deliverable: "Piano di estensione dei punti Wi-Fi",
      kind: "ALTRO",
      group: null,
      start: "2020-09-01",
      end: "2021-05-31",
      progress: 20,
      answers: [3],
    },
  ],
  "territori-intelligenti": [
    {
      title: "Sensoristica IoT per la qualità dell'aria",
      description: "Sperimentazione di sensori a basso costo in alcuni Comuni.",
      deliverable: "Report della sperimentazione IoT",
      kind: "REPORT",
      group: "july",
      start: "2020-07-01",
      end: "2021-06-30",
      progress: 30,
      answers: [1],
    },
    {
      title: "Spazi pubblici di co-working",
      description: "Mappa e modello di gestione degli spazi pubblici di co-working.",
      deliverable: "Modello di gestione degli spazi di co-working",
      kind: "MODELLO",
      group: "july",
      start: "2020-07-01",
      end: "2021-02-28",
      progress: 45,
      answers: [2],
    },
    {
      title: "Illuminazione pubblica intelligente",
      description: "Criteri per bandi di illuminazione pubblica con servizi smart.",
      deliverable: "Linee guida per i capitolati smart lighting",
      kind: "LINEE_GUIDA",
      group: "later",
      start: "2020-10-15",
      end: "2021-06-30",
      progress: 5,
      answers: [3],
    },
  ],
  "servizi-centralizzati-cloud": [
    {
      title: "Migrazione al cloud dei servizi comunali",
      description: "Percorso di migrazione verso il cloud qualificato e i data center regionali.",
      deliverable: "Kit di migrazione al cloud",
      kind: "KIT_RIUSO",
      group: "july",
      start: "2020-07-01",
      end: "2021-06-30",
      progress: 35,
      answers: [1, 2],
    },
    {
      title: "Sicurezza informatica negli enti",
      description: "Misure minime di sicurezza ICT e gestione degli incidenti.",
      deliverable: "Linee guida di sicurezza informatica",
      kind: "LINEE_GUIDA",
      group: "july",
      start: "2020-07-01",
      end: "2020-12-31",
      progress: 60,
      answers: [3],
    },
  ],
  "accesso-unico": [
    {
      title: "Sportello unico digitale per cittadini e imprese",
      description: "Requisiti comuni per un punto di accesso unico ai servizi.",
      deliverable: "Documento dei requisiti dello sportello unico",
      kind: "MODELLO",
      group: "july",
      start: "2020-07-01",
      end: "2021-03-31",
      progress: 40,
      answers: [1, 2],
    },
    {
      title: "Modulistica online unificata",
      description: "Moduli standard regionali per le istanze online.",
      deliverable: "Set di moduli standard",
      kind: "MODELLO",
      group: null,
      start: "2020-06-15",
      end: "2020-12-31",
      progress: 70,
      answers: [3],
    },
  ],
  "comunicazione-digitale": [
    {
      title: "Kit di riuso VeLa per lo smart working",
      description:
        "Diffusione degli strumenti del progetto VeLa (Veloce, Leggero, Agile) negli enti.",
      deliverable: "Kit di riuso VeLa per lo smart working",
      kind: "KIT_RIUSO",
      group: "july",
      start: "2020-07-01",
      end: "2020-12-31",
      progress: 90,
      answers: [1, 2],
    },
    {
      title: "Accessibilità dei siti istituzionali",
      description: "Verifiche e dichiarazioni di accessibilità secondo le linee guida AgID.",
      deliverable: "Linee guida per la dichiarazione di accessibilità",
      kind: "LINEE_GUIDA",
      group: null,
      start: "2020-07-01",
      end: "2020-09-23",
      progress: 100,
      answers: [3],
    },
  ],
};
