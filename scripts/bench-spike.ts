// `npm run bench`'s launch spike: endorsement submissions from hundreds of connections at once
// (issue 13, decision 032). Prints numbers; asserts nothing.
import autocannon from "autocannon";
import pg from "pg";
import { emailHash, parseKeyring } from "../lib/crypto/sealed";

export const spikeConnections = 500;

/**
 * Submissions from `spikeConnections` at once (a launch): every answer sorted by kind (a 303 to
 * /endorse/sent = stored, a 303 to /endorse/busy or a 503 = the polite "busy, send it again",
 * anything else or no answer within 10 s = error) and timed; then every address acknowledged as
 * stored is looked up in the database. The instance's mail queue is left to drain afterwards.
 * autocannon stops at the end without counting the submission each connection still has under way,
 * so those are counted here, with how long the oldest had waited: a connection the instance has not
 * yet accepted waits from the start. (A connection that failed and reconnected would count from its
 * last answer, an upper bound; the runs have had no connection errors.)
 */
export async function submissionSpike(options: {
  databaseUrl: string;
  url: string;
  seconds: number;
  submission: (request: autocannon.Request, context: Record<string, unknown>) => autocannon.Request;
  benchKey: string;
}) {
  const { databaseUrl, url, submission, benchKey } = options;
  const spikeSeconds = Math.min(options.seconds, 8);
  const acknowledged: string[] = [];
  let busy = 0;
  let other = 0;
  let maxMs = 0;
  const started = performance.now();
  /** When each connection's submission under way was sent: at the start, then at its last answer. */
  const sentAt = new Map<unknown, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        connections: spikeConnections,
        duration: spikeSeconds,
        timeout: 10,
        requests: [
          {
            method: "POST",
            setupRequest: (request, context) => submission(request, context as Record<string, unknown>),
            onResponse: (status, _body, context, headers) => {
              // autocannon passes the headers as sent (Next says "Location").
              const location = String(
                Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "location")?.[1] ?? "",
              );
              if (status === 303 && location.endsWith("/endorse/sent"))
                acknowledged.push(String((context as Record<string, unknown>).email));
              else if ((status === 303 && location.endsWith("/endorse/busy")) || status === 503) busy++;
              else other++;
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    run.on("response", (client, _status, _bytes, responseTime) => {
      maxMs = Math.max(maxMs, responseTime);
      sentAt.set(client, performance.now());
    });
  });
  const ended = performance.now();
  const neverAnswered = spikeConnections - sentAt.size;
  const oldestWaitMs = ended - (neverAnswered > 0 ? started : Math.min(...sentAt.values()));
  const hashes = acknowledged.map((email) => emailHash(parseKeyring(benchKey), email));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const found = await client.query(`SELECT count(*)::int AS n FROM "Endorsement" WHERE "contactEmailHash" = ANY($1)`, [
    hashes,
  ]);
  for (let waited = 0; waited < 15; waited++) {
    const queued = await client.query(`SELECT count(*)::int AS n FROM "OutboundEmail" WHERE status <> 'SENT'`);
    if ((queued.rows[0] as { n: number }).n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await client.end();
  const errors = other + result.errors + result.timeouts;
  return {
    row: {
      target: `endorsement submission, ${spikeConnections} connections`,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors,
      requests: result.requests.total,
    },
    summary: `Spike, ${spikeConnections} connections for ${spikeSeconds} s: ${acknowledged.length + busy + other} answers (${acknowledged.length} stored, ${busy} polite "busy, send it again", ${errors} errors or no answer within 10 s); slowest answer ${maxMs.toFixed(0)} ms; at the end each connection had one under way (${neverAnswered} on connections never answered), the oldest sent at most ${oldestWaitMs.toFixed(0)} ms before; of the ${acknowledged.length} acknowledged as stored, ${(found.rows[0] as { n: number }).n} are in the database.`,
  };
}
