import { describe, expect, it } from "vitest";
import { endorsementEmail, stockReason } from "./emails.server";

const base = {
  to: "contact@example.org",
  contactName: "Li Wei",
  organisation: "ALE Network",
  link: "https://x.test/c",
};

describe("endorsement emails in Chinese and Russian", () => {
  it("writes the confirmation in Chinese, with the page language set", () => {
    const mail = endorsementEmail({ ...base, kind: "confirm", locale: "zh" });
    expect(mail.subject).toBe("请确认 ALE Network 的联署");
    expect(mail.text).toContain("Li Wei，您好：");
    expect(mail.text).toContain("确认联署: https://x.test/c");
    expect(mail.html).toContain('<html lang="zh" dir="ltr">');
    expect(mail.locale).toBe("zh");
  });

  it("writes the approval and a stock rejection reason in Russian", () => {
    const mail = endorsementEmail({ ...base, kind: "approved", locale: "ru" });
    expect(mail.subject).toBe("ALE Network теперь на стене сторонников #weareALE");
    expect(mail.html).toContain('<html lang="ru" dir="ltr">');
    expect(stockReason("duplicate", "ru")).toBe("Организация уже поддерживает кампанию.");
  });

  it("falls back to English for a language the site does not have", () => {
    expect(endorsementEmail({ ...base, kind: "confirm", locale: "de" }).subject).toBe(
      "Confirm the endorsement of ALE Network",
    );
  });
});
