/** The map's colours, shared by the SVG and its legend: no endorser yet, then fewer to more. */
export const noEndorserShade = "#e3e7e5";
export const endorserShades = ["#d9ece6", "#a7d3c5", "#6fb59e", "#2f8a6d", "#0b5d4b"] as const;
