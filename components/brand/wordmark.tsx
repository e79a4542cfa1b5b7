import { wordmark } from "@/lib/brand/logo";

/** The campaign wordmark; colours follow `currentColor` and the `accent` prop. */
export function Wordmark({
  className,
  accent = "currentColor",
  title,
}: {
  className?: string;
  accent?: string;
  title?: string;
}) {
  return (
    <svg
      viewBox={`-6 -2 ${wordmark.width + 12} ${wordmark.height + 6}`}
      className={className}
      role={title ? "img" : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      fill="none"
      stroke="currentColor"
      strokeWidth={wordmark.strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={wordmark.we} />
      <path d={wordmark.are} />
      <path d={wordmark.ale} stroke={accent} />
    </svg>
  );
}
