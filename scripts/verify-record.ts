// npm run verify-record -- https://we-are-ale.org
// Checks a site's public record: the changelog's hash chain is unbroken and it describes exactly
// the endorsers its open data lists (docs/open-data.md).
import { verifyRecord } from "../lib/public-record/verify";

const site = process.argv[2];
if (!site || !URL.canParse(site)) {
  console.error(
    `${site ? `"${site}" is not a web address. ` : ""}Usage: npm run verify-record -- https://we-are-ale.org`,
  );
  process.exit(2);
}
try {
  const verdict = await verifyRecord(site);
  if (verdict.ok) {
    console.log(
      `OK: ${verdict.entries} changelog entries, unbroken; they describe the ${verdict.listed} endorsers in open data.`,
    );
    console.log(`Head: ${verdict.head || "(empty)"}`);
  } else {
    console.error("The public record does NOT verify:");
    for (const problem of verdict.problems) console.error(`- ${problem}`);
    process.exitCode = 1;
  }
} catch (error) {
  const cause = error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : error;
  console.error(`Could not read ${site}: ${cause}`);
  process.exitCode = 2;
}
