import type { FieldSpec } from "@/lib/admin/form-state";
import { adminLabels } from "@/lib/admin/labels";
import type { AdminLocale, AdminTranslator } from "@/lib/staff/admin-language";
import { updateLimits } from "@/lib/updates/schema";

const languages = ["en", "fr", "es", "ar"] as const;

type Saved = {
  translations: { locale: string; subject: string; body: string }[];
  audience: { regions: string[]; types: string[]; actions: number[]; locales: string[] };
};

/** The campaign update form: subject and Markdown per language, then the audience as checkboxes. */
export function updateFields(
  t: AdminTranslator,
  adminLocale: AdminLocale,
  actions: { number: number; title: string }[],
  saved?: Saved,
): FieldSpec[] {
  const { regionLabels, typeLabels } = adminLabels(adminLocale);
  const names = new Intl.DisplayNames([adminLocale], { type: "language" });
  const languageName = (locale: string) => {
    const name = names.of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(adminLocale) + name.slice(1);
  };
  const text = (locale: string) => saved?.translations.find((t) => t.locale === locale);
  const picked = (list: (string | number)[] | undefined, value: string | number) => Boolean(list?.includes(value));
  const group = t("Updates.fields.audience");
  return [
    ...languages.flatMap((locale): FieldSpec[] => {
      const name =
        locale === "en" ? t("Updates.fields.english", { language: languageName(locale) }) : languageName(locale);
      return [
        {
          name: `subject-${locale}`,
          label: t("Updates.fields.subject"),
          group: name,
          required: locale === "en",
          maxLength: updateLimits.subject,
          defaultValue: text(locale)?.subject ?? "",
          lang: locale,
          dir: locale === "ar" ? "rtl" : "ltr",
        },
        {
          name: `body-${locale}`,
          label: t("Updates.fields.body"),
          kind: "textarea",
          rows: 8,
          group: name,
          required: locale === "en",
          maxLength: updateLimits.body,
          defaultValue: text(locale)?.body ?? "",
          lang: locale,
          dir: locale === "ar" ? "rtl" : "ltr",
        },
      ];
    }),
    ...Object.entries(regionLabels).map(
      ([value, label]): FieldSpec => ({
        name: `region:${value}`,
        label: t("Updates.fields.region", { label }),
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.regions, value),
      }),
    ),
    ...Object.entries(typeLabels).map(
      ([value, label]): FieldSpec => ({
        name: `type:${value}`,
        label: t("Updates.fields.type", { label }),
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.types, value),
      }),
    ),
    ...actions.map(
      ({ number, title }): FieldSpec => ({
        name: `action:${number}`,
        label: t("Updates.fields.action", { number, title }),
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.actions, number),
      }),
    ),
    ...languages.map(
      (locale): FieldSpec => ({
        name: `locale:${locale}`,
        label: t("Updates.fields.language", { language: languageName(locale) }),
        kind: "checkbox",
        group,
        defaultValue: picked(saved?.audience.locales, locale),
      }),
    ),
  ];
}
