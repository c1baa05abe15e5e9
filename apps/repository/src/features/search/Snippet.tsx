/**
 * A search snippet: plain text whose matched words the repository wraps in « and ». They become
 * <mark> elements around text nodes — the snippet is never parsed as HTML.
 */
export function Snippet(props: { text: string }) {
  const parts = props.text.split(/(«[^»]*»)/g).filter(Boolean);
  return (
    <span>
      {parts.map((part, i) =>
        part.startsWith("«") && part.endsWith("»") ? (
          <mark key={i}>{part.slice(1, -1)}</mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </span>
  );
}
