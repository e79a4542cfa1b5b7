import { directionOf, type Locale, locales } from "@/i18n/routing";
import type { FieldSpec } from "@/lib/admin/form-state";
import { utcToZonedInput } from "@/lib/content/event-format";

const languageNames: Record<Locale, string> = {
  en: "English",
  fr: "French (français)",
  es: "Spanish (español)",
  ar: "Arabic (العربية)",
  zh: "Chinese (中文)",
  ru: "Russian (русский)",
};

// Typed as text, year first, 24-hour clock: a browser's date picker shows the visitor's own order
// (mm/dd/yyyy in the US), which is ambiguous next to a "UTC" label.
const dateTimeHint = "As yyyy-mm-dd HH:mm, 24-hour clock, e.g. 2026-12-02 14:30.";
const dateTimeText = (iso: string) => iso.slice(0, 16).replace("T", " ");

type Text = { locale: string; title: string; summary: string; body: string };

function languageFields(translations: Text[] = []): FieldSpec[] {
  return locales.flatMap((locale) => {
    const text = translations.find((t) => t.locale === locale);
    const english = locale === "en";
    const group = `${languageNames[locale]}${english ? " — required, shown where a translation is missing" : " — leave empty to show the English version"}`;
    const dir = directionOf(locale) === "rtl" ? ("rtl" as const) : undefined;
    return [
      {
        name: `title_${locale}`,
        label: "Title",
        required: english,
        group,
        defaultValue: text?.title ?? "",
        maxLength: 200,
        dir,
        lang: locale,
      },
      {
        name: `summary_${locale}`,
        label: "Summary",
        group,
        defaultValue: text?.summary ?? "",
        maxLength: 500,
        dir,
        lang: locale,
      },
      {
        name: `body_${locale}`,
        label: "Text (Markdown)",
        kind: "textarea" as const,
        rows: 10,
        required: english,
        group,
        hint: "Markdown: **bold**, *italic*, [link](https://…), lists, ## headings. HTML is not shown.",
        defaultValue: text?.body ?? "",
        dir,
        lang: locale,
      },
    ];
  });
}

const statusField = (status?: string): FieldSpec => ({
  name: "status",
  label: "Status",
  kind: "select",
  required: true,
  defaultValue: status ?? "DRAFT",
  options: [
    { value: "DRAFT", label: "Draft (not on the site)" },
    { value: "PUBLISHED", label: "Published" },
  ],
});

const coverField: FieldSpec = {
  name: "cover",
  label: "Cover image",
  kind: "file",
  hint: "PNG, JPEG, WebP or SVG, up to 2 MB; leave empty to keep the current one.",
};

export function newsFields(item?: {
  slug: string;
  status: string;
  publishedAt: Date | null;
  sourceUrl: string | null;
  translations: Text[];
}): FieldSpec[] {
  return [
    statusField(item?.status),
    {
      name: "publishedAt",
      label: "Publication date and time (UTC)",
      required: true,
      hint: `${dateTimeHint} A published item appears from this moment.`,
      defaultValue: dateTimeText((item?.publishedAt ?? new Date()).toISOString()),
      maxLength: 16,
    },
    {
      name: "slug",
      label: "Web address (slug)",
      hint: "Made from the English title when left empty.",
      defaultValue: item?.slug ?? "",
      maxLength: 80,
    },
    { name: "sourceUrl", label: "Original source (link)", kind: "url", defaultValue: item?.sourceUrl ?? "" },
    coverField,
    ...languageFields(item?.translations),
  ];
}

export const timeZoneOptions = Intl.supportedValuesOf("timeZone").map((zone) => ({
  value: zone,
  label: zone.replace(/_/g, " "),
}));

export function eventFields(event?: {
  slug: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  online: boolean;
  location: string | null;
  registrationUrl: string | null;
  translations: Text[];
}): FieldSpec[] {
  const zone = event?.timeZone ?? "UTC";
  return [
    statusField(event?.status),
    {
      name: "timeZone",
      label: "Time zone of the event",
      kind: "select",
      required: true,
      defaultValue: zone,
      options: [{ value: "UTC", label: "UTC" }, ...timeZoneOptions.filter((option) => option.value !== "UTC")],
    },
    {
      name: "startsAt",
      label: "Starts (in that time zone)",
      required: true,
      hint: dateTimeHint,
      defaultValue: event ? dateTimeText(utcToZonedInput(event.startsAt, zone)) : "",
      maxLength: 16,
    },
    {
      name: "endsAt",
      label: "Ends (in that time zone)",
      required: true,
      hint: dateTimeHint,
      defaultValue: event ? dateTimeText(utcToZonedInput(event.endsAt, zone)) : "",
      maxLength: 16,
    },
    { name: "online", label: "Online event", kind: "checkbox", defaultValue: event?.online ?? true },
    {
      name: "location",
      label: "Place (for in-person or hybrid events)",
      defaultValue: event?.location ?? "",
      maxLength: 300,
    },
    { name: "registrationUrl", label: "Registration link", kind: "url", defaultValue: event?.registrationUrl ?? "" },
    {
      name: "slug",
      label: "Web address (slug)",
      hint: "Made from the English title when left empty.",
      defaultValue: event?.slug ?? "",
      maxLength: 80,
    },
    coverField,
    ...languageFields(event?.translations),
  ];
}
