import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "../field-errors";
import { adminCatalogues, adminLocales, adminTranslator } from "../staff/admin-language";
import { logoErrors, optionalUrl, requiredText, wordErrors } from "./validation";

describe("staff form errors", () => {
  const schema = z.object({ name: requiredText(10), url: optionalUrl });

  it("are worded in the staff member's language, with the limit filled in", () => {
    const parsed = schema.safeParse({ name: "x".repeat(11), url: "not a web address" });
    if (parsed.success) throw new Error("expected errors");
    const codes = fieldErrors(parsed.error);
    expect(wordErrors(adminTranslator("fr"), codes)).toEqual({
      name: "Écrivez au plus 10 caractères.",
      url: "Saisissez une adresse web complète commençant par https://",
    });
    expect(wordErrors(adminTranslator("es"), { name: "Errors.required", logo: logoErrors.logoTooLarge })).toEqual({
      name: "Este campo es obligatorio.",
      logo: "La imagen supera los 2 MB.",
    });
    expect(wordErrors(adminTranslator("en"), codes).name).toBe("Use at most 10 characters.");
  });

  it("keep a text that is not a code as it is", () => {
    expect(wordErrors(adminTranslator("fr"), { form: "Déjà traduit." })).toEqual({ form: "Déjà traduit." });
  });

  it("name only codes that every admin language has", () => {
    const sources = ["lib/admin/validation.ts", "lib/content/admin-actions.ts", "lib/partners/admin-actions.ts"];
    const codes = sources.flatMap((file) =>
      [...readFileSync(path.join(import.meta.dirname, "../..", file), "utf8").matchAll(/"(Errors\.[\w.]+)/g)].map(
        (match) => match[1],
      ),
    );
    expect(codes.length).toBeGreaterThan(15);
    for (const locale of adminLocales)
      for (const code of codes) {
        const text = code
          .split(".")
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown> | undefined)?.[part],
            adminCatalogues[locale],
          );
        expect(typeof text, `${locale}: ${code}`).toBe("string");
      }
  });
});
