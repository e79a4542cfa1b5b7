import type { Metadata } from "next";
import QRCode from "qrcode";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { signValue } from "@/lib/security/signing.server";
import {
  changePasswordAction,
  dailyDigestAction,
  disableTotpAction,
  enableTotpAction,
  signOutEverywhereAction,
} from "@/lib/staff/admin-actions";
import { digestHourUtc, wantsDailyDigest } from "@/lib/staff/digest.server";
import { passwordRules } from "@/lib/staff/passwords.server";
import { requireStaff } from "@/lib/staff/session.server";
import { newTotpSecret, otpauthUri } from "@/lib/staff/totp";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

const notices = {
  "totp-on": "Two-step sign-in is on. From now on, sign in with a code from your app.",
  "totp-off": "Two-step sign-in is off.",
  "digest-on": "Daily digest on: you will get an email each morning when endorsements wait for review.",
  "digest-off": "Daily digest off.",
};

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const staff = await requireStaff("MODERATOR", { totpSetup: true });
  const params = await searchParams;
  const digest = await wantsDailyDigest(staff.id);
  const secret = staff.hasTotp ? null : newTotpSecret();
  const qr = secret ? await QRCode.toString(otpauthUri(secret, staff.email), { type: "svg", margin: 1 }) : "";
  return (
    <div className="grid max-w-3xl gap-8">
      <h1 className="text-2xl font-bold">Your account</h1>
      {params.totp === "required" && !staff.hasTotp && (
        <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-3">
          Admins must turn on two-step sign-in before using the admin. Set it up below.
        </p>
      )}
      <Notice params={params} texts={notices} />
      <p>
        Signed in as {staff.name} ({staff.email}), {staff.role === "ADMIN" ? "admin" : "moderator"}.
      </p>

      <section aria-labelledby="totp" className="grid gap-3">
        <h2 id="totp" className="text-lg font-semibold">
          Two-step sign-in
        </h2>
        {secret ? (
          <>
            <p>Scan this code with an authenticator app (or type the key), then enter the 6-digit code it shows.</p>
            <div className="flex flex-wrap items-center gap-6">
              <div
                role="img"
                aria-label="QR code for your authenticator app"
                className="w-48"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG generated on the server from our own data
                dangerouslySetInnerHTML={{ __html: qr }}
              />
              <p>
                Key:{" "}
                <code className="break-all font-mono" data-testid="totp-secret">
                  {secret}
                </code>
              </p>
            </div>
            <EditorForm
              action={enableTotpAction}
              hidden={{ secret: signValue(`totp-setup:${staff.id}`, secret) }}
              submitLabel="Turn on two-step sign-in"
              fields={[
                {
                  name: "passwordCheck",
                  label: "Your password",
                  kind: "password",
                  required: true,
                  autoComplete: "current-password",
                },
                {
                  name: "code",
                  label: "Code from the app",
                  required: true,
                  autoComplete: "one-time-code",
                  maxLength: 7,
                },
              ]}
            />
          </>
        ) : (
          <>
            <p>On. Sign-in asks for a code from your authenticator app.</p>
            <EditorForm
              action={disableTotpAction}
              submitLabel="Turn off two-step sign-in"
              fields={[
                {
                  name: "current",
                  label: "Your password",
                  kind: "password",
                  required: true,
                  autoComplete: "current-password",
                },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="digest" className="grid gap-3">
        <h2 id="digest" className="text-lg font-semibold">
          Daily digest
        </h2>
        <form action={dailyDigestAction} className="grid gap-3">
          <div className="flex items-start gap-2">
            <input
              id="dailyDigest"
              name="dailyDigest"
              type="checkbox"
              defaultChecked={digest}
              className="mt-1 size-5"
            />
            <label htmlFor="dailyDigest">
              Email me every morning (from {String(digestHourUtc).padStart(2, "0")}:00 UTC) what waits for review
              <span className="block text-sm text-neutral-700">Only on days when something waits.</span>
            </label>
          </div>
          <div>
            <button type="submit" className="admin-button-secondary">
              Save digest choice
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="password" className="grid gap-3">
        <h2 id="password" className="text-lg font-semibold">
          Change password
        </h2>
        <EditorForm
          action={changePasswordAction}
          submitLabel="Change password"
          fields={[
            {
              name: "current",
              label: "Current password",
              kind: "password",
              required: true,
              autoComplete: "current-password",
            },
            {
              name: "password",
              label: "New password",
              kind: "password",
              required: true,
              autoComplete: "new-password",
              hint: `At least ${passwordRules.min} characters; a few unrelated words work well.`,
            },
            {
              name: "confirm",
              label: "New password again",
              kind: "password",
              required: true,
              autoComplete: "new-password",
            },
          ]}
        />
      </section>

      <section aria-labelledby="everywhere" className="grid gap-3">
        <h2 id="everywhere" className="text-lg font-semibold">
          Sign out everywhere
        </h2>
        <p>Ends your sessions on every device, this one included.</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="admin-button-secondary">
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
