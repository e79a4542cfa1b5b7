import { ImageResponse } from "next/og";
import { Wordmark } from "@/components/brand/wordmark";
import { shareImageFonts } from "@/lib/brand/share-image.server";
import { getEndorser } from "@/lib/endorsements/wall.server";
import { shareFontsFor } from "@/lib/media/share-fonts.server";

export const alt = "We endorse #weareALE";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Latin names use the built-in font, Chinese and Cyrillic ones the share fonts; other scripts (Arabic…)
// fall back to the campaign line.
const drawable = /^[\p{Script=Latin}\p{Script=Han}\p{Script=Cyrillic}\p{N}\p{P}\p{S}\s]+$/u;

export default async function EndorserShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const endorser = await getEndorser(slug);
  const name = endorser && drawable.test(endorser.name) ? endorser.name : null;
  const fonts = await shareFontsFor(`${name ?? ""} We endorse #weareALE`);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#06392e",
        color: "#fff",
      }}
    >
      <Wordmark width={520} height={96} ink="#ffffff" accent="#f2b705" title="we are ale" />
      <div style={{ display: "flex", flexDirection: "column" }}>
        {name && <div style={{ fontSize: name.length > 60 ? 48 : 64, fontWeight: 700, display: "flex" }}>{name}</div>}
        <div style={{ marginTop: 24, fontSize: 44, color: "#f2b705", display: "flex" }}>We endorse #weareALE</div>
      </div>
    </div>,
    { ...size, fonts: [...(await shareImageFonts()), ...fonts] },
  );
}
