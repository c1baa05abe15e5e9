import { useEffect, useRef, type ChangeEvent, type ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  /** Read by screen readers after the label, not shown (e.g. which item of a list). */
  labelDetail?: string;
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
        {props.labelDetail ? <span className="visually-hidden"> {props.labelDetail}</span> : null}
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
    type?: "text" | "search" | "email" | "url" | "date" | "datetime-local" | "number" | "tel";
    min?: string | number;
    max?: string | number;
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
        <input {...common} type={props.type ?? "text"} min={props.min} max={props.max} />
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

export function CheckboxField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="form-check mb-3">
      <input
        id={props.id}
        name={props.id}
        type="checkbox"
        className="form-check-input"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id} className="form-check-label">
        {props.label}
      </label>
      {props.hint ? (
        <small id={`${props.id}-hint`} className="form-text d-block">
          {props.hint}
        </small>
      ) : null}
    </div>
  );
}

/**
 * An action that opens its form in place (no modal: nothing traps focus, the page keeps its
 * scroll): a button with aria-expanded, and the panel that receives focus when opened.
 */
export function Disclosure(props: {
  id: string;
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children?: ReactNode;
  variant?: "primary" | "outline-primary" | "secondary";
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus moves into the form once, when it opens (not at every render).
    if (props.open) panel.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }, [props.open]);
  return (
    <div className="mb-3">
      <button
        type="button"
        className={`btn btn-${props.variant ?? "outline-primary"} btn-sm`}
        aria-expanded={props.open}
        aria-controls={`${props.id}-panel`}
        onClick={() => props.onOpenChange(!props.open)}
      >
        {props.label}
      </button>
      {props.open ? (
        <div id={`${props.id}-panel`} className="border rounded p-3 mt-2" ref={panel}>
          {props.children}
        </div>
      ) : null}
    </div>
  );
}
