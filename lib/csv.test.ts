import { describe, expect, it } from "vitest";
import { csvCell, csvLines, csvResponse } from "./csv";

describe("csvCell", () => {
  it("quotes every cell and doubles quotes inside it", () => {
    expect(csvCell("Learning Circle")).toBe('"Learning Circle"');
    expect(csvCell('The "Open" School, Kisumu')).toBe('"The ""Open"" School, Kisumu"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("neutralises a spreadsheet formula with a leading apostrophe", () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell("+1+1")).toBe(`"'+1+1"`);
    expect(csvCell("-2+3")).toBe(`"'-2+3"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\t=1")).toBe(`"'\t=1"`);
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("leaves a formula character alone when it is not the first one", () => {
    expect(csvCell("a=b")).toBe('"a=b"');
    expect(csvCell(" =1")).toBe('" =1"');
  });

  it("writes other types the same way every time", () => {
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell(-1)).toBe(`"'-1"`); // negative numbers too: a cell cannot tell them from formulas
    expect(csvCell(false)).toBe('"false"');
    expect(csvCell(new Date("2026-03-22T13:00:00Z"))).toBe('"2026-03-22T13:00:00.000Z"');
    expect(csvCell(["1", "3"])).toBe('"1 3"');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });
});

describe("csvLines and csvResponse", () => {
  it("joins cells with commas and ends every row with a newline", () => {
    expect(
      csvLines([
        ["a", 1],
        ["=b", null],
      ]),
    ).toBe('"a","1"\n"\'=b",""\n');
  });

  it("streams the header, then each batch, with download headers", async () => {
    async function* batches() {
      yield [["Circle", "KE"]];
      yield [["=cmd", "FR"]];
    }
    const response = csvResponse("endorsers.csv", ["name", "country"], batches());
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="endorsers.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe('name,country\n"Circle","KE"\n"\'=cmd","FR"\n');
  });
});
