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
  const shortAcronym = acronym?.length && acronym.length <= 8 ? acronym : acronym?.split(" ")[0];
  // Without an acronym, one letter: initials would invent an acronym the organisation does not use
  // (Al Makassed Philanthropic… is not "AMP").
  const letters = shortAcronym && shortAcronym.length <= 8 ? shortAcronym : (Array.from(name.trim())[0] ?? "");
  return (
    <span
      aria-hidden="true"
      className={`flex shrink-0 items-center justify-center rounded-md bg-brand font-bold text-white ${
        size === "sm" ? "h-12 w-12 text-sm" : "h-20 w-20 text-base"
      }`}
    >
      {letters}
    </span>
  );
}
