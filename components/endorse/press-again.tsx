import { getTranslations } from "next-intl/server";

/** Above an emailed link's button when the last press could not be saved (the database was away or busy). */
export async function PressAgain() {
  const t = await getTranslations("Unavailable");
  return (
    <p role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-3">
      {t("pressAgain")}
    </p>
  );
}
