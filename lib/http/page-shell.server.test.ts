import { describe, expect, it } from "vitest";
import { cutShell } from "./page-shell.server";
import { withoutScripts } from "./scriptless-pages.mjs";

const marks = { start: "<!--part-->", end: "<!--/part-->" };

describe("a page's shell", () => {
  const page = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/><link rel="modulepreload" href="/m.js"><script src="/_next/static/chunks/y.js" async=""></script></head><body><main><h1>Wall</h1><div class="contents"><!--part--><ul><li>old</li></ul><!--/part--></div></main><script>self.__next_f.push([1,"\\u003c/script\\u003e <!--part-->"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

  it("keeps the page around the marked part, without any script or script preload", () => {
    const shell = cutShell(page, marks);
    expect(shell).toEqual({
      before:
        '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"/></head><body><main><h1>Wall</h1><div class="contents">',
      after: "</div></main></body></html>",
    });
  });

  it("is refused when the part is not marked", () => {
    expect(cutShell("<html><body><!--part--></body></html>", marks)).toBeNull();
    expect(cutShell("<html><body></body></html>", marks)).toBeNull();
  });

  it("refuses a page whose late parts wait for a script to be shown", () => {
    expect(
      cutShell(page.replace("</main>", '</main><div hidden id="S:0"><title>Wall</title></div>'), marks),
    ).toBeNull();
  });

  it("leaves a page without scripts as it was", () => {
    expect(withoutScripts('<p>script</p><a href="/x">y</a>')).toBe('<p>script</p><a href="/x">y</a>');
  });
});
