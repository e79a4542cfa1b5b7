// `npm run data:reencrypt`: re-seals every contact detail and queued email under the current
// DATA_KEY, after a key rotation (README, docs/decisions/027). Safe to re-run; prints counts. With
// the embedded database, stop the site first (one process at a time; see decision 001).

import { keyring } from "../lib/crypto/data-key.server";
import { reencryptAll } from "../lib/crypto/stored-data.server";
import { connect } from "../lib/db/client.server";
import { env } from "../lib/env.server";

async function main() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  const current = keyring().current.id;
  const connection = connect({ databaseUrl: DATABASE_URL, pgliteDir: PGLITE_DIR, poolSize: 2 });
  try {
    console.log(`Re-encrypting under the key "${current}"…`);
    const counts = await reencryptAll(connection.prisma, (line) => console.log(`  ${line}`));
    console.log(
      `Done: ${counts.endorsements.reencrypted} of ${counts.endorsements.scanned} endorsements and ` +
        `${counts.emails.reencrypted} of ${counts.emails.scanned} queued emails re-encrypted. Once this ran on ` +
        "every database, the old key can leave DATA_OLD_KEYS.",
    );
  } finally {
    await connection.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
