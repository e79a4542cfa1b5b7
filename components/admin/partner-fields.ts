import type { FieldSpec } from "@/lib/admin/form-state";
import type { AdminTranslator } from "@/lib/staff/admin-language";

type Partner = {
  name: string;
  acronym: string | null;
  localName: string | null;
  localNameLanguage: string | null;
  url: string | null;
  founding: boolean;
};

/** The partner form's fields, filled from an existing partner when editing. */
export function partnerFields(t: AdminTranslator, partner?: Partner): FieldSpec[] {
  return [
    {
      name: "name",
      label: t("Partners.fields.name"),
      required: true,
      maxLength: 200,
      defaultValue: partner?.name ?? "",
    },
    { name: "acronym", label: t("Partners.fields.acronym"), maxLength: 20, defaultValue: partner?.acronym ?? "" },
    {
      name: "localName",
      label: t("Partners.fields.localName"),
      maxLength: 200,
      defaultValue: partner?.localName ?? "",
    },
    {
      name: "localNameLanguage",
      label: t("Partners.fields.localNameLanguage"),
      hint: t("Partners.fields.localNameLanguageHint"),
      maxLength: 20,
      defaultValue: partner?.localNameLanguage ?? "",
    },
    { name: "url", label: t("Partners.fields.url"), kind: "url", maxLength: 500, defaultValue: partner?.url ?? "" },
    {
      name: "founding",
      label: t("Partners.fields.founding"),
      kind: "checkbox",
      defaultValue: partner?.founding ?? true,
    },
    {
      name: "logo",
      label: partner ? t("Partners.fields.replaceLogo") : t("Partners.fields.logo"),
      kind: "file",
      hint: t("Partners.fields.logoHint"),
    },
  ];
}
