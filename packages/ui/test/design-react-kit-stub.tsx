import type { ReactNode } from "react";

/**
 * Plain stand-ins for the design-react-kit components the kit wraps, for Node unit tests (the
 * real kit and its dependency tree do not load in Node's ESM resolver). The browser tests render
 * the real ones.
 */
type P = { children?: ReactNode; className?: string; [key: string]: unknown };
const pass = (tag: "div" | "span" | "table") =>
  function Stub({ children, className }: P) {
    const Tag = tag;
    return <Tag className={className}>{children}</Tag>;
  };
export const Alert = pass("div");
export const Badge = pass("span");
export const Card = pass("div");
export const CardBody = pass("div");
export const CardText = pass("div");
export const CardTitle = pass("div");
export const Col = pass("div");
export const Container = pass("div");
export const Row = pass("div");
export const Table = pass("table");
export function Button({ children, disabled, onClick }: P) {
  return (
    <button type="button" disabled={Boolean(disabled)} onClick={onClick as () => void}>
      {children}
    </button>
  );
}
