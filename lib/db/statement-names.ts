/**
 * Names for pg's prepared statements: each distinct SQL text gets one, so a connection parses and
 * plans it once and afterwards only binds and executes it (decision 047). Past `cap` distinct texts
 * (Prisma writes an IN list of every length as its own text) the name is empty, which pg sends as
 * an unnamed statement, so a connection never holds more than `cap` prepared statements.
 */
export function preparedStatementNames(cap = 500) {
  const names = new Map<string, string>();
  return ({ sql }: { sql: string }): string => {
    let name = names.get(sql);
    if (name === undefined && names.size < cap) {
      name = `s${names.size}`;
      names.set(sql, name);
    }
    return name ?? "";
  };
}
