import type { FeedbackRow } from './types';

/** One CSV cell: quoted when needed; a leading = + - @ (or tab / CR) gets a ' so spreadsheets show text, not a formula. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (RFC 4180), with its CRLF line end. */
export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The export's columns. */
export const feedbackCsvColumns = [
  'created_at',
  'page',
  'lang',
  'helpful',
  'reasons',
  'comment',
] as const;

/** One answer as a CSV record (formula-safe). */
export function feedbackCsvLine(r: FeedbackRow): string {
  return csvLine([r.createdAt, r.page, r.lang, r.helpful, r.reasons.join(';'), r.comment]);
}

/** Roughly how much CSV text goes into one chunk of the response. */
const chunkChars = 64 * 1024;

/**
 * Every answer as a stream of CSV text. The first row is read before this resolves, so a store
 * that cannot be read fails here (and the route answers 503 or 500 as usual) before any header
 * is sent. After that, an error is logged and errors the stream: the client sees a cut-off
 * download, never a short file that looks complete. A cancelled download stops the read.
 */
export async function feedbackCsvStream(
  rows: AsyncIterable<FeedbackRow>,
  log: (message: string, error: unknown) => void = console.error,
): Promise<ReadableStream<Uint8Array>> {
  const iterator = rows[Symbol.asyncIterator]();
  let next: IteratorResult<FeedbackRow> | undefined = await iterator.next();
  const encoder = new TextEncoder();
  let text = csvLine(feedbackCsvColumns);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          while (next && !next.done && text.length < chunkChars) {
            text += feedbackCsvLine(next.value);
            next = await iterator.next();
          }
        } catch (error) {
          log(
            'feedback CSV export: reading the store failed mid-stream; download cut short',
            error,
          );
          controller.error(error);
          return;
        }
        if (text) controller.enqueue(encoder.encode(text));
        text = '';
        if (!next || next.done) controller.close();
      },
      async cancel() {
        next = undefined;
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
