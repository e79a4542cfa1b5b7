/**
 * What the badge shows: the acronym, or one letter. Without an acronym, one letter: initials would
 * invent an acronym the organisation does not use (Al Makassed Philanthropic… is not "AMP").
 */
export function badgeLetters(name: string, acronym?: string | null) {
  const shortAcronym = acronym?.length && acronym.length <= 8 ? acronym : acronym?.split(" ")[0];
  return shortAcronym && shortAcronym.length <= 8 ? shortAcronym : (Array.from(name.trim())[0] ?? "");
}

export const badgeClass = (size: "sm" | "md") =>
  `flex shrink-0 items-center justify-center rounded-md bg-brand font-bold text-white ${
    size === "sm" ? "h-12 w-12 text-sm" : "h-20 w-20 text-base"
  }`;

/** A neat text placeholder for an organisation without a logo: its acronym or first letter. */
export function OrgBadge({
  name,
  acronym,
  size = "md",
}: {
  name: string;
  acronym?: string | null;
  size?: "sm" | "md";
}) {
  return (
    <span aria-hidden="true" className={badgeClass(size)}>
      {badgeLetters(name, acronym)}
    </span>
  );
}
