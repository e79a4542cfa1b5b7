import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrgLogo } from "@/components/content/org-logo";
import { ShareLinks } from "@/components/endorse/share-links";
import { getActionTitles } from "@/lib/content/campaign.server";
import { registrableDomain } from "@/lib/endorsements/domain-check";
import { getEndorser } from "@/lib/endorsements/wall.server";
import { env } from "@/lib/env.server";
import { pageMetadata } from "@/lib/i18n/metadata";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const endorser = await getEndorser(slug);
  if (!endorser) return {};
  const t = await getTranslations({ locale, namespace: "Endorsers" });
  return pageMetadata({
    locale,
    path: `/endorsers/${slug}`,
    title: endorser.name,
    description: endorser.statement ?? t("intro"),
    imagePath: `/endorsers/${slug}/opengraph-image`,
  });
}

export default async function EndorserPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const endorser = await getEndorser(slug);
  if (!endorser) notFound();
  const t = await getTranslations("Endorsers");
  const te = await getTranslations("Endorse");
  const actions = await getActionTitles(locale);
  const committed = new Map(endorser.commitments.map((c) => [c.actionNumber, c]));
  const site = env().SITE_URL;
  const pageUrl = `${site}/${locale}/endorsers/${endorser.slug}`;
  const country = new Intl.DisplayNames([locale], { type: "region" }).of(endorser.countryCode);
  return (
    <article>
      <p>
        <Link href={`/${locale}/endorsers`} prefetch={false} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <header className="mt-4 flex flex-col items-start gap-5 rounded-3xl bg-paper p-6 sm:flex-row sm:items-center md:p-10">
        <OrgLogo
          name={endorser.name}
          acronym={endorser.acronym}
          logo={endorser.logo}
          hidden={endorser.logoHidden}
          size="lg"
        />
        <div>
          <h1 className="text-3xl font-extrabold text-brand-dark md:text-5xl" dir="auto">
            {endorser.name}
          </h1>
          {endorser.acronym && (
            <p className="text-xl font-semibold text-neutral-700" dir="auto">
              {endorser.acronym}
            </p>
          )}
          {endorser.domainVerified && endorser.website && (
            <p className="mt-1 text-sm font-medium text-brand" data-testid="verified-domain">
              ✓ {t("verifiedDomainExplained", { domain: registrableDomain(endorser.website) ?? "" })}
            </p>
          )}
          {endorser.isPartner && (
            <p className="mt-2 inline-block rounded-full bg-brand px-3 py-0.5 text-sm font-semibold text-white">
              {t("partnerBadge")}
            </p>
          )}
          <p className="mt-2 text-neutral-800">
            {[endorser.city, country].filter(Boolean).join(", ")} · {te(`types.${endorser.type}`)} ·{" "}
            {te(`regions.${endorser.region}`)}
          </p>
          {endorser.approvedAt && (
            <p className="text-sm text-neutral-700">
              {t("since", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(endorser.approvedAt) })}
            </p>
          )}
        </div>
      </header>
      <div className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          {endorser.statement && (
            <section aria-labelledby="statement">
              <h2 id="statement" className="text-2xl font-bold text-brand-dark">
                {t("statement")}
              </h2>
              <blockquote
                dir="auto"
                className="mt-3 whitespace-pre-line rounded-2xl border-s-8 border-accent bg-white p-5 text-lg text-brand-ink shadow-sm ring-1 ring-neutral-200 md:text-xl"
              >
                {endorser.statement}
              </blockquote>
            </section>
          )}
          <section aria-labelledby="commitments" className="mt-8 first:mt-0">
            <h2 id="commitments" className="text-2xl font-bold text-brand-dark">
              {t("committedTo")}
            </h2>
            <ul className="mt-3 grid gap-2">
              {actions
                .filter((action) => committed.has(action.number))
                .map((action) => {
                  const progress = committed.get(action.number);
                  return (
                    <li key={action.number} className="rounded-xl bg-mint px-4 py-3 text-brand-ink">
                      <Link
                        href={`/${locale}/call-to-action#action-${action.number}`}
                        prefetch={false}
                        className="font-medium underline-offset-4 hover:underline"
                      >
                        {action.number}. {action.title}
                      </Link>
                      {progress && progress.progress !== "COMMITTED" && (
                        <p className="mt-1 text-sm font-bold" data-progress={progress.progress.toLowerCase()}>
                          {t(`progress.${progress.progress}`)}
                        </p>
                      )}
                      {progress?.progressNote && (
                        <p className="mt-1 whitespace-pre-line" dir="auto">
                          {progress.progressNote}
                        </p>
                      )}
                      {progress?.progressLink && (
                        <p className="mt-1 text-sm">
                          <a href={progress.progressLink} rel="nofollow ugc noopener" className="underline" dir="ltr">
                            {t("progressLink", { number: action.number })}
                          </a>
                        </p>
                      )}
                    </li>
                  );
                })}
            </ul>
          </section>
        </div>
        <aside className="grid content-start gap-8">
          {endorser.website && (
            <p>
              {t("website")}:{" "}
              <a href={endorser.website} rel="noopener nofollow ugc" className="text-brand underline" dir="ltr">
                {endorser.website.replace(/^https?:\/\//, "")}
              </a>
            </p>
          )}
          <section aria-labelledby="share">
            <h2 id="share" className="text-2xl font-bold text-brand-dark">
              {t("share")}
            </h2>
            <ShareLinks url={pageUrl} text={t("shareText", { name: endorser.name })} />
          </section>
        </aside>
      </div>
    </article>
  );
}
