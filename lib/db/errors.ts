/**
 * A unique key refused the write: Prisma's query builder reports P2002; a raw statement reports
 * P2010 with the driver's own error (PostgreSQL's 23505) inside.
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as { code?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  if (code === "P2002") return true;
  const cause = meta?.driverAdapterError?.cause as { kind?: unknown; originalCode?: unknown } | undefined;
  return code === "P2010" && (cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505");
}
