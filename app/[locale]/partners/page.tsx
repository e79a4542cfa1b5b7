import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrgLogo } from "@/components/content/org-logo";
import { getPartners } from "@/lib/content/campaign.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Partners" });
  return pageMetadata({ locale, path: publicPaths.partners, title: t("metaTitle"), description: t("intro") });
}

export default async function PartnersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Partners");
  const partners = await getPartners();
  const groups = [
    ["founding", partners.filter((partner) => partner.founding)],
    ["other", partners.filter((partner) => !partner.founding)],
  ] as const;

  return (
    <article>
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>
      {groups.map(([group, members]) =>
        members.length === 0 ? null : (
          <section key={group} aria-labelledby={`partners-${group}`} className="mt-10">
            <h2 id={`partners-${group}`} className="section-title">
              {t(group)}
            </h2>
            <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
              {members.map((partner) => (
                <li key={partner.id} className="card flex items-start gap-4">
                  <OrgLogo name={partner.name} acronym={partner.acronym} logo={partner.logo} size="lg" />
                  <div>
                    <h3 className="text-lg font-bold text-brand-dark">
                      {partner.acronym ? (
                        <>
                          <abbr title={partner.name} className="no-underline">
                            {partner.acronym}
                          </abbr>
                          <span className="block text-base font-normal text-neutral-800">{partner.name}</span>
                        </>
                      ) : (
                        partner.name
                      )}
                    </h3>
                    {partner.localName && (
                      <p className="text-neutral-700" lang={partner.localNameLanguage ?? undefined} dir="auto">
                        {partner.localName}
                      </p>
                    )}
                    {partner.url ? (
                      <a href={partner.url} rel="noopener" className="mt-1 inline-block text-brand underline">
                        {new URL(partner.url).hostname.replace(/^www\./, "")}
                        <span className="sr-only">{` (${t("website", { name: partner.acronym ?? partner.name })})`}</span>
                      </a>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </article>
  );
}
