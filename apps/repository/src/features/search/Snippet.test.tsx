import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Snippet } from "./Snippet";

describe("Snippet", () => {
  it("highlights matches and keeps everything else as text", () => {
    const html = renderToStaticMarkup(<Snippet text={"uno «SPID» <img src=x> due «CIE»"} />);
    expect(html).toContain("<mark>SPID</mark>");
    expect(html).toContain("<mark>CIE</mark>");
    expect(html).toContain("&lt;img src=x&gt;");
  });
});
