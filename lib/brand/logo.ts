// The "we are ale" wordmark, drawn as strokes so it looks the same everywhere without fonts.
// Lowercase geometric letters on a 50-unit x-height (y 30–80), rounded caps and joins.
import { directionOf } from "../../i18n/routing";

const e = (x: number) => `M${x + 2} 55H${x + 48}A23 23 0 1 0 ${x + 41.3} 71.3`;
const a = (x: number) => `M${x + 48} 55A23 23 0 1 0 ${x + 48} 55.01M${x + 48} 32V80`;
const w = (x: number) => `M${x} 32L${x + 12} 80L${x + 25} 44L${x + 38} 80L${x + 50} 32`;
const r = (x: number) => `M${x + 4} 32V80M${x + 4} 52A22 22 0 0 1 ${x + 32} 33`;
const l = (x: number) => `M${x + 4} 4V80`;

/** One path per word, so the last word can take the accent colour. */
export const wordmark = {
  we: [w(0), e(62)].join(""),
  are: [a(142), r(204), e(246)].join(""),
  ale: [a(326), l(386), e(404)].join(""),
  width: 460,
  height: 84,
  strokeWidth: 11,
};

export const logoVariants = {
  light: { background: "#ffffff", ink: "#0b5d4b", accent: "#a34a00", tagline: "#1f2937" },
  dark: { background: "#06392e", ink: "#ffffff", accent: "#f2b705", tagline: "#e5e7eb" },
} as const;
export type LogoVariant = keyof typeof logoVariants;

function escapeXml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Chinese names its fonts first: a Latin system-ui font may claim Han glyphs it draws as boxes, and
 * Chinese UI fonts draw Chinese better than a fallback would.
 */
function fontStack(lang: string): string {
  return lang === "zh"
    ? "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif"
    : "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif";
}

/** A standalone SVG file: wordmark, and the tagline in the given language underneath. */
export function logoSvg(options: { variant: LogoVariant; tagline: string; lang: string; title: string }): string {
  const colours = logoVariants[options.variant];
  const pad = 24;
  const width = wordmark.width + pad * 2;
  const height = wordmark.height + 64 + pad;
  const direction = directionOf(options.lang);
  const stroke = `fill="none" stroke-width="${wordmark.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(options.title)}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="${width}" height="${height}" rx="16" fill="${colours.background}"/>`,
    `<g transform="translate(${pad} ${pad - 4})" ${stroke}>`,
    `<path d="${wordmark.we}" stroke="${colours.ink}"/>`,
    `<path d="${wordmark.are}" stroke="${colours.ink}"/>`,
    `<path d="${wordmark.ale}" stroke="${colours.accent}"/>`,
    "</g>",
    `<text x="${width / 2}" y="${height - pad + 2}" text-anchor="middle" direction="${direction}" xml:lang="${options.lang}" font-family="${fontStack(options.lang)}" font-size="27" fill="${colours.tagline}">${escapeXml(options.tagline)}</text>`,
    "</svg>",
  ].join("\n");
}
