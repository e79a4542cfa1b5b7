import { getTranslations, setRequestLocale } from "next-intl/server";
import { countPartners, getKeyMessages } from "@/lib/content/campaign.server";

export const revalidate = 60;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const [keyMessages, partners] = await Promise.all([getKeyMessages(locale), countPartners()]);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-4xl font-bold text-brand">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("intro")}</p>
      <h2 className="mt-8 text-2xl font-semibold">{t("keyMessages")}</h2>
      <ul className="mt-4 list-disc space-y-2 ps-6">
        {keyMessages.map((message) => (
          <li key={message.id} lang={message.locale}>
            {message.text}
          </li>
        ))}
      </ul>
      <p className="mt-8">{t("partnersCount", { count: partners })}</p>
    </main>
  );
}
