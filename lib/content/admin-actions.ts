"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { locales } from "../../i18n/routing";
import { type FormState, valuesOf } from "../admin/form-state";
import { checkbox, formObject, logoErrors, optionalText, optionalUrl, wordErrors } from "../admin/validation";
import { fieldErrors } from "../field-errors";
import { idPattern } from "../ids";
import { imageFromUpload } from "../media/images.server";
import { adminTranslator } from "../staff/admin-language";
import { staffAction } from "../staff/session.server";
import { deleteContent, saveEvent, saveNews, type Translation } from "./editor.server";
import { isTimeZone, zonedTimeToUtc } from "./event-format";

// Every export is wrapped by staffAction: the session and role are checked before anything else.

const limits = { title: 200, summary: 500, body: 50_000 };

/**
 * The language versions filled in: English always, the others optional; a version needs a title and
 * a body once any of its fields is used.
 */
function translationsOf(form: Record<string, string | undefined>, errors: Record<string, string>): Translation[] {
  const out: Translation[] = [];
  for (const locale of locales) {
    const title = (form[`title_${locale}`] ?? "").trim();
    const summary = (form[`summary_${locale}`] ?? "").trim();
    const body = (form[`body_${locale}`] ?? "").replace(/\r\n/g, "\n").trim();
    if (!title && !summary && !body) continue;
    if (!title) errors[`title_${locale}`] = "Errors.content.titleMissing";
    if (!body) errors[`body_${locale}`] = "Errors.content.bodyMissing";
    if (title.length > limits.title) errors[`title_${locale}`] = `Errors.tooLong:${limits.title}`;
    if (summary.length > limits.summary) errors[`summary_${locale}`] = `Errors.tooLong:${limits.summary}`;
    if (body.length > limits.body) errors[`body_${locale}`] = `Errors.tooLong:${limits.body}`;
    out.push({ locale, title, summary, body });
  }
  if (!out.some((version) => version.locale === "en")) {
    errors.title_en = "Errors.content.englishMissing";
    errors.body_en = "Errors.content.englishBodyMissing";
  }
  return out;
}

/** "2026-12-02 14:30" (or with a T, as older forms sent it) → "2026-12-02T14:30", a real date and time. */
const dateTime = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .transform((value) =>
      value.replace(/^(\d{4}-\d{2}-\d{2})[ T]+(\d{1,2}):(\d{2})$/, (_, d, h, m) => `${d}T${h.padStart(2, "0")}:${m}`),
    )
    .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && isRealDateTime(value), message);

function isRealDateTime(value: string) {
  const date = new Date(`${value}:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const common = {
  slug: optionalText(80).refine((v) => v === undefined || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), "Errors.slug"),
  status: z.enum(["DRAFT", "PUBLISHED"], { error: "Errors.content.status" }),
};

const newsSchema = z.object({
  ...common,
  publishedAt: dateTime("Errors.content.publishedAt"),
  sourceUrl: optionalUrl,
});

const eventSchema = z.object({
  ...common,
  timeZone: z.string({ error: "Errors.content.timeZone" }).refine(isTimeZone, "Errors.content.timeZone"),
  startsAt: dateTime("Errors.content.startsAt"),
  endsAt: dateTime("Errors.content.endsAt"),
  online: checkbox,
  location: optionalText(300),
  registrationUrl: optionalUrl,
});

async function coverOf(form: FormData, errors: Record<string, string>) {
  const file = form.get("cover");
  const cover = await imageFromUpload(file instanceof File ? file : null);
  if (cover.error) errors.cover = logoErrors[cover.error];
  return cover.imageId;
}

export const saveNewsAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const raw = formObject(form);
    const parsed = newsSchema.safeParse(raw);
    const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
    const translations = translationsOf(raw, errors);
    const t = adminTranslator(staff.adminLocale);
    if (raw.intent === "preview")
      return { values: valuesOf(form), errors: wordErrors(t, errors), preview: translations };
    const coverImageId = await coverOf(form, errors);
    if (!parsed.success || Object.keys(errors).length) return { values: valuesOf(form), errors: wordErrors(t, errors) };
    const id = idPattern.test(raw.id ?? "") ? raw.id : undefined;
    const savedId = await saveNews(staff, id, {
      ...parsed.data,
      publishedAt: new Date(`${parsed.data.publishedAt}:00Z`),
      translations,
      coverImageId,
    });
    redirect(`/admin/news/${savedId}?done=saved`);
  },
);

export const saveEventAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const raw = formObject(form);
    const parsed = eventSchema.safeParse(raw);
    const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
    const translations = translationsOf(raw, errors);
    const t = adminTranslator(staff.adminLocale);
    if (raw.intent === "preview")
      return { values: valuesOf(form), errors: wordErrors(t, errors), preview: translations };
    const coverImageId = await coverOf(form, errors);
    let startsAt: Date | null = null;
    let endsAt: Date | null = null;
    if (parsed.success) {
      startsAt = zonedTimeToUtc(parsed.data.startsAt, parsed.data.timeZone);
      endsAt = zonedTimeToUtc(parsed.data.endsAt, parsed.data.timeZone);
      if (startsAt && endsAt && endsAt < startsAt) errors.endsAt = "Errors.content.endBeforeStart";
      if (!parsed.data.online && !parsed.data.location) errors.location = "Errors.content.location";
    }
    if (!parsed.success || !startsAt || !endsAt || Object.keys(errors).length)
      return { values: valuesOf(form), errors: wordErrors(t, errors) };
    const id = idPattern.test(raw.id ?? "") ? raw.id : undefined;
    const savedId = await saveEvent(staff, id, { ...parsed.data, startsAt, endsAt, translations, coverImageId });
    redirect(`/admin/events/${savedId}?done=saved`);
  },
);

export const deleteContentAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const id = String(form.get("id") ?? "");
  const kind = form.get("kind") === "event" ? "event" : "news";
  const list = kind === "event" ? "/admin/events" : "/admin/news";
  if (!idPattern.test(id) || form.get("confirm") !== "on") redirect(`${list}/${id}?error=confirm`);
  await deleteContent(staff, kind, id);
  redirect(`${list}?done=deleted`);
});
