import { directionOf, type Locale, locales } from "@/i18n/routing";
import type { FieldSpec } from "@/lib/admin/form-state";
import { utcToZonedInput } from "@/lib/content/event-format";
import type { AdminLocale, AdminTranslator } from "@/lib/staff/admin-language";

/** "French (français)" for an English-speaking admin, "Anglais (English)" for a French-speaking one. */
function languageName(locale: Locale, adminLocale: AdminLocale) {
  const inAdmin = new Intl.DisplayNames([adminLocale], { type: "language" }).of(locale) ?? locale;
  const native = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  const capitalised = inAdmin.charAt(0).toLocaleUpperCase(adminLocale) + inAdmin.slice(1);
  return locale === adminLocale ? capitalised : `${capitalised} (${native})`;
}

// Typed as text, year first, 24-hour clock (the hint says so): a browser's date picker shows the
// visitor's own order (mm/dd/yyyy in the US), which is ambiguous next to a "UTC" label.
const dateTimeText = (iso: string) => iso.slice(0, 16).replace("T", " ");

type Text = { locale: string; title: string; summary: string; body: string };

function languageFields(t: AdminTranslator, adminLocale: AdminLocale, translations: Text[] = []): FieldSpec[] {
  return locales.flatMap((locale) => {
    const text = translations.find((version) => version.locale === locale);
    const english = locale === "en";
    const language = languageName(locale, adminLocale);
    const group = english ? t("Content.groupEnglish", { language }) : t("Content.groupOther", { language });
    const dir = directionOf(locale) === "rtl" ? ("rtl" as const) : undefined;
    return [
      {
        name: `title_${locale}`,
        label: t("Content.fields.title"),
        required: english,
        group,
        defaultValue: text?.title ?? "",
        maxLength: 200,
        dir,
        lang: locale,
      },
      {
        name: `summary_${locale}`,
        label: t("Content.fields.summary"),
        group,
        defaultValue: text?.summary ?? "",
        maxLength: 500,
        dir,
        lang: locale,
      },
      {
        name: `body_${locale}`,
        label: t("Content.fields.body"),
        kind: "textarea" as const,
        rows: 10,
        required: english,
        group,
        hint: t("Content.fields.bodyHint"),
        defaultValue: text?.body ?? "",
        dir,
        lang: locale,
      },
    ];
  });
}

const statusField = (t: AdminTranslator, status?: string): FieldSpec => ({
  name: "status",
  label: t("Content.fields.status"),
  kind: "select",
  required: true,
  defaultValue: status ?? "DRAFT",
  options: [
    { value: "DRAFT", label: t("Content.fields.draft") },
    { value: "PUBLISHED", label: t("Content.fields.published") },
  ],
});

const coverField = (t: AdminTranslator): FieldSpec => ({
  name: "cover",
  label: t("Content.fields.cover"),
  kind: "file",
  hint: t("Content.fields.coverHint"),
});

export function newsFields(
  t: AdminTranslator,
  adminLocale: AdminLocale,
  item?: {
    slug: string;
    status: string;
    publishedAt: Date | null;
    sourceUrl: string | null;
    translations: Text[];
  },
): FieldSpec[] {
  return [
    statusField(t, item?.status),
    {
      name: "publishedAt",
      label: t("Content.fields.publishedAt"),
      required: true,
      hint: `${t("Content.fields.dateTimeHint")} ${t("Content.fields.publishedAtHint")}`,
      defaultValue: dateTimeText((item?.publishedAt ?? new Date()).toISOString()),
      maxLength: 16,
    },
    {
      name: "slug",
      label: t("Content.fields.slug"),
      hint: t("Content.fields.slugHint"),
      defaultValue: item?.slug ?? "",
      maxLength: 80,
    },
    { name: "sourceUrl", label: t("Content.fields.sourceUrl"), kind: "url", defaultValue: item?.sourceUrl ?? "" },
    coverField(t),
    ...languageFields(t, adminLocale, item?.translations),
  ];
}

export const timeZoneOptions = Intl.supportedValuesOf("timeZone").map((zone) => ({
  value: zone,
  label: zone.replace(/_/g, " "),
}));

export function eventFields(
  t: AdminTranslator,
  adminLocale: AdminLocale,
  event?: {
    slug: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    online: boolean;
    location: string | null;
    registrationUrl: string | null;
    translations: Text[];
  },
): FieldSpec[] {
  const zone = event?.timeZone ?? "UTC";
  return [
    statusField(t, event?.status),
    {
      name: "timeZone",
      label: t("Content.fields.timeZone"),
      kind: "select",
      required: true,
      defaultValue: zone,
      options: [{ value: "UTC", label: "UTC" }, ...timeZoneOptions.filter((option) => option.value !== "UTC")],
    },
    {
      name: "startsAt",
      label: t("Content.fields.startsAt"),
      required: true,
      hint: t("Content.fields.dateTimeHint"),
      defaultValue: event ? dateTimeText(utcToZonedInput(event.startsAt, zone)) : "",
      maxLength: 16,
    },
    {
      name: "endsAt",
      label: t("Content.fields.endsAt"),
      required: true,
      hint: t("Content.fields.dateTimeHint"),
      defaultValue: event ? dateTimeText(utcToZonedInput(event.endsAt, zone)) : "",
      maxLength: 16,
    },
    { name: "online", label: t("Content.fields.online"), kind: "checkbox", defaultValue: event?.online ?? true },
    {
      name: "location",
      label: t("Content.fields.location"),
      defaultValue: event?.location ?? "",
      maxLength: 300,
    },
    {
      name: "registrationUrl",
      label: t("Content.fields.registrationUrl"),
      kind: "url",
      defaultValue: event?.registrationUrl ?? "",
    },
    {
      name: "slug",
      label: t("Content.fields.slug"),
      hint: t("Content.fields.slugHint"),
      defaultValue: event?.slug ?? "",
      maxLength: 80,
    },
    coverField(t),
    ...languageFields(t, adminLocale, event?.translations),
  ];
}
