import { TextField, useMessages, type Messages, type Submission } from "@comtem/ui";
import { checkFields } from "./save";
import { isWebAddress } from "./workflow";

const messages: Messages<
  "documentUrl" | "documentUrlHint" | "agendaNote" | "agendaNoteHint" | "badUrl"
> = {
  it: {
    documentUrl: "Indirizzo del documento (facoltativo)",
    documentUrlHint: "Il link al PdA pubblicato, ad esempio un PDF sul sito della Regione.",
    agendaNote: "Contributo all'Agenda Digitale (facoltativo)",
    agendaNoteHint: "Come il piano contribuisce all'Agenda Digitale dell'Emilia-Romagna.",
    badUrl: "Inserisci un indirizzo web completo, che inizi con https://.",
  },
  en: {
    documentUrl: "Document address (optional)",
    documentUrlHint: "The link to the published plan, for example a PDF on the Region's site.",
    agendaNote: "Contribution to the Digital Agenda (optional)",
    agendaNoteHint: "How the plan contributes to Emilia-Romagna's Digital Agenda.",
    badUrl: "Enter a full web address, starting with https://.",
  },
};

export interface PlanTexts {
  documentUrl: string;
  agendaNote: string;
}

/** The plan's document address and agenda note, as the create and edit forms ask them. */
export function PlanFields(props: {
  id: string;
  value: PlanTexts;
  onChange: (value: PlanTexts) => void;
  submission: Submission;
}) {
  const t = useMessages(messages);
  const s = props.submission;
  const set = (field: keyof PlanTexts) => (text: string) => {
    props.onChange({ ...props.value, [field]: text });
    s.clearField(field);
  };
  return (
    <>
      <TextField
        id={`${props.id}-documentUrl`}
        label={t.documentUrl}
        hint={t.documentUrlHint}
        type="url"
        value={props.value.documentUrl}
        error={s.fieldErrors.documentUrl}
        onChange={set("documentUrl")}
      />
      <TextField
        id={`${props.id}-agendaNote`}
        label={t.agendaNote}
        hint={t.agendaNoteHint}
        multiline
        rows={3}
        value={props.value.agendaNote}
        error={s.fieldErrors.agendaNote}
        onChange={set("agendaNote")}
      />
    </>
  );
}

/** Checks the texts before sending; the input values (empty → null) when they pass. */
export function usePlanTexts(s: Submission) {
  const t = useMessages(messages);
  return (value: PlanTexts) => {
    const url = value.documentUrl.trim();
    if (!checkFields(s, { documentUrl: url && !isWebAddress(url) ? t.badUrl : null })) return null;
    return { documentUrl: url || null, agendaNote: value.agendaNote.trim() || null };
  };
}
