export type Domain = "literacy" | "continuing" | "citizenship";

/** Pictures for the three domains of ALE, drawn for this site; decorative, beside the domain's name. */
export function DomainIllustration({ domain, className }: { domain: Domain; className?: string }) {
  return (
    <svg viewBox="0 0 120 120" className={className} aria-hidden="true" focusable="false">
      <circle cx="60" cy="60" r="56" fill={background[domain]} />
      {drawings[domain]}
    </svg>
  );
}

const background: Record<Domain, string> = { literacy: "#fdf1c7", continuing: "#d7eef3", citizenship: "#fbe1d3" };

const drawings: Record<Domain, React.ReactNode> = {
  // Literacy and basic skills: an open book with lines of text and a pencil.
  literacy: (
    <g strokeLinejoin="round" strokeLinecap="round">
      <path d="M22 40l38 8 38-8v44l-38 8-38-8z" fill="#fff" stroke="#06392e" strokeWidth="3" />
      <path d="M60 48v44" stroke="#06392e" strokeWidth="3" />
      <path d="M30 54l22 5M30 64l22 5M30 74l14 3M68 59l22-5M68 69l22-5" stroke="#0b5d4b" strokeWidth="3" />
      <path d="M80 92l20-36 6 4-20 36-8 4z" fill="#f2b705" stroke="#06392e" strokeWidth="3" />
    </g>
  ),
  // Continuing education and vocational skills: a gear and steps rising.
  continuing: (
    <g strokeLinejoin="round" strokeLinecap="round">
      <path d="M24 92h18V76h18V60h18V44h18" fill="none" stroke="#0e7490" strokeWidth="6" />
      <path d="M84 30l12 0 0 12" fill="none" stroke="#0e7490" strokeWidth="6" />
      <circle cx="46" cy="46" r="14" fill="#fff" stroke="#06392e" strokeWidth="3" />
      <circle cx="46" cy="46" r="5" fill="#06392e" />
      <path
        d="M46 26v6M46 60v6M26 46h6M60 46h6M32 32l4 4M56 56l4 4M32 60l4-4M56 36l4-4"
        stroke="#06392e"
        strokeWidth="4"
      />
    </g>
  ),
  // Liberal, popular and community education and citizenship: people in a circle, talking.
  citizenship: (
    <g strokeLinejoin="round" strokeLinecap="round">
      <path
        d="M30 30h40a8 8 0 0 1 8 8v14a8 8 0 0 1-8 8H50l-10 8v-8H30a8 8 0 0 1-8-8V38a8 8 0 0 1 8-8z"
        fill="#fff"
        stroke="#06392e"
        strokeWidth="3"
      />
      <path d="M32 42h36M32 50h24" stroke="#c2410c" strokeWidth="3" />
      <circle cx="40" cy="80" r="7" fill="#c2410c" />
      <circle cx="60" cy="76" r="7" fill="#0b5d4b" />
      <circle cx="80" cy="80" r="7" fill="#f2b705" stroke="#06392e" strokeWidth="2" />
      <path
        d="M28 100a12 12 0 0 1 24 0M48 96a12 12 0 0 1 24 0M68 100a12 12 0 0 1 24 0"
        fill="none"
        stroke="#06392e"
        strokeWidth="3"
      />
    </g>
  ),
};
