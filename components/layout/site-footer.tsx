import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { Wordmark } from "@/components/brand/wordmark";
import { socialHandles } from "@/lib/content/campaign-facts";
import { publicPaths } from "@/lib/i18n/paths";

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations("Site");
  const links = [
    [publicPaths.about, t("footer.about")],
    [publicPaths.privacy, t("footer.privacy")],
    [publicPaths.accessibility, t("footer.accessibility")],
  ] as const;
  return (
    <footer className="mt-16 bg-brand-dark text-white">
      <div className="page-container grid gap-6 py-10 md:grid-cols-2 md:py-14">
        <div>
          <Wordmark className="mb-5 h-9 w-auto" ink="#ffffff" accent="var(--color-accent)" />
          <p className="text-xl font-bold">{t("footer.hashtag")}</p>
          <p className="mt-2">
            {t.rich("footer.follow", {
              // Latin handles on an Arabic page: each is isolated, so its "@" stays in front.
              handles: () =>
                socialHandles.map((handle, index) => (
                  <Fragment key={handle}>
                    {index > 0 && " · "}
                    <bdi>{handle}</bdi>
                  </Fragment>
                )),
            })}
          </p>
        </div>
        <nav aria-label={t("footer.navigation")}>
          <ul className="grid gap-1">
            {links.map(([path, label]) => (
              <li key={path}>
                <Link href={`/${locale}${path}`} prefetch={false} className="underline underline-offset-4">
                  {label}
                </Link>
              </li>
            ))}
            <li>
              <a href={`/${locale}/news/feed.xml`} className="underline underline-offset-4">
                {t("footer.feed")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
