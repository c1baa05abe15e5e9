import { format, useMessages, type Messages } from "./i18n.js";
import { SelectField, TextField } from "./form.js";

const messages: Messages<"search" | "searchHint" | "choose" | "more" | "none"> = {
  it: {
    search: "Cerca per nome",
    searchHint: "Scrivi una parte del nome per restringere l'elenco.",
    choose: "— Scegli —",
    more: "Mostrati i primi {shown} di {total}: scrivi una parte del nome per restringere.",
    none: "Nessun risultato per questa ricerca.",
  },
  en: {
    search: "Search by name",
    searchHint: "Type part of the name to narrow the list.",
    choose: "— Choose —",
    more: "Showing the first {shown} of {total}: type part of the name to narrow it.",
    none: "No results for this search.",
  },
};

export interface SearchChoice {
  value: string;
  label: string;
}

/**
 * A choice from a list too long for one select (organizations, people): a search box that narrows
 * the options the server returns, and the select. The chosen option stays listed when a new search
 * would leave it out, and the hint says when the list shows only the first results.
 */
export function SearchSelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | null;
  required?: boolean;
  search: string;
  onSearch: (text: string) => void;
  choices: SearchChoice[];
  total: number;
  /** The chosen option stays listed when a new search would leave it out. */
  selected?: SearchChoice;
}) {
  const t = useMessages(messages);
  const choices =
    props.selected && !props.choices.some((c) => c.value === props.selected?.value)
      ? [props.selected, ...props.choices]
      : props.choices;
  return (
    <div className="row align-items-start">
      <div className="col-md-5">
        <TextField
          id={`${props.id}-search`}
          label={`${props.label}: ${t.search.toLowerCase()}`}
          hint={t.searchHint}
          type="search"
          value={props.search}
          onChange={props.onSearch}
        />
      </div>
      <div className="col-md-7">
        <SelectField
          id={props.id}
          label={props.label}
          required={props.required}
          value={props.value}
          error={props.error}
          hint={
            props.total > props.choices.length
              ? format(t.more, { shown: props.choices.length, total: props.total })
              : props.total === 0
                ? t.none
                : undefined
          }
          onChange={props.onChange}
          options={[{ value: "", label: t.choose }, ...choices]}
        />
      </div>
    </div>
  );
}
