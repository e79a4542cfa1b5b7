// The "we are ale" wordmark, drawn as strokes so it looks the same everywhere without fonts.
// Lowercase geometric letters on a 50-unit x-height (y 30–80), rounded caps and joins.
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

/** The logo's box: the wordmark, and under it the tagline's line (its baseline and the width it may use). */
export const logoBox = (() => {
  const pad = 24;
  const width = wordmark.width + pad * 2;
  const height = wordmark.height + 64 + pad;
  return { pad, width, height, taglineBaseline: height - pad + 2, taglineMaxWidth: width - pad * 2, taglineSize: 27 };
})();

/**
 * A standalone SVG file: the wordmark and, underneath, the tagline already drawn as outlines
 * (lib/brand/tagline-path.ts), so it needs no font. The tagline's words stay in the file's
 * accessible name and description.
 */
export function logoSvg(options: {
  variant: LogoVariant;
  tagline: { text: string; d: string };
  lang: string;
  title: string;
}): string {
  const colours = logoVariants[options.variant];
  const { pad, width, height } = logoBox;
  const stroke = `fill="none" stroke-width="${wordmark.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(options.title)}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<desc xml:lang="${escapeXml(options.lang)}">${escapeXml(options.tagline.text)}</desc>`,
    `<rect width="${width}" height="${height}" rx="16" fill="${colours.background}"/>`,
    `<g transform="translate(${pad} ${pad - 4})" ${stroke}>`,
    `<path d="${wordmark.we}" stroke="${colours.ink}"/>`,
    `<path d="${wordmark.are}" stroke="${colours.ink}"/>`,
    `<path d="${wordmark.ale}" stroke="${colours.accent}"/>`,
    "</g>",
    `<path class="tagline" d="${options.tagline.d}" fill="${colours.tagline}"/>`,
    "</svg>",
  ].join("\n");
}
