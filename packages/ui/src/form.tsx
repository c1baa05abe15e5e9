import type { ChangeEvent, ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Validation message shown under the field and announced with it. */
  error?: string | null;
  required?: boolean;
}

function describedBy(props: FieldProps): string | undefined {
  const ids = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null];
  return ids.filter(Boolean).join(" ") || undefined;
}

function FieldFrame(props: FieldProps & { children: ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={props.id} className="form-label fw-semibold">
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.children}
      {props.hint ? (
        <small id={`${props.id}-hint`} className="form-text d-block">
          {props.hint}
        </small>
      ) : null}
      {props.error ? (
        <div id={`${props.id}-error`} className="invalid-feedback d-block" role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: "text" | "search" | "email" | "url";
    multiline?: boolean;
    rows?: number;
  },
) {
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy(props),
    className: `form-control${props.error ? " is-invalid" : ""}`,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onChange(e.target.value),
  };
  return (
    <FieldFrame {...props}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} />
      ) : (
        <input {...common} type={props.type ?? "text"} />
      )}
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; label: string }[];
  },
) {
  return (
    <FieldFrame {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        className={`form-select${props.error ? " is-invalid" : ""}`}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
