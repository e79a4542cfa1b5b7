/**
 * The home page's hero picture, drawn for this site: adults of every age under a rising sun, an
 * open book between them and the lines of a network joining them. Decorative (the heading says it all).
 */
export function HeroIllustration({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 480 400" className={className} aria-hidden="true" focusable="false">
      <clipPath id="hero-frame">
        <rect width="480" height="400" rx="40" />
      </clipPath>
      <g clipPath="url(#hero-frame)">
        <g stroke="#a7d3c5" strokeWidth="2" opacity="0.55" fill="none">
          <path d="M40 90L120 40L210 70L300 30L430 80" />
          <path d="M120 40L150 130L210 70M300 30L330 120" />
        </g>
        <g fill="#a7d3c5">
          <circle cx="40" cy="90" r="6" />
          <circle cx="120" cy="40" r="7" />
          <circle cx="210" cy="70" r="5" />
          <circle cx="300" cy="30" r="6" />
          <circle cx="430" cy="80" r="7" />
          <circle cx="150" cy="130" r="5" />
        </g>
        <circle cx="330" cy="165" r="88" fill="#f2b705" />
        <circle
          cx="330"
          cy="165"
          r="112"
          fill="none"
          stroke="#f2b705"
          strokeWidth="3"
          strokeDasharray="4 14"
          strokeLinecap="round"
        />
        <path d="M0 318C110 270 230 290 480 232V400H0Z" fill="#0b5d4b" />
        <path d="M0 356C150 322 320 346 480 306V400H0Z" fill="#0e7490" />
        {/* Three people: a young woman, an elder, a worker. */}
        <g>
          <circle cx="130" cy="196" r="22" fill="#f6c89f" />
          <path d="M108 190a24 24 0 0 1 44-8c-10-2-30 0-44 8z" fill="#1f2937" />
          <path d="M96 300c0-44 14-76 34-76s34 32 34 76z" fill="#c2410c" />
          <circle cx="240" cy="176" r="24" fill="#8d5524" />
          <path d="M217 170a24 24 0 0 1 46 0c-8-10-36-10-46 0z" fill="#e5e7eb" />
          <path d="M202 300c0-50 16-96 38-96s38 46 38 96z" fill="#f2b705" stroke="#06392e" strokeWidth="3" />
          <circle cx="350" cy="200" r="22" fill="#c68642" />
          <path d="M328 196c0-16 10-24 22-24s22 8 22 24c-6-6-38-6-44 0z" fill="#06392e" />
          <path d="M316 300c0-44 14-74 34-74s34 30 34 74z" fill="#dff0e9" />
        </g>
        {/* The open book they hold up together. */}
        <path
          d="M160 236l80 18 80-18v44l-80 18-80-18z"
          fill="#fff"
          stroke="#06392e"
          strokeWidth="3"
          strokeLinejoin="round"
        />
        <path d="M240 254v44" stroke="#06392e" strokeWidth="3" />
        <g stroke="#0b5d4b" strokeWidth="3" strokeLinecap="round">
          <path d="M176 252l48 10M176 266l48 10M256 262l48-10M256 276l48-10" />
        </g>
        <g fill="none" stroke="#06392e" strokeWidth="10" strokeLinecap="round">
          <path d="M150 262c8-10 12-20 10-30" stroke="#c2410c" />
          <path d="M330 262c-8-10-12-20-10-30" stroke="#dff0e9" />
        </g>
      </g>
    </svg>
  );
}
