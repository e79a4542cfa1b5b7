/** One CSV cell: always quoted, with spreadsheet formulas neutralised (a leading =, +, -, @ …). */
export function csvCell(value: unknown): string {
  const text = Array.isArray(value)
    ? value.join(" ")
    : value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString()
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLines(rows: unknown[][]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\n`).join("");
}

/**
 * A CSV download streamed batch by batch: the next batch is read only when the client has taken the
 * previous one, so memory stays flat for any number of rows.
 */
export function csvResponse(
  filename: string,
  header: string[],
  batches: AsyncIterator<unknown[][]>,
  cacheControl = "no-store",
) {
  const encoder = new TextEncoder();
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`${header.join(",")}\n`));
        return;
      }
      const { value, done } = await batches.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(csvLines(value)));
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": cacheControl,
    },
  });
}
