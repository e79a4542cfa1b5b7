import localFont from "next/font/local";

// Noto Sans from npm (@fontsource-variable), one variable file per script subset (Arabic and Chinese
// use the system's fonts: app/globals.css, decision 016). Each face only
// downloads when a page shows a character in its unicode-range; only Latin is preloaded. There is no
// metric-adjusted fallback: a fallback face without unicode-range would catch every character before
// the next subset in the stack (see docs/design.md and decision 016). Font loader options must be literals.

export const notoLatin = localFont({
  src: "../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  preload: true,
  adjustFontFallback: false,
  variable: "--font-noto-latin",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
    },
  ],
});

export const notoLatinExt = localFont({
  src: "../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-noto-latin-ext",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF",
    },
  ],
});

/**
 * Used only where html[lang=ru] puts it in the stack (a language name in the switcher must not fetch
 * it). Not preloaded, so it is `optional`: with `swap` it arrived after the first
 * paint and moved the Russian page (Lighthouse CLS 0.075 on /ru/call-to-action).
 */
export const notoCyrillic = localFont({
  src: "../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-cyrillic-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-noto-cyrillic",
  declarations: [{ prop: "unicode-range", value: "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116" }],
});

/**
 * "中文" alone (scripts/language-name-font.sh), so the language switcher reads without a CJK font.
 * Preloaded (600 bytes): arriving after the first paint, it changed the switcher's width, which
 * re-wrapped the phone header and moved the whole page (CLS 0.34).
 */
export const zhLanguageName = localFont({
  src: "./fonts/zh-language-name.woff2",
  weight: "400",
  display: "swap",
  preload: true,
  adjustFontFallback: false,
  variable: "--font-zh-language-name",
  declarations: [{ prop: "unicode-range", value: "U+4E2D, U+6587" }],
});

export const fontVariables = [
  notoLatin.variable,
  notoLatinExt.variable,
  notoCyrillic.variable,
  zhLanguageName.variable,
].join(" ");
