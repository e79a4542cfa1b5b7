import { describe, expect, it } from "vitest";
import { publicFieldsSchema } from "../endorsements/schema";
import { commands } from "../endorsements/transitions";
import { fieldErrors } from "../field-errors";
import { accountChanges } from "../staff/accounts.server";
import { adminLocales, adminTranslator, negotiateAdminLocale } from "../staff/admin-language";
import { adminFormats, adminLabels, endorsementErrorText, excerpt, waitedFor } from "./labels";

describe("staff edit form errors", () => {
  it("say what the public form says: required when empty, and the limit when too long", () => {
    const parsed = publicFieldsSchema.safeParse({
      name: "",
      type: "ALE_PROVIDER",
      countryCode: "KE",
      city: "x".repeat(101),
      website: "",
      statement: "y".repeat(601),
    });
    if (parsed.success) throw new Error("expected errors");
    expect(endorsementErrorText(fieldErrors(parsed.error))).toEqual({
      name: "Please fill this in.",
      city: "This is too long: please write at most 100 characters.",
      statement: "This is too long: please write at most 600 characters.",
    });
  });
});

describe("queue cells", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  it("say how long an endorsement has waited", () => {
    expect(waitedFor(new Date("2026-12-02T11:20:00Z"), now)).toBe("40 min");
    expect(waitedFor(new Date("2026-12-01T07:00:00Z"), now)).toBe("29 h");
    expect(waitedFor(new Date("2026-11-28T12:00:00Z"), now)).toBe("4 days");
  });

  it("cut a long statement at a word", () => {
    expect(excerpt("Learning  changes\nlives.")).toBe("Learning changes lives.");
    expect(excerpt(`${"word ".repeat(40)}end`, 20)).toBe("word word word word…");
    expect(excerpt(null)).toBe("");
  });
});

describe("audit action names", () => {
  it("name every endorsement command and every staff account change in words, in every admin language", () => {
    for (const locale of adminLocales) {
      const { auditActionLabel } = adminLabels(locale);
      for (const action of [...commands.map((c) => `endorsement.${c}`), ...accountChanges.map((c) => `staff.${c}`)])
        expect(auditActionLabel(action), `${locale}: ${action}`).toMatch(/^\p{Lu}\p{Ll}/u);
    }
  });

  it("keep the raw name of an action this version does not know", () => {
    expect(adminLabels("fr").auditActionLabel("robot.dance")).toBe("robot.dance");
    expect(adminLabels("es").auditActionLabel("endorsement")).toBe("endorsement");
  });
});

describe("the admin in French and Spanish", () => {
  const now = new Date("2026-12-02T12:00:00Z");

  it("says how long something waited with the language's plural", () => {
    expect(waitedFor(new Date("2026-11-28T12:00:00Z"), now, adminTranslator("fr"))).toBe("4 jours");
    expect(waitedFor(new Date("2026-11-30T00:00:00Z"), now, adminTranslator("es"))).toBe("2 días");
  });

  it("formats dates and numbers the local way, always in UTC", () => {
    const date = new Date("2026-12-02T14:05:00Z");
    expect(adminFormats("en").formatDateTime(date)).toBe("2 Dec 2026, 14:05 UTC");
    expect(adminFormats("fr").formatDateTime(date)).toMatch(/^2 déc\. 2026.*14:05 UTC$/);
    expect(adminFormats("es").formatDateTime(date)).toMatch(/^2 dic 2026.*14:05 UTC$/);
    expect(adminFormats("fr").formatNumber(1234.5)).toBe("1\u202f234,5");
    expect(adminFormats("es").formatPercent(1, 4)).toBe("25\u00a0%");
    expect(adminFormats("fr").formatPercent(1, 0)).toBe("—");
  });

  it("names statuses, organisation types and countries in the staff language", () => {
    const fr = adminLabels("fr");
    expect(fr.statusLabels.AWAITING_REVIEW).toBe("En attente d’examen");
    expect(fr.countryLabel("DE")).toBe("Allemagne");
    expect(adminLabels("es").typeLabels.TRADE_UNION).toBe("Sindicato");
  });

  it("words endorsement field errors as the public form does in that language", () => {
    expect(endorsementErrorText({ name: "required" }, "fr")).toEqual({ name: "Veuillez remplir ce champ." });
    expect(endorsementErrorText({ city: "tooLong" }, "es")).toEqual({
      city: "Es demasiado largo: escribe como máximo 100 caracteres.",
    });
  });

  it("speaks the browser's language before sign-in, among en, fr and es only", () => {
    expect(negotiateAdminLocale("fr-SN,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateAdminLocale("ar,es-419;q=0.7")).toBe("es");
    expect(negotiateAdminLocale("de-DE,zh;q=0.5")).toBe("en");
    expect(negotiateAdminLocale(null)).toBe("en");
  });
});
