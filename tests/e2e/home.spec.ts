import { expect, test } from "@playwright/test";

test("the home page names the campaign and shows seeded key messages and live figures @smoke", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We are ALE");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Global voice for adult learning and education" }),
  ).toBeVisible();
  const figures = page.locator("dl > div");
  await expect(figures.filter({ hasText: "partner networks" }).locator("dd")).toHaveText("16");
  await expect(figures.filter({ hasText: "UNESCO regions" }).locator("dd")).toHaveText("5");
  const endorsers = Number(await figures.filter({ hasText: "endorsing organisations" }).locator("dd").textContent());
  expect(endorsers).toBeGreaterThan(200);
  await expect(page.getByRole("heading", { name: "Latest news" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Join the UNESCO Global Network of Learning Cities!" })).toBeVisible();
});

test("visitors whose browser prefers French land on the French home page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Nos messages clés" })).toBeVisible();
  await context.close();
});

test("the Arabic home page is laid out right to left with Arabic key messages", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("صوت عالمي من أجل تعلّم الكبار وتعليمهم")).toBeVisible();
  await expect(page.locator("dl > div").filter({ hasText: "شبكة شريكة" }).locator("dd")).toHaveText("16");
});

test("on Arabic pages, English titles and the footer's handles are isolated from the right-to-left text", async ({
  page,
}) => {
  for (const path of ["/ar", "/ar/news"]) {
    await page.goto(path);
    const title = page.getByRole("link", { name: "Join the UNESCO Global Network of Learning Cities!" }).first();
    await expect(title).toBeVisible();
    // The English title is laid out left to right, so its "!" stays at its end.
    const isolated = await title.evaluate((element) => {
      const box = element.closest('[dir="auto"], bdi');
      return {
        isolated: box !== null && box !== document.documentElement,
        direction: getComputedStyle(element).direction,
      };
    });
    expect(isolated, path).toEqual({ isolated: true, direction: "ltr" });
    const handles = page.locator("footer bdi");
    await expect(handles).toHaveText(["@weareALE", "@weareale2025"]);
    await expect(page.locator("footer")).toContainText("تابعوا الحملة:");
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("recently joined organisations are links, and their names wrap between words", async ({ page }) => {
    await page.goto("/en");
    const tiles = page.locator("section[aria-labelledby=endorse-title] li");
    await expect(tiles.first()).toBeVisible();
    const count = await tiles.count();
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count; index++) {
      const link = tiles.nth(index).getByRole("link");
      await expect(link).toHaveAttribute("href", /^\/en\/endorsers\/[^/]+$/);
      const layout = await link.evaluate((element) => {
        const name = element.querySelector("span[dir]") as HTMLElement;
        const text = name.firstChild as Text;
        const style = getComputedStyle(name);
        const range = document.createRange();
        const rectsOf = (start: number, end: number) => {
          range.setStart(text, start);
          range.setEnd(text, end);
          return [...range.getClientRects()];
        };
        const words: { word: string; width: number; lines: number }[] = [];
        for (const match of text.data.matchAll(/\S+/g)) {
          const rects = rectsOf(match.index, match.index + match[0].length);
          words.push({ word: match[0], width: rects.reduce((sum, r) => sum + r.width, 0), lines: rects.length });
        }
        // A comma stays on the line of the word before it.
        const commasAlone = [...text.data.matchAll(/,/g)].filter(
          (match) => rectsOf(match.index, match.index + 1)[0].top !== rectsOf(match.index - 1, match.index)[0].top,
        ).length;
        return {
          name: text.data,
          width: name.clientWidth,
          words,
          commasAlone,
          wordBreak: style.wordBreak,
          overflowWrap: style.overflowWrap,
        };
      });
      expect(layout.wordBreak, layout.name).not.toBe("break-all");
      expect(layout.overflowWrap, layout.name).not.toBe("anywhere");
      expect(layout.commasAlone, layout.name).toBe(0);
      // Every word of a real name fits in the tile, so none has to be cut (names made by other
      // tests end in long numbers, which may be).
      for (const word of layout.words.filter((w) => !/\d/.test(w.word))) {
        expect(word.width, `${layout.name}: ${word.word}`).toBeLessThanOrEqual(layout.width + 0.5);
      }
    }
  });
});
