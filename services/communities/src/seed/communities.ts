/**
 * Seed data: the ten Comunità Tematiche of 2020.
 *
 * ILLUSTRATIVE: the exact 2020 list is not published in our sources; this is the plausible list
 * reconstructed from public news of the 2017-2023 cycle (see shared/docs/DOMAIN.md). Slugs,
 * English names, kinds, start dates and every declaratoria text are written for the demo, in
 * the spirit of the public documents, not copied from them. `skills` (the people seed's skill
 * tags) only steer which demo people join which community.
 */
export interface SeedCommunity {
  slug: string;
  name: string;
  nameEn: string;
  kind: "TRASVERSALE" | "SPECIFICA";
  activeFrom: string;
  skills: string[];
  declaratoria: {
    themes: string[];
    mission: string;
    perimeter: string;
    longTermObjectives: string;
    expectedResults: string;
    participantProfile: string;
  };
  /** Proposals (P) and needs (E) raised at the 2020 kick-off: illustrative titles. */
  contributions: { kind: "PROPOSTA" | "ESIGENZA"; title: string; description: string }[];
}

export const seedCommunities: readonly SeedCommunity[] = [
  {
    slug: "agenda-digitale",
    name: "Agende Digitali Locali",
    nameEn: "Local Digital Agendas",
    kind: "TRASVERSALE",
    activeFrom: "2017-03-21",
    skills: ["e-government", "comunicazione", "appalti-ict"],
    declaratoria: {
      themes: ["agende digitali locali", "pianificazione", "governance dell'innovazione"],
      mission:
        "Accompagnare Comuni e Unioni nella definizione e nell'attuazione della propria Agenda Digitale Locale, in coerenza con ADER 2020-2025.",
      perimeter:
        "Metodi di pianificazione, governance e monitoraggio dell'innovazione negli enti locali; non comprende progetti tecnologici specifici, seguiti dalle comunità dedicate.",
      longTermObjectives:
        "Ogni Unione dotata di un'Agenda Digitale Locale aggiornata e collegata agli obiettivi regionali e nazionali.",
      expectedResults:
        "Modelli condivisi di Agenda Digitale Locale, indicatori di monitoraggio comuni, casi di studio.",
      participantProfile:
        "Responsabili per la Transizione Digitale, amministratori con delega all'innovazione, referenti della programmazione.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Modello comune di Agenda Digitale Locale per le Unioni",
        description:
          "Serve uno schema condiviso per redigere e aggiornare l'Agenda Digitale dell'Unione.",
      },
      {
        kind: "PROPOSTA",
        title: "Indicatori di monitoraggio condivisi tra gli enti",
        description:
          "Proponiamo un set minimo di indicatori da raccogliere ogni anno in tutti gli enti.",
      },
      {
        kind: "ESIGENZA",
        title: "Raccordo tra Piano triennale AgID e agende locali",
        description:
          "Chiediamo indicazioni su come recepire il Piano triennale nelle agende locali.",
      },
      {
        kind: "PROPOSTA",
        title: "Ciclo di seminari sul ruolo del RTD",
        description:
          'Un ciclo di seminari "Il Piano triennale dell\'informatica nella PA e il ruolo del RTD".',
      },
      {
        kind: "PROPOSTA",
        title: "Raccolta di casi di Agende Digitali già approvate",
        description: "Mettere a disposizione le agende già approvate come esempi di riuso.",
      },
      {
        kind: "ESIGENZA",
        title: "Supporto alla governance nelle Unioni con servizi ICT associati",
        description:
          "Le Unioni chiedono modelli di convenzione per la gestione associata dei servizi ICT.",
      },
    ],
  },
  {
    slug: "integrazioni-digitali",
    name: "Integrazioni Digitali",
    nameEn: "Digital Integrations",
    kind: "SPECIFICA",
    activeFrom: "2017-03-21",
    skills: ["anpr", "pagopa", "interoperabilita"],
    declaratoria: {
      themes: ["piattaforme abilitanti", "ANPR", "pagoPA", "interoperabilità"],
      mission:
        "Favorire l'adozione delle piattaforme abilitanti nazionali e regionali da parte degli enti del territorio.",
      perimeter:
        "Integrazione dei gestionali degli enti con ANPR, pagoPA, SPID, App IO e con i servizi regionali; esclusi i temi di front-end dei servizi al cittadino.",
      longTermObjectives:
        "Tutti gli enti subentrati in ANPR e integrati con pagoPA per ogni servizio di incasso.",
      expectedResults:
        "Linee guida di integrazione, checklist per i fornitori, censimento dello stato di adozione.",
      participantProfile:
        "Responsabili dei servizi informativi, tecnici ICT, referenti dei servizi demografici e tributi.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Supporto al subentro in ANPR per i piccoli Comuni",
        description:
          "I Comuni sotto i 5.000 abitanti chiedono un affiancamento tecnico per il subentro.",
      },
      {
        kind: "PROPOSTA",
        title: "Checklist per i fornitori sull'integrazione pagoPA",
        description:
          "Una checklist comune da allegare ai capitolati per l'integrazione con pagoPA.",
      },
      {
        kind: "ESIGENZA",
        title: "Censimento dei servizi di incasso non ancora su pagoPA",
        description:
          "Occorre sapere quali incassi non passano ancora da pagoPA per pianificare la migrazione.",
      },
      {
        kind: "PROPOSTA",
        title: "Catalogo regionale delle API degli enti",
        description:
          "Pubblicare un catalogo delle API disponibili per l'interoperabilità tra enti.",
      },
      {
        kind: "PROPOSTA",
        title: "Gruppo di lavoro su App IO per i servizi comunali",
        description: "Avviare un gruppo che prepari i primi servizi comunali su App IO.",
      },
      {
        kind: "ESIGENZA",
        title: "Formazione tecnica sull'interoperabilità",
        description: "I tecnici chiedono formazione sui modelli di interoperabilità AgID.",
      },
      {
        kind: "PROPOSTA",
        title: "Modulo unico di richiesta accrediti",
        description: "Semplificare gli accrediti alle piattaforme con un modulo unico regionale.",
      },
    ],
  },
  {
    slug: "competenze-digitali",
    name: "Competenze Digitali",
    nameEn: "Digital Skills",
    kind: "TRASVERSALE",
    activeFrom: "2017-03-21",
    skills: ["competenze-digitali", "formazione", "lavoro-agile", "coworking"],
    declaratoria: {
      themes: ["competenze digitali", "formazione", "lavoro agile", "cultura digitale"],
      mission:
        "Far crescere le competenze digitali di dipendenti, amministratori e cittadini, condividendo percorsi formativi e strumenti tra gli enti.",
      perimeter:
        "Formazione e autoformazione del personale, competenze per il lavoro agile, facilitazione digitale dei cittadini; esclusa la formazione specialistica di prodotto.",
      longTermObjectives:
        "Un'offerta formativa comune e continua, accessibile a tutti gli enti aderenti, e un modello condiviso di lavoro agile.",
      expectedResults:
        "Percorsi formativi condivisi, kit per il lavoro agile, materiali riusabili e un calendario comune delle iniziative.",
      participantProfile:
        "Responsabili del personale e della formazione, RTD, referenti del lavoro agile, amministratori con delega.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Formazione per i lavoratori agili durante l'emergenza",
        description:
          "Molti dipendenti lavorano da casa per la prima volta: servono moduli brevi su strumenti e sicurezza.",
      },
      {
        kind: "PROPOSTA",
        title: "Kit di buone pratiche per lo smart working",
        description:
          "Raccogliere i casi di Comune di Piacenza, Comune di Cesena, Unione della Romagna Faentina, Unione Bassa Reggiana e Città Metropolitana di Bologna.",
      },
      {
        kind: "PROPOSTA",
        title: "Riuso del kit VeLa negli enti locali",
        description:
          "Adottare il kit di riuso del progetto VeLa (Veloce, Leggero, Agile) come base comune.",
      },
      {
        kind: "ESIGENZA",
        title: "Formazione dei dirigenti sulla gestione per obiettivi",
        description:
          "Il lavoro agile richiede ai responsabili nuove competenze di organizzazione per obiettivi.",
      },
      {
        kind: "PROPOSTA",
        title: "Mappa degli spazi pubblici di co-working",
        description:
          "Censire gli spazi di co-working pubblici disponibili per i dipendenti degli enti.",
      },
      {
        kind: "ESIGENZA",
        title: "Percorsi di facilitazione digitale per i cittadini",
        description:
          "Servono percorsi per accompagnare i cittadini nell'uso di SPID e dei servizi online.",
      },
      {
        kind: "PROPOSTA",
        title: "Autovalutazione delle competenze digitali del personale",
        description:
          "Proporre a tutti gli enti uno strumento comune di autovalutazione delle competenze.",
      },
      {
        kind: "ESIGENZA",
        title: "Regolamento tipo per il lavoro agile",
        description: "Gli enti chiedono un regolamento tipo da adattare dopo la fase emergenziale.",
      },
    ],
  },
  {
    slug: "dati",
    name: "Dati – Banca Regionale del Dato",
    nameEn: "Data – Regional Data Bank",
    kind: "SPECIFICA",
    activeFrom: "2017-03-21",
    skills: ["dati", "open-data", "gis"],
    declaratoria: {
      themes: ["open data", "banca regionale del dato", "cartografia", "qualità dei dati"],
      mission:
        "Valorizzare il patrimonio informativo pubblico con dati aperti, di qualità e condivisi tra gli enti.",
      perimeter:
        "Pubblicazione e riuso dei dati, standard e metadati, dati territoriali; esclusa la gestione documentale.",
      longTermObjectives:
        "Dati degli enti alimentati con continuità nella Banca Regionale del Dato e riusati nelle decisioni pubbliche.",
      expectedResults: "Dataset comuni, linee guida sui metadati, cruscotti condivisi.",
      participantProfile:
        "Referenti open data, statistici, tecnici GIS, responsabili dei sistemi informativi.",
    },
    contributions: [
      {
        kind: "PROPOSTA",
        title: "Set minimo di dataset comunali da pubblicare",
        description:
          "Concordare un elenco di dataset che ogni Comune pubblica nello stesso formato.",
      },
      {
        kind: "ESIGENZA",
        title: "Strumenti semplici per la pubblicazione dei dati aperti",
        description: "I piccoli enti non hanno strumenti per pubblicare e aggiornare i dati.",
      },
      {
        kind: "PROPOSTA",
        title: "Cruscotto sui dati dell'emergenza per gli enti locali",
        description: "Un cruscotto condiviso sui dati territoriali utili durante l'emergenza.",
      },
      {
        kind: "ESIGENZA",
        title: "Linee guida sui metadati",
        description:
          "Serve una guida pratica per compilare i metadati secondo il profilo nazionale.",
      },
      {
        kind: "PROPOSTA",
        title: "Integrazione dei dati toponomastici nella cartografia regionale",
        description: "Allineare stradari e numeri civici con la cartografia regionale.",
      },
    ],
  },
  {
    slug: "documenti-digitali",
    name: "Documenti Digitali",
    nameEn: "Digital Documents",
    kind: "SPECIFICA",
    activeFrom: "2017-03-21",
    skills: ["protocollo", "conservazione", "privacy"],
    declaratoria: {
      themes: ["gestione documentale", "protocollo", "conservazione digitale", "privacy"],
      mission:
        "Diffondere una gestione documentale interamente digitale, dalla formazione alla conservazione.",
      perimeter:
        "Protocollo informatico, fascicolo, manuale di gestione, conservazione con PArER; esclusi i procedimenti di settore.",
      longTermObjectives:
        "Procedimenti nativamente digitali e archivi conservati a norma in tutti gli enti.",
      expectedResults:
        "Manuale di gestione tipo, piani di fascicolazione condivisi, formazione per gli operatori.",
      participantProfile:
        "Responsabili della gestione documentale, archivisti, responsabili della conservazione.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Manuale di gestione documentale tipo",
        description: "Gli enti chiedono un modello aggiornato del manuale di gestione.",
      },
      {
        kind: "PROPOSTA",
        title: "Piano di fascicolazione comune per le Unioni",
        description: "Un piano di fascicolazione condiviso per le funzioni conferite alle Unioni.",
      },
      {
        kind: "ESIGENZA",
        title: "Firma digitale per il personale in lavoro agile",
        description: "Serve una soluzione di firma remota per chi lavora da casa.",
      },
      {
        kind: "PROPOSTA",
        title: "Percorso formativo con PArER sulla conservazione",
        description:
          "Organizzare con PArER un percorso sulla conservazione dei documenti informatici.",
      },
      {
        kind: "ESIGENZA",
        title: "Gestione delle PEC in arrivo durante l'emergenza",
        description: "L'aumento delle PEC richiede regole comuni di smistamento.",
      },
      {
        kind: "PROPOSTA",
        title: "Registro dei trattamenti condiviso",
        description: "Uno schema comune del registro dei trattamenti per i servizi associati.",
      },
    ],
  },
  {
    slug: "reti",
    name: "Reti – Infrastrutture abilitanti",
    nameEn: "Networks – Enabling Infrastructure",
    kind: "SPECIFICA",
    activeFrom: "2017-03-21",
    skills: ["reti", "banda-ultra-larga", "sicurezza"],
    declaratoria: {
      themes: ["banda ultra larga", "rete Lepida", "wi-fi pubblico", "sicurezza delle reti"],
      mission:
        "Portare connettività adeguata a sedi pubbliche, scuole e aree produttive e condividere la gestione delle reti.",
      perimeter:
        "Infrastrutture di rete, connettività delle sedi, wi-fi pubblico, sicurezza perimetrale.",
      longTermObjectives:
        "Tutte le sedi pubbliche collegate in banda ultra larga alla rete regionale.",
      expectedResults:
        "Piani di collegamento delle sedi, regole comuni di sicurezza, mappe delle coperture.",
      participantProfile:
        "Tecnici di rete, responsabili ICT, referenti dei lavori pubblici per le infrastrutture.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Potenziamento della banda per le sedi in lavoro agile",
        description: "Con il lavoro agile le VPN delle sedi sono sature: serve più banda.",
      },
      {
        kind: "PROPOSTA",
        title: "Mappa condivisa delle aree ancora scoperte",
        description:
          "Raccogliere dagli enti le aree produttive e le frazioni ancora senza copertura.",
      },
      {
        kind: "ESIGENZA",
        title: "VPN sicure per l'accesso da remoto",
        description: "Gli enti chiedono configurazioni di riferimento per le VPN.",
      },
      {
        kind: "PROPOSTA",
        title: "Estensione del wi-fi pubblico EmiliaRomagnaWiFi",
        description: "Proponiamo nuovi punti di accesso nelle biblioteche e nei centri civici.",
      },
      {
        kind: "ESIGENZA",
        title: "Collegamento in fibra delle scuole",
        description: "Serve una programmazione condivisa per il collegamento delle scuole.",
      },
    ],
  },
  {
    slug: "territori-intelligenti",
    name: "Territori Intelligenti",
    nameEn: "Smart Territories",
    kind: "SPECIFICA",
    activeFrom: "2019-01-15",
    skills: ["iot", "gis", "banda-ultra-larga"],
    declaratoria: {
      themes: ["internet delle cose", "sensori", "smart city", "mobilità"],
      mission:
        "Sperimentare soluzioni di territorio intelligente sostenibili anche per i piccoli Comuni.",
      perimeter:
        "Reti di sensori, piattaforme IoT, illuminazione e mobilità intelligenti, dati ambientali.",
      longTermObjectives: "Una piattaforma IoT regionale condivisa e riusabile dagli enti.",
      expectedResults:
        "Casi pilota documentati, requisiti comuni per i capitolati, catalogo dei sensori.",
      participantProfile:
        "Tecnici ICT e dei lavori pubblici, mobility manager, referenti ambientali.",
    },
    contributions: [
      {
        kind: "PROPOSTA",
        title: "Piattaforma IoT regionale condivisa",
        description: "Usare la rete LoRaWAN regionale come base comune per i sensori degli enti.",
      },
      {
        kind: "ESIGENZA",
        title: "Requisiti comuni per i capitolati dei sensori",
        description: "Gli enti chiedono requisiti tecnici di interoperabilità per i sensori.",
      },
      {
        kind: "PROPOSTA",
        title: "Monitoraggio della qualità dell'aria con sensori a basso costo",
        description: "Un pilota in tre Comuni con dati pubblicati come open data.",
      },
      {
        kind: "PROPOSTA",
        title: "Conteggio delle presenze negli spazi pubblici",
        description:
          "Sensori anonimi per gestire gli accessi agli spazi pubblici durante l'emergenza.",
      },
      {
        kind: "ESIGENZA",
        title: "Modelli di convenzione per la gestione dei dati dei sensori",
        description: "Chi è titolare dei dati raccolti dai sensori nei progetti condivisi?",
      },
    ],
  },
  {
    slug: "servizi-centralizzati-cloud",
    name: "Servizi Centralizzati e Cloud",
    nameEn: "Shared Services and Cloud",
    kind: "SPECIFICA",
    activeFrom: "2017-03-21",
    skills: ["cloud", "sicurezza", "appalti-ict"],
    declaratoria: {
      themes: ["cloud", "data center", "sicurezza informatica", "servizi centralizzati"],
      mission:
        "Accompagnare gli enti nella migrazione verso servizi centralizzati e cloud qualificati.",
      perimeter:
        "Data center regionali, migrazione dei gestionali, sicurezza e continuità operativa.",
      longTermObjectives: "Dismissione dei CED locali non adeguati e servizi in cloud qualificato.",
      expectedResults:
        "Piani di migrazione, requisiti di sicurezza comuni, esperienze di migrazione documentate.",
      participantProfile:
        "Responsabili dei sistemi informativi, sistemisti, responsabili della sicurezza.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Desktop remoto per il personale in lavoro agile",
        description: "Serve un servizio centralizzato di desktop remoto per gli enti più piccoli.",
      },
      {
        kind: "PROPOSTA",
        title: "Piano di migrazione dei gestionali nel data center regionale",
        description: "Un piano condiviso per spostare i gestionali nei data center di Lepida.",
      },
      {
        kind: "ESIGENZA",
        title: "Requisiti di sicurezza per i servizi in cloud",
        description: "Quali requisiti inserire nei contratti con i fornitori cloud?",
      },
      {
        kind: "PROPOSTA",
        title: "Acquisto aggregato di strumenti di collaborazione",
        description: "Un acquisto comune di strumenti di videoconferenza e collaborazione.",
      },
      {
        kind: "PROPOSTA",
        title: "Backup centralizzato per i piccoli Comuni",
        description: "Un servizio di backup gestito a livello regionale.",
      },
      {
        kind: "ESIGENZA",
        title: "Continuità operativa dei servizi essenziali",
        description: "Linee guida per la continuità operativa dei servizi durante l'emergenza.",
      },
    ],
  },
  {
    slug: "accesso-unico",
    name: "Accesso Unico ai servizi (cittadini e imprese)",
    nameEn: "Single Access to Services (citizens and businesses)",
    kind: "SPECIFICA",
    activeFrom: "2017-03-21",
    skills: ["spid", "app-io", "pagopa", "accessibilita"],
    declaratoria: {
      themes: ["servizi online", "SPID", "sportelli unici", "accessibilità"],
      mission:
        "Offrire a cittadini e imprese un accesso unico, semplice e accessibile ai servizi degli enti.",
      perimeter:
        "Portali dei servizi, SPID, sportelli unici per le imprese e l'edilizia, accessibilità.",
      longTermObjectives:
        "Servizi online omogenei in tutta la regione, con accesso SPID e pagamenti pagoPA.",
      expectedResults:
        "Catalogo dei servizi online, modelli di istanza comuni, verifiche di accessibilità.",
      participantProfile:
        "Responsabili degli sportelli, referenti dei servizi online, esperti di accessibilità.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Istanze online per i servizi scolastici",
        description:
          "Durante l'emergenza le iscrizioni ai servizi scolastici devono essere tutte online.",
      },
      {
        kind: "PROPOSTA",
        title: "Modelli di istanza comuni per lo sportello unico",
        description: "Allineare i moduli dello sportello unico delle attività produttive.",
      },
      {
        kind: "ESIGENZA",
        title: "Verifica di accessibilità dei portali comunali",
        description: "Gli enti chiedono supporto per la dichiarazione di accessibilità.",
      },
      {
        kind: "PROPOSTA",
        title: "Accesso con SPID a tutti i servizi online",
        description: "Dismettere le credenziali locali a favore di SPID.",
      },
      {
        kind: "PROPOSTA",
        title: "Prenotazione online degli appuntamenti agli sportelli",
        description: "Un servizio comune di prenotazione per ridurre le code.",
      },
      {
        kind: "ESIGENZA",
        title: "Assistenza ai cittadini nell'uso dei servizi online",
        description: "Servono punti di assistenza per chi non ha competenze digitali.",
      },
    ],
  },
  {
    slug: "comunicazione-digitale",
    name: "Comunicazione Digitale",
    nameEn: "Digital Communication",
    kind: "TRASVERSALE",
    activeFrom: "2019-01-15",
    skills: ["comunicazione", "accessibilita", "open-data"],
    declaratoria: {
      themes: ["comunicazione pubblica", "siti web", "social media", "linguaggio chiaro"],
      mission: "Rendere la comunicazione digitale degli enti chiara, accessibile e coordinata.",
      perimeter: "Siti istituzionali, social media, newsletter, linguaggio amministrativo chiaro.",
      longTermObjectives:
        "Siti conformi alle linee guida di design e una comunicazione coordinata tra enti.",
      expectedResults: "Linee guida editoriali, modelli di sito, campagne coordinate.",
      participantProfile: "Addetti stampa e comunicazione, redattori web, URP.",
    },
    contributions: [
      {
        kind: "ESIGENZA",
        title: "Comunicazione coordinata sui servizi durante l'emergenza",
        description: "Messaggi comuni per informare i cittadini sui servizi attivi a distanza.",
      },
      {
        kind: "PROPOSTA",
        title: "Adozione del modello di sito comunale di Designers Italia",
        description: "Migrare i siti al modello nazionale per i Comuni.",
      },
      {
        kind: "PROPOSTA",
        title: "Linee guida per i social media degli enti",
        description: "Una social media policy tipo da adottare in tutti gli enti.",
      },
      {
        kind: "ESIGENZA",
        title: "Formazione sul linguaggio chiaro",
        description: "I redattori chiedono formazione sulla scrittura amministrativa chiara.",
      },
      {
        kind: "PROPOSTA",
        title: "Newsletter comune per gli iscritti ComTem",
        description: "Una newsletter mensile con le novità di tutte le comunità.",
      },
    ],
  },
];
