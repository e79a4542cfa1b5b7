"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "../audit/audit.server";
import { staffAction } from "../staff/session.server";
import { retryFailed } from "./queue.server";

// Every export is wrapped by staffAction: the session and role are checked before anything else.

export const retryMailAction = staffAction("MODERATOR", async (staff) => {
  const n = await retryFailed();
  await recordAudit({ actor: staff, action: "mail.retryFailed", entityType: "OutboundEmail", after: { count: n } });
  redirect(`/admin/mail?done=retried&n=${n}`);
});
