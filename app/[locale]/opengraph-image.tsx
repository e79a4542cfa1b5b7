import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { Wordmark } from "@/components/brand/wordmark";
import { shareFontsFor } from "@/lib/media/share-fonts.server";

export const alt = "We are ALE – adult learning and education";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// The share card: the wordmark, the hashtag and the tagline (Chinese and Cyrillic through share fonts;
// Arabic, which no bundled font draws yet, shows the hashtag alone).
export default async function OpengraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Toolkit" });
  const latinScript = locale !== "ar";
  const fonts = latinScript ? await shareFontsFor(`${t("tagline")} #weareALE`) : [];
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: 80,
        background: "#06392e",
        color: "#ffffff",
      }}
    >
      <Wordmark width={920} height={168} ink="#ffffff" accent="#f2b705" title="we are ale" />
      <div style={{ marginTop: 48, fontSize: 52, display: "flex" }}>{latinScript ? t("tagline") : "#weareALE"}</div>
      {latinScript && <div style={{ marginTop: 16, fontSize: 40, color: "#f2b705", display: "flex" }}>#weareALE</div>}
    </div>,
    { ...size, ...(fonts.length ? { fonts } : {}) },
  );
}
