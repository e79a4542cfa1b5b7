import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { Wordmark } from "@/components/brand/wordmark";
import { outlinedLine, shareImageFonts } from "@/lib/brand/share-image.server";
import { shareFontsFor } from "@/lib/media/share-fonts.server";

export const alt = "We are ALE – adult learning and education";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// The share card: the wordmark, the tagline in the page's language and the hashtag, in the site's typeface
// (Chinese and Cyrillic through the Noto Sans SC slices the text needs; Arabic as outlines).
export default async function OpengraphImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Toolkit" });
  const latinScript = locale !== "ar";
  const outlined = latinScript ? null : outlinedLine(t("tagline"), 60);
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
      {outlined ? (
        <svg
          width={outlined.width}
          height={outlined.height}
          viewBox={`0 0 ${outlined.width} ${outlined.height}`}
          style={{ marginTop: 48, alignSelf: "flex-end" }}
          role="img"
          aria-label={t("tagline")}
        >
          <path d={outlined.d} fill="#ffffff" />
        </svg>
      ) : (
        <div style={{ marginTop: 48, fontSize: 56, fontWeight: 700, display: "flex" }}>{t("tagline")}</div>
      )}
      <div
        style={{
          marginTop: 16,
          fontSize: 40,
          color: "#f2b705",
          display: "flex",
          alignSelf: outlined ? "flex-end" : "flex-start",
        }}
      >
        #weareALE
      </div>
    </div>,
    { ...size, fonts: [...(await shareImageFonts()), ...fonts] },
  );
}
