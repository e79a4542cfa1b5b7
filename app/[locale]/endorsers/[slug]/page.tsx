import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrgLogo } from "@/components/content/org-logo";
import { getActionTitles } from "@/lib/content/campaign.server";
import { registrableDomain } from "@/lib/endorsements/domain-check";
import { shareLinks } from "@/lib/endorsements/share";
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
  const committed = new Set(endorser.commitments.map((c) => c.actionNumber));
  const site = env().SITE_URL;
  const pageUrl = `${site}/${locale}/endorsers/${endorser.slug}`;
  const country = new Intl.DisplayNames([locale], { type: "region" }).of(endorser.countryCode);
  return (
    <article className="max-w-3xl">
      <p>
        <Link href={`/${locale}/endorsers`} prefetch={false} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <header className="mt-4 flex items-center gap-4">
        <OrgLogo
          name={endorser.name}
          acronym={endorser.acronym}
          logo={endorser.logo}
          hidden={endorser.logoHidden}
          size="lg"
        />
        <div>
          <h1 className="text-3xl font-bold text-brand" dir="auto">
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
            <p className="mt-1 inline-block rounded bg-brand px-2 py-0.5 text-sm font-semibold text-white">
              {t("partnerBadge")}
            </p>
          )}
          <p className="text-neutral-700">
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
      {endorser.statement && (
        <section aria-labelledby="statement" className="mt-8">
          <h2 id="statement" className="text-xl font-semibold">
            {t("statement")}
          </h2>
          <blockquote dir="auto" className="mt-2 whitespace-pre-line border-s-4 border-accent ps-4 text-lg">
            {endorser.statement}
          </blockquote>
        </section>
      )}
      <section aria-labelledby="commitments" className="mt-8">
        <h2 id="commitments" className="text-xl font-semibold">
          {t("committedTo")}
        </h2>
        <ul className="mt-2 grid list-disc gap-1 ps-6">
          {actions
            .filter((action) => committed.has(action.number))
            .map((action) => (
              <li key={action.number}>
                <Link href={`/${locale}/call-to-action#action-${action.number}`} prefetch={false} className="underline">
                  {action.number}. {action.title}
                </Link>
              </li>
            ))}
        </ul>
      </section>
      {endorser.website && (
        <p className="mt-8">
          {t("website")}:{" "}
          <a href={endorser.website} rel="noopener nofollow ugc" className="text-brand underline" dir="ltr">
            {endorser.website.replace(/^https?:\/\//, "")}
          </a>
        </p>
      )}
      <section aria-labelledby="share" className="mt-8">
        <h2 id="share" className="text-xl font-semibold">
          {t("share")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {shareLinks(pageUrl, t("shareText", { name: endorser.name })).map((link) => (
            <li key={link.network}>
              <a
                href={link.href}
                rel="noopener"
                className="inline-block rounded-md border border-neutral-300 px-3 py-2 text-brand"
              >
                {link.network}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
