"use server";

import { redirect } from "next/navigation";
import { type FormState, valuesOf } from "../admin/form-state";
import { endorsementErrorText } from "../admin/labels";
import { fieldErrors } from "../field-errors";
import { idPattern } from "../ids";
import { adminTranslator } from "../staff/admin-language";
import { staffAction } from "../staff/session.server";
import { type StockReason, stockReasons } from "./emails.server";
import { decideProgress, editPublicFields, setFlags, setRetentionHold } from "./lifecycle.server";
import { changedSince, type Decision, decide, decideMany, nextInQueue } from "./review.server";
import { actionNumbers, publicFieldsSchema } from "./schema";

// Every export is wrapped by staffAction: the session and role are checked before anything else.

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value.trim() : "";
};

/** Where to go back to after an action: the page the form came from, if it is an admin page. */
function back(form: FormData, fallback: string) {
  const to = text(form, "back");
  return /^\/admin(\/[\w\-/]*)?(\?[\w\-=&%.]*)?$/.test(to) ? to : fallback;
}

function withNotice(path: string, notice: string) {
  return `${path}${path.includes("?") ? "&" : "?"}${notice}`;
}

/** The selected ids carried back ("&id=…" repeated) so the queue can tick them again, within the URL limit. */
const withSelection = (path: string, ids: string[]) => withIds(path, "id", ids);

/** `ids` added to the query as `&<key>=…` repeated, as many as fit the URL limit. */
function withIds(path: string, key: string, ids: string[]) {
  let url = path;
  for (const id of ids) {
    const next = `${url}&${key}=${id}`;
    if (next.length > 1900) break;
    url = next;
  }
  return url;
}

/**
 * The version of the record the page showed (its updatedAt in milliseconds), if it sent one: the
 * review page sends `seen`, the queue `seen-<id>` for each row.
 */
function seenOf(form: FormData, key = "seen") {
  const ms = text(form, key);
  return /^\d{1,15}$/.test(ms) ? { updatedAt: new Date(Number(ms)) } : undefined;
}

/** A rejection reason from the form: a stock reason (translated for the endorser) or written text. */
function reasonOf(form: FormData): Decision | null {
  const stock = text(form, "reason");
  const written = text(form, "reasonText").slice(0, 1000);
  if (stock === "other" || (!stock && written))
    return written.length >= 5 ? { kind: "reject", reason: { text: written } } : null;
  return stockReasons.includes(stock as StockReason)
    ? { kind: "reject", reason: { stock: stock as StockReason } }
    : null;
}

export const decideAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const ids = form
    .getAll("id")
    .filter((id): id is string => typeof id === "string" && idPattern.test(id))
    .slice(0, 200);
  const origin = back(form, "/admin/endorsements");
  if (ids.length === 0) redirect(withNotice(origin, "error=none-selected"));
  const decision: Decision | null = text(form, "decision") === "approve" ? { kind: "approve" } : reasonOf(form);
  if (!decision) redirect(withSelection(withNotice(origin, "error=reason-required"), ids));
  const seen = ids.length === 1 ? seenOf(form) : undefined;
  let done = 0;
  const stale: string[] = [];
  if (seen) {
    // Someone else decided or edited it meanwhile: show it as it is now rather than overwrite them.
    if (!(await decide(staff, ids[0], decision, seen)))
      redirect(withNotice(origin, (await changedSince(ids[0], seen)) ? "error=stale" : "error=not-allowed"));
    done = 1;
  } else {
    // Each row carries the version the queue showed: a row changed since is skipped and named.
    const outcome = await decideMany(
      staff,
      ids.map((id) => ({ id, seen: seenOf(form, `seen-${id}`) })),
      decision,
    );
    done = outcome.done;
    stale.push(...outcome.stale);
  }
  const skipped = ids.length - done - stale.length;
  const kind = decision.kind === "approve" ? "approved" : "rejected";
  // From a review page, a decision taken leads on to the next endorsement awaiting review.
  if (text(form, "then") === "next" && ids.length === 1 && done === 1) {
    const next = await nextInQueue(ids[0]);
    redirect(
      next
        ? `/admin/endorsements/${next}?done=${kind}-next&previous=${ids[0]}`
        : `/admin/endorsements?done=${kind}-last&n=1`,
    );
  }
  redirect(withIds(withNotice(origin, `done=${kind}&n=${done}&skipped=${skipped}`), "stale", stale));
});

export const flagsAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const id = text(form, "id");
  if (!idPattern.test(id)) redirect("/admin/endorsements");
  const flag = text(form, "flag");
  const on = text(form, "value") === "on";
  if (flag !== "logoHidden" && flag !== "featured" && flag !== "isPartner") redirect(`/admin/endorsements/${id}`);
  const ok = await setFlags(staff, id, { [flag]: on });
  redirect(`/admin/endorsements/${id}?${ok ? "done=saved" : "error=not-allowed"}`);
});

export const holdAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const id = text(form, "id");
  if (!idPattern.test(id)) redirect("/admin/endorsements");
  const ok = await setRetentionHold(staff, id, text(form, "hold") === "on");
  redirect(`/admin/endorsements/${id}?${ok ? "done=saved" : "error=not-allowed"}`);
});

export const editAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const id = text(form, "id");
    const values = valuesOf(form);
    const parsed = publicFieldsSchema.safeParse({
      name: form.get("name") ?? "",
      acronym: form.get("acronym") ?? undefined,
      type: form.get("type") ?? "",
      countryCode: form.get("countryCode") ?? "",
      city: form.get("city") ?? undefined,
      website: form.get("website") ?? "",
      statement: form.get("statement") ?? undefined,
    });
    const t = adminTranslator(staff.adminLocale);
    if (!parsed.success) return { values, errors: endorsementErrorText(fieldErrors(parsed.error), staff.adminLocale) };
    if (!idPattern.test(id)) return { values, errors: {}, message: t("Review.edit.gone") };
    const saved = await editPublicFields(staff, id, parsed.data);
    if (!saved) return { values, errors: {}, message: t("Review.edit.notEditable") };
    redirect(`/admin/endorsements/${id}?done=saved`);
  },
);

/**
 * Approves or rejects the progress text waiting on one action, as the review page showed it
 * (`seen`: its pendingAt in milliseconds): text changed since is refused, never approved unseen.
 */
export const decideProgressAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const id = text(form, "id");
  if (!idPattern.test(id)) redirect("/admin/endorsements");
  const page = `/admin/endorsements/${id}`;
  const actionNumber = Number(text(form, "action"));
  const seen = text(form, "seen");
  const decision = text(form, "decision");
  if (
    !(actionNumbers as readonly number[]).includes(actionNumber) ||
    !/^\d{1,15}$/.test(seen) ||
    (decision !== "approve" && decision !== "reject")
  )
    redirect(`${page}?progress=invalid#progress`);
  const done = await decideProgress(staff, id, actionNumber, decision === "approve", new Date(Number(seen)));
  redirect(`${page}?progress=${done ? `${decision}d` : "stale"}#progress`);
});
