/** The visible note on a page where some campaign texts are shown in English for want of a translation. */
export function TranslationNote({ show, text }: { show: boolean; text: string }) {
  return show ? <p className="mt-2 text-sm text-neutral-700">{text}</p> : null;
}
