import { Button, Table } from "design-react-kit";
import { useState, type ReactNode } from "react";
import { EmptyState } from "./states.js";
import { format, useMessages, type Messages } from "./i18n.js";

export interface Column<Row> {
  key: string;
  header: string;
  /** Cell content; text by default (never HTML). */
  render?: (row: Row) => ReactNode;
  value?: (row: Row) => string | number | null | undefined;
}

const messages: Messages<"previous" | "next" | "page" | "pagination"> = {
  it: {
    previous: "Precedente",
    next: "Successiva",
    page: "Pagina {page} di {pages}",
    pagination: "Paginazione",
  },
  en: {
    previous: "Previous",
    next: "Next",
    page: "Page {page} of {pages}",
    pagination: "Pagination",
  },
};

/** Previous / next navigation with the position as text. */
export function Pagination(props: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  label?: string;
}) {
  const t = useMessages(messages);
  if (props.pages <= 1) return null;
  return (
    <nav aria-label={props.label ?? t.pagination} className="d-flex align-items-center gap-3 my-3">
      <Button
        color="primary"
        outline
        size="sm"
        disabled={props.page <= 1}
        onClick={() => props.onPage(props.page - 1)}
      >
        {t.previous}
      </Button>
      <span aria-live="polite">{format(t.page, { page: props.page, pages: props.pages })}</span>
      <Button
        color="primary"
        outline
        size="sm"
        disabled={props.page >= props.pages}
        onClick={() => props.onPage(props.page + 1)}
      >
        {t.next}
      </Button>
    </nav>
  );
}

/**
 * A data table with a caption, header cells with scope, client-side pagination and an empty
 * state. Cells render text unless a column renders its own elements.
 */
export function DataTable<Row>(props: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  pageSize?: number;
  empty?: string;
}) {
  const pageSize = props.pageSize ?? 10;
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(props.rows.length / pageSize));
  const current = Math.min(page, pages);
  const visible = props.rows.slice((current - 1) * pageSize, current * pageSize);
  if (props.rows.length === 0) return <EmptyState title={props.empty} />;
  return (
    <div>
      <div className="table-responsive">
        <Table striped>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={props.rowKey(row)}>
                {props.columns.map((c) => (
                  <td key={c.key}>{c.render ? c.render(row) : String(c.value?.(row) ?? "")}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <Pagination page={current} pages={pages} onPage={setPage} />
    </div>
  );
}
