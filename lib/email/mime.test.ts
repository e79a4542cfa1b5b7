import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { composeMessage, type Email } from "./mime";

const email: Email = {
  to: "ama@learners.example.org",
  subject: "Confirm the endorsement of Learners' Network",
  text: "Hello Ama,\n\nPress the button: https://we-are-ale.org/en/endorse/confirm?token=abc_DEF-123\n\n.\nA line with a dot.\n",
  html: '<p>Hello Ama,</p><p><a href="https://we-are-ale.org/en/endorse/confirm?token=abc_DEF-123">Confirm</a></p>',
  locale: "en",
  headers: { "List-Unsubscribe": "<https://we-are-ale.org/en/updates/stop?token=x>" },
};

const parse = (message: Buffer) => simpleParser(message);

describe("composeMessage", () => {
  it("is a message a mail client reads back as sent: addresses, subject, both bodies, headers", async () => {
    const { envelope, message } = composeMessage(
      email,
      "We are ALE <no-reply@we-are-ale.org>",
      new Date(Date.UTC(2026, 11, 5, 21, 5)),
    );
    expect(envelope).toEqual({ from: "no-reply@we-are-ale.org", to: ["ama@learners.example.org"] });
    const mail = await parse(message);
    expect(mail.from?.value).toEqual([{ name: "We are ALE", address: "no-reply@we-are-ale.org" }]);
    expect(mail.to && "value" in mail.to && mail.to.value[0].address).toBe("ama@learners.example.org");
    expect(mail.subject).toBe(email.subject);
    expect(mail.text).toBe(email.text);
    expect(mail.html).toBe(email.html);
    expect(mail.headers.get("content-language")).toBe("en");
    expect(mail.headers.get("list")).toEqual({
      unsubscribe: { url: "https://we-are-ale.org/en/updates/stop?token=x" },
    });
    expect(mail.date?.toISOString()).toBe("2026-12-05T21:05:00.000Z");
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@we-are-ale\.org>$/);
  });

  it("carries every language: long subjects in Arabic and Chinese, names with accents", async () => {
    // Hard-wrapped at 78 characters per header line, as RFC 5322 asks; the bodies in 7-bit ASCII.
    const arabic = "تأكيد تأييد الشبكة العربية لتعليم الكبار والتعليم المستمر في منطقة الشرق الأوسط وشمال أفريقيا";
    const chinese = "请确认亚洲南太平洋基础和成人教育协会对我们是成人学习和教育运动的支持";
    const { message } = composeMessage(
      { ...email, subject: arabic, text: `${chinese}\n${arabic}`, html: `<p dir="rtl">${arabic}</p>`, locale: "ar" },
      "Éducation des adultes <no-reply@we-are-ale.org>",
    );
    const head = message.toString("latin1").split("\r\n\r\n")[0];
    for (const headerLine of head.split("\r\n")) expect(headerLine.length).toBeLessThanOrEqual(78);
    expect(message.every((byte) => byte < 128)).toBe(true);
    const mail = await parse(message);
    expect(mail.subject).toBe(arabic);
    expect(mail.text).toBe(`${chinese}\n${arabic}`);
    expect(mail.html).toBe(`<p dir="rtl">${arabic}</p>`);
    expect(mail.from?.value[0].name).toBe("Éducation des adultes");
  });

  it("writes no header of a sender's choosing: line breaks in a subject or header value stay inside it", async () => {
    const { message } = composeMessage(
      {
        ...email,
        subject: "Network\r\nBcc: everyone@example.org",
        headers: { "X-Note": "a\nTo: else@example.org", "Bad Name": "x", To: "other@example.org" },
      },
      "no-reply@we-are-ale.org",
    );
    const mail = await parse(message);
    expect(mail.subject).toBe("Network Bcc: everyone@example.org");
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.get("x-note")).toBe("a To: else@example.org");
    expect(mail.headers.has("bad name")).toBe(false);
    expect(mail.to && "value" in mail.to && mail.to.value.map((to) => to.address)).toEqual([
      "ama@learners.example.org",
    ]);
    expect(mail.from?.value).toEqual([{ name: "", address: "no-reply@we-are-ale.org" }]);
  });

  it("keeps a sender's name whole, commas and accents included, and drops control characters from headers", async () => {
    const { message } = composeMessage(
      { ...email, subject: "Tab\there, NUL\u0000and ESC\u001bgone" },
      "ALE, Éducation des adultes <no-reply@we-are-ale.org>",
    );
    const mail = await parse(message);
    expect(mail.from?.value).toEqual([{ name: "ALE, Éducation des adultes", address: "no-reply@we-are-ale.org" }]);
    // Strict readers split a From at a comma left outside the encoded words (mailparser does not).
    const from = /^From: (.*)$/m.exec(message.toString("latin1"))?.[1] ?? "";
    expect(from.replace(/=\?[^?]+\?[BQ]\?[^?]*\?=/g, "")).toBe(" <no-reply@we-are-ale.org>");
    expect(mail.subject).toBe("Tab here, NUL and ESC gone");
    const head = message.toString("latin1").split("\r\n\r\n")[0].replaceAll("\r\n", "");
    expect([...head].filter((character) => character < " ")).toEqual([]);
  });

  it("sends an internationalised domain as punycode", () => {
    const { envelope } = composeMessage({ ...email, to: "info@bildung-für-erwachsene.de" }, "no-reply@we-are-ale.org");
    expect(envelope.to).toEqual(["info@xn--bildung-fr-erwachsene-hic.de"]);
  });
});
