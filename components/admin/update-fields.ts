import type { FieldSpec } from "@/lib/admin/form-state";
import { regionLabels, typeLabels } from "@/lib/admin/labels";
import { updateLimits } from "@/lib/updates/schema";

const languages = [
  ["en", "English (required: every endorser without their language receives it)"],
  ["fr", "French"],
  ["es", "Spanish"],
  ["ar", "Arabic"],
] as const;

type Saved = {
  translations: { locale: string; subject: string; body: string }[];
  audience: { regions: string[]; types: string[]; actions: number[]; locales: string[] };
};

/** The campaign update form: subject and Markdown per language, then the audience as checkboxes. */
export function updateFields(actions: { number: number; title: string }[], saved?: Saved): FieldSpec[] {
  const text = (locale: string) => saved?.translations.find((t) => t.locale === locale);
  const picked = (list: (string | number)[] | undefined, value: string | number) => Boolean(list?.includes(value));
  const group = "Audience (nothing ticked in a list: everyone; always only approved endorsers who consented)";
  return [
    ...languages.flatMap(([locale, name]): FieldSpec[] => [
      {
        name: `subject-${locale}`,
        label: "Subject",
        group: name,
        required: locale === "en",
        maxLength: updateLimits.subject,
        defaultValue: text(locale)?.subject ?? "",
        lang: locale,
        dir: locale === "ar" ? "rtl" : "ltr",
      },
      {
        name: `body-${locale}`,
        label: "Text (Markdown)",
        kind: "textarea",
        rows: 8,
        group: name,
        required: locale === "en",
        maxLength: updateLimits.body,
        defaultValue: text(locale)?.body ?? "",
        lang: locale,
        dir: locale === "ar" ? "rtl" : "ltr",
      },
    ]),
    ...Object.entries(regionLabels).map(
      ([value, label]): FieldSpec => ({
        name: `region:${value}`,
        label: `Region: ${label}`,
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.regions, value),
      }),
    ),
    ...Object.entries(typeLabels).map(
      ([value, label]): FieldSpec => ({
        name: `type:${value}`,
        label: `Type: ${label}`,
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.types, value),
      }),
    ),
    ...actions.map(
      ({ number, title }): FieldSpec => ({
        name: `action:${number}`,
        label: `Committed to action ${number}: ${title}`,
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.actions, number),
      }),
    ),
    ...languages.map(
      ([locale, name]): FieldSpec => ({
        name: `locale:${locale}`,
        label: `Language: ${name.split(" ")[0]}`,
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.locales, locale),
      }),
    ),
  ];
}
