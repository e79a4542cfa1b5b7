import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { currentStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("SignIn.title") };
}
export const dynamic = "force-dynamic";

// Public on purpose: the only staff page open to anonymous visitors.
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  if (await currentStaff()) redirect("/admin");
  const params = await searchParams;
  const { locale, t } = await adminTranslations();
  const texts = {
    invalid: t("SignIn.invalid"),
    locked: t("SignIn.locked"),
    email: t("SignIn.email"),
    password: t("SignIn.password"),
    code: t("SignIn.code"),
    codeHint: t("SignIn.codeHint"),
    submit: t("SignIn.submit"),
    pending: t("SignIn.pending"),
  };
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("SignIn.heading")}</h1>
      {params.changed && (
        <p role="status" className="mb-4 rounded bg-green-50 p-3 text-green-900">
          {t("SignIn.changed")}
        </p>
      )}
      <SignInForm texts={texts} />
      <p className="mt-6 text-sm text-neutral-700">
        {t.rich("SignIn.forStaff", {
          form: (chunks) => (
            <a href={`/${locale}/endorse`} className="admin-link">
              {chunks}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
