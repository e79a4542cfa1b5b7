/**
 * Names for pg's prepared statements: each distinct SQL text gets one, so a connection parses and
 * plans it once and afterwards only binds and executes it (decision 047). Texts with more than
 * `maxArgs` parameters stay unnamed (pg sends an empty name as an unnamed statement): those are
 * one-off lists (an IN list or a createMany of a page's length) that would fill the cap and stay
 * in PostgreSQL's memory for the connection's life. Past `cap` distinct texts nothing more is
 * named, so a connection never holds more than `cap` prepared statements.
 */
export function preparedStatementNames({ cap = 500, maxArgs = 64 } = {}) {
  const names = new Map<string, string>();
  return ({ sql, args }: { sql: string; args: readonly unknown[] }): string => {
    if (args.length > maxArgs) return "";
    let name = names.get(sql);
    if (name === undefined && names.size < cap) {
      name = `s${names.size}`;
      names.set(sql, name);
    }
    return name ?? "";
  };
}
