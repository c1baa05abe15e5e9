import { Alert, Button } from "design-react-kit";
import type { ReactNode } from "react";
import { useMessages, type Messages } from "./i18n.js";

const messages: Messages<"empty" | "error" | "retry" | "loading"> = {
  it: {
    empty: "Nessun elemento da mostrare.",
    error: "Non è stato possibile caricare i dati.",
    retry: "Riprova",
    loading: "Caricamento in corso",
  },
  en: {
    empty: "Nothing to show.",
    error: "The data could not be loaded.",
    retry: "Try again",
    loading: "Loading",
  },
};

export function EmptyState(props: { title?: string; children?: ReactNode }) {
  const t = useMessages(messages);
  return (
    <div className="callout note" role="status">
      <p className="mb-0">{props.title ?? t.empty}</p>
      {props.children}
    </div>
  );
}

/** An error in its own area, with the reason as text and an optional retry. */
export function ErrorState(props: { title?: string; error?: unknown; onRetry?: () => void }) {
  const t = useMessages(messages);
  const detail = props.error instanceof Error ? props.error.message : undefined;
  return (
    <Alert color="danger" role="alert">
      <p className="mb-1 fw-semibold">{props.title ?? t.error}</p>
      {detail ? <p className="mb-2 small">{detail}</p> : null}
      {props.onRetry ? (
        <Button color="primary" size="sm" onClick={props.onRetry}>
          {t.retry}
        </Button>
      ) : null}
    </Alert>
  );
}

/** Placeholder lines while data loads (Bootstrap's placeholder classes, no animation libs). */
export function LoadingSkeleton(props: { lines?: number; label?: string }) {
  const t = useMessages(messages);
  const lines = props.lines ?? 3;
  return (
    <div
      className="placeholder-glow"
      role="status"
      aria-busy="true"
      aria-label={props.label ?? t.loading}
    >
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className={`placeholder d-block mb-2 col-${[12, 10, 8, 11, 9][i % 5]}`} />
      ))}
      <span className="visually-hidden">{props.label ?? t.loading}</span>
    </div>
  );
}

/** Loading → error (with retry) → content, for one query's state. */
export function QueryView<T>(props: {
  state: { data: T | undefined; error: Error | undefined; loading: boolean; refetch?: () => void };
  lines?: number;
  children: (data: T) => ReactNode;
}) {
  const { data, error, loading, refetch } = props.state;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  if (loading && data === undefined) return <LoadingSkeleton lines={props.lines} />;
  if (data === undefined) return null;
  return <>{props.children(data)}</>;
}
