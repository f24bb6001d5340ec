/**
 * How the API's batched statements share the database (see MicroBatcher): one statement of a
 * kind runs at a time, and the callers that arrive meanwhile go out together in the next, up to
 * 64 of them — group commit. Measured with the hook → e-mail bench at 200/s (2 cores): with 4
 * statements of a kind in flight few callers ever met, and e-mails waited 4 s; with 1, 0.2 s.
 */
export const STATEMENT_BATCHING = { maxBatch: 64, maxInFlight: 1 } as const;

/**
 * For batches sent as one SQL statement: a refused batch (an untranslatable value in one call,
 * a deadlock between two batches) changed nothing, so its calls go again one at a time and
 * only the culprit's caller gets the error.
 */
export const ONE_STATEMENT_BATCHING = { ...STATEMENT_BATCHING, retryAlone: true } as const;

/**
 * Batched statements take their inputs as one JSON array whose elements carry their position
 * `n` (read with `jsonb_to_recordset`), and answer rows that carry it back. This hands each
 * input the rows that answer it.
 */
export function rowsByInput<Row extends { n: number }>(
  rows: readonly Row[],
  inputs: number,
): Row[][] {
  const grouped: Row[][] = Array.from({ length: inputs }, () => []);
  for (const row of rows) grouped[row.n]?.push(row);
  return grouped;
}

/**
 * The JSON array a batched statement reads: each input with its position `n`.
 *
 * A statement that joins such a batch to a table by key also says
 * `key = ANY (ARRAY(SELECT … FROM given))`. PostgreSQL guesses 100 rows for
 * `jsonb_to_recordset`, so it joined the batch to a table of a few thousand runs or deliveries
 * by reading the whole table (5.7 ms of a 6.7 ms finalize of 6 runs, with 5,000 runs stored);
 * an array it cannot see it guesses at 10 elements, and looks each of them up by index.
 */
export function numberedJson<Input extends object>(inputs: readonly Input[]): string {
  return JSON.stringify(inputs.map((input, n) => ({ n, ...input })));
}
