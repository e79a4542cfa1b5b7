import { wordmark } from "@/lib/brand/logo";

/** The campaign wordmark; colours follow `currentColor` unless given (share images need them spelled out). */
export function Wordmark({
  className,
  ink = "currentColor",
  accent = "currentColor",
  title,
  width,
  height,
}: {
  className?: string;
  ink?: string;
  accent?: string;
  title?: string;
  width?: number;
  height?: number;
}) {
  return (
    <svg
      viewBox={`-6 -2 ${wordmark.width + 12} ${wordmark.height + 6}`}
      className={className}
      width={width}
      height={height}
      role={title ? "img" : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      fill="none"
      strokeWidth={wordmark.strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={wordmark.we} stroke={ink} />
      <path d={wordmark.are} stroke={ink} />
      <path d={wordmark.ale} stroke={accent} />
    </svg>
  );
}
