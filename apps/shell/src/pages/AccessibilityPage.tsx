import { Page, Section, useMessages, type Messages } from "@comtem/ui";
import { useShell } from "../shell-context";

const messages: Messages<
  | "title"
  | "intro"
  | "statusTitle"
  | "status"
  | "limitsTitle"
  | "limits"
  | "feedbackTitle"
  | "feedback"
  | "feedbackLink"
  | "enforcementTitle"
  | "enforcement"
  | "enforcementLink"
  | "dateTitle"
  | "date"
> = {
  it: {
    title: "Dichiarazione di accessibilità",
    intro:
      "La Regione Emilia-Romagna si impegna a rendere accessibile il portale ComTem conformemente alla Legge 9 gennaio 2004, n. 4 e alle Linee guida AgID sull'accessibilità degli strumenti informatici.",
    statusTitle: "Stato di conformità",
    status:
      "Il portale è parzialmente conforme ai requisiti previsti dall'allegato A alla norma UNI CEI EN 301549 (WCAG 2.1 livello AA). Le pagine sono verificate automaticamente con axe-core a ogni modifica.",
    limitsTitle: "Contenuti non accessibili",
    limits:
      "Le sezioni pubblicate dalle comunità (micro-frontend) sono verificate dai rispettivi team; i documenti allegati caricati dagli enti potrebbero non essere accessibili.",
    feedbackTitle: "Meccanismo di feedback",
    feedback:
      "Puoi segnalarci casi di mancata conformità o chiedere informazioni e contenuti esclusi. Rispondiamo entro 30 giorni.",
    feedbackLink: "Invia una segnalazione sull'accessibilità",
    enforcementTitle: "Procedura di attuazione",
    enforcement:
      "In caso di risposta insoddisfacente o di mancata risposta entro 30 giorni puoi inoltrare una segnalazione al Difensore civico per il digitale presso AgID.",
    enforcementLink: "Difensore civico per il digitale (AgID)",
    dateTitle: "Redazione",
    date: "Dichiarazione redatta il 22 novembre 2026 tramite autovalutazione.",
  },
  en: {
    title: "Accessibility statement",
    intro:
      "The Emilia-Romagna Region is committed to making the ComTem portal accessible in accordance with Italian Law 4/2004 and AgID's accessibility guidelines.",
    statusTitle: "Compliance status",
    status:
      "The portal is partially compliant with EN 301549 (WCAG 2.1 level AA). Pages are checked automatically with axe-core at every change.",
    limitsTitle: "Non-accessible content",
    limits:
      "Sections published by the communities (micro-frontends) are checked by their teams; documents uploaded by the bodies may not be accessible.",
    feedbackTitle: "Feedback",
    feedback:
      "You can report non-compliance or ask for information and excluded content. We answer within 30 days.",
    feedbackLink: "Send accessibility feedback",
    enforcementTitle: "Enforcement procedure",
    enforcement:
      "If the answer is unsatisfactory or missing after 30 days, you can report it to AgID's Digital Ombudsman.",
    enforcementLink: "Digital Ombudsman (AgID)",
    dateTitle: "Preparation",
    date: "Statement prepared on 22 November 2026 by self-assessment.",
  },
};

export function AccessibilityPage() {
  const t = useMessages(messages);
  const { config } = useShell();
  return (
    <Page title={t.title} lead={t.intro}>
      <Section title={t.statusTitle}>
        <p>{t.status}</p>
      </Section>
      <Section title={t.limitsTitle}>
        <p>{t.limits}</p>
      </Section>
      <Section title={t.feedbackTitle} id="feedback">
        <p>{t.feedback}</p>
        <a
          className="btn btn-primary"
          href={config.accessibilityFeedbackUrl}
          data-testid="accessibility-feedback"
        >
          {t.feedbackLink}
        </a>
      </Section>
      <Section title={t.enforcementTitle}>
        <p>{t.enforcement}</p>
        <a
          href="https://www.agid.gov.it/it/design-servizi/accessibilita/difensore-civico-digitale"
          rel="noopener noreferrer"
        >
          {t.enforcementLink}
        </a>
      </Section>
      <Section title={t.dateTitle}>
        <p>{t.date}</p>
      </Section>
    </Page>
  );
}
