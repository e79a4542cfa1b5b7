/** A neat text placeholder for an organisation without a logo: its acronym or initials. */
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
  const letters =
    shortAcronym && shortAcronym.length <= 8
      ? shortAcronym
      : name
          .split(/\s+/)
          .filter((word) => /^\p{Lu}/u.test(word))
          .slice(0, 3)
          .map((word) => word[0])
          .join("") || name.slice(0, 2);
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
