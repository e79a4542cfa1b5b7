import { OrgBadge } from "./org-badge";

export const logoPixels = { sm: 48, md: 64, lg: 96 } as const;

/** An organisation's processed logo, or its text badge when it has none (or staff hid it). */
export function OrgLogo({
  name,
  acronym,
  logo,
  hidden = false,
  size,
}: {
  name: string;
  acronym?: string | null;
  logo?: { sha256: string } | null;
  hidden?: boolean;
  size: keyof typeof logoPixels;
}) {
  if (!logo || hidden) return <OrgBadge name={name} acronym={acronym} size={size === "lg" ? "md" : "sm"} />;
  const pixels = logoPixels[size];
  return (
    // biome-ignore lint/performance/noImgElement: logos are re-encoded and bounded on upload; next/image would add client JS.
    <img
      src={`/media/${logo.sha256}`}
      alt=""
      width={pixels}
      height={pixels}
      loading="lazy"
      className="shrink-0 object-contain"
      style={{ width: pixels, height: pixels }}
    />
  );
}
