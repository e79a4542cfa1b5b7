import type { FieldSpec } from "@/lib/admin/form-state";

type Partner = {
  name: string;
  acronym: string | null;
  localName: string | null;
  localNameLanguage: string | null;
  url: string | null;
  founding: boolean;
};

/** The partner form's fields, filled from an existing partner when editing. */
export function partnerFields(partner?: Partner): FieldSpec[] {
  return [
    { name: "name", label: "Full name", required: true, maxLength: 200, defaultValue: partner?.name ?? "" },
    { name: "acronym", label: "Acronym", maxLength: 20, defaultValue: partner?.acronym ?? "" },
    { name: "localName", label: "Name in its own language", maxLength: 200, defaultValue: partner?.localName ?? "" },
    {
      name: "localNameLanguage",
      label: "Language of that name",
      hint: "A language code such as fr, es, ar or de.",
      maxLength: 20,
      defaultValue: partner?.localNameLanguage ?? "",
    },
    { name: "url", label: "Website", kind: "url", maxLength: 500, defaultValue: partner?.url ?? "" },
    {
      name: "founding",
      label: "Founding partner of the campaign",
      kind: "checkbox",
      defaultValue: partner?.founding ?? true,
    },
    {
      name: "logo",
      label: partner ? "Replace the logo" : "Logo",
      kind: "file",
      hint: "PNG, JPEG, WebP or SVG, up to 2 MB. It is converted to a clean PNG (metadata removed).",
    },
  ];
}
