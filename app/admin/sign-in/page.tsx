import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

// Public on purpose: the only staff page open to anonymous visitors.
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  if (await currentStaff()) redirect("/admin");
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Staff sign-in</h1>
      {params.changed && (
        <p role="status" className="mb-4 rounded bg-green-50 p-3 text-green-900">
          Your password was changed. Sign in with the new one.
        </p>
      )}
      <SignInForm />
      <p className="mt-6 text-sm text-neutral-700">
        For campaign staff. To endorse #weareALE as an organisation, go to the{" "}
        <a href="/en/endorse" className="admin-link">
          endorsement form
        </a>
        .
      </p>
    </div>
  );
}
