import MarkdownIt from "markdown-it";

/**
 * Markdown → HTML with raw HTML disabled: `<script>` and `<img onerror>` in a body come out as
 * escaped text, and markdown-it's link validation drops javascript:/vbscript:/data: URLs.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
