/**
 * Starts a statement PostgreSQL must plan for the values of each run, never from its plan cache: one
 * whose best plan depends on the values (a name search: a word most names share is read in order up
 * to the limit, a rare one found through the trigram index). A prepared statement's plan cache picks
 * one generic plan once the plans it made average dearer than it (decision 047), and a few searches
 * for rare words then had every search for a common one use the trigram plan (1 ms to 19 ms).
 */
export const plannedPerRun = "/* planned per run */ ";

/**
 * Names for pg's prepared statements: each distinct SQL text gets one, so a connection parses and
 * plans it once and afterwards only binds and executes it (decision 047). Texts with more than
 * `maxArgs` parameters stay unnamed (pg sends an empty name as an unnamed statement): those are
 * one-off lists (an IN list or a createMany of a page's length) that would fill the cap and stay
 * in PostgreSQL's memory for the connection's life. Past `cap` distinct texts nothing more is
 * named, so a connection never holds more than `cap` prepared statements. A text that starts with
 * `plannedPerRun` stays unnamed too.
 */
export function preparedStatementNames({ cap = 500, maxArgs = 64 } = {}) {
  const names = new Map<string, string>();
  return ({ sql, args }: { sql: string; args: readonly unknown[] }): string => {
    if (args.length > maxArgs || sql.startsWith(plannedPerRun)) return "";
    let name = names.get(sql);
    if (name === undefined && names.size < cap) {
      name = `s${names.size}`;
      names.set(sql, name);
    }
    return name ?? "";
  };
}
