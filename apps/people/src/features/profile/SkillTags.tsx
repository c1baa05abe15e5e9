import { Button, format, useMessages, type Messages } from "@comtem/ui";
import { useState, type KeyboardEvent } from "react";

export const SKILL = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SKILLS = 30;

/** "Lavoro Agile " → "lavoro-agile": what people type, as the tag the API stores. */
export function toSkillTag(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s_]+/g, "-");
}

const messages: Messages<
  "label" | "hint" | "add" | "remove" | "none" | "invalid" | "tooMany" | "list"
> = {
  it: {
    label: "Aggiungi una competenza",
    hint: "Una parola o più parole unite da trattini, per esempio lavoro-agile, cloud, dati. Invio o «Aggiungi» per inserirla.",
    add: "Aggiungi",
    remove: "Rimuovi la competenza {skill}",
    none: "Nessuna competenza indicata.",
    invalid: "Usa lettere minuscole, cifre e trattini, per esempio lavoro-agile.",
    tooMany: "Puoi indicare al massimo {max} competenze.",
    list: "Competenze indicate",
  },
  en: {
    label: "Add a skill",
    hint: "One word, or words joined by hyphens, for example lavoro-agile, cloud, dati. Press Enter or “Add” to insert it.",
    add: "Add",
    remove: "Remove the skill {skill}",
    none: "No skills given.",
    invalid: "Use lowercase letters, digits and hyphens, for example lavoro-agile.",
    tooMany: "You can give at most {max} skills.",
    list: "Skills given",
  },
};

/**
 * Skills as tags: each a removable chip, and a field that adds one (Enter or the button).
 * Tags are checked as they are added, in the user's language.
 */
export function SkillTags(props: {
  id: string;
  legend: string;
  skills: string[];
  onChange: (skills: string[]) => void;
  error?: string | null;
  onError: (message: string | null) => void;
}) {
  const t = useMessages(messages);
  const [draft, setDraft] = useState("");
  const add = () => {
    const tag = toSkillTag(draft);
    if (!tag) return;
    if (!SKILL.test(tag) || tag.length > 50) return props.onError(t.invalid);
    if (!props.skills.includes(tag)) {
      if (props.skills.length >= MAX_SKILLS) {
        return props.onError(format(t.tooMany, { max: MAX_SKILLS }));
      }
      props.onChange([...props.skills, tag]);
    }
    props.onError(null);
    setDraft("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  const describedBy = [`${props.id}-hint`, props.error ? `${props.id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset className="mb-4">
      <legend className="form-label fw-semibold fs-6 px-0">{props.legend}</legend>
      {props.skills.length ? (
        <ul className="list-inline mb-2" aria-label={t.list} data-testid="skill-tags">
          {props.skills.map((skill) => (
            <li key={skill} className="list-inline-item mb-1">
              <span className="badge bg-secondary d-inline-flex align-items-center gap-1 fs-6">
                {skill}
                <button
                  type="button"
                  className="btn btn-sm p-0 text-white lh-1"
                  aria-label={format(t.remove, { skill })}
                  onClick={() => props.onChange(props.skills.filter((s) => s !== skill))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted small mb-2">{t.none}</p>
      )}
      <label htmlFor={props.id} className="form-label d-block">
        {t.label}
      </label>
      <div className="d-flex gap-2 align-items-start">
        <input
          id={props.id}
          name={props.id}
          type="text"
          className={`form-control flex-grow-1${props.error ? " is-invalid" : ""}`}
          style={{ maxWidth: "24rem" }}
          value={draft}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            setDraft(e.target.value);
            if (props.error) props.onError(null);
          }}
        />
        <Button color="primary" outline type="button" onClick={add}>
          {t.add}
        </Button>
      </div>
      <small id={`${props.id}-hint`} className="form-text d-block">
        {t.hint}
      </small>
      {props.error ? (
        <div id={`${props.id}-error`} className="invalid-feedback d-block" role="alert">
          {props.error}
        </div>
      ) : null}
    </fieldset>
  );
}
