/** Text laid out to be selected and copied whole (no script needed: a click selects it all). */
export function CopyText({ children, lang }: { children: string; lang?: string }) {
  return (
    <p lang={lang} className="select-all rounded-md border border-dashed border-neutral-400 bg-white p-3">
      {children}
    </p>
  );
}
