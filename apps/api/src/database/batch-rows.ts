/**
 * How the API's batched statements share the database: up to 64 callers per statement, and up
 * to 4 statements of a kind running at once while the next callers gather (see MicroBatcher).
 */
export const STATEMENT_BATCHING = { maxBatch: 64, maxInFlight: 4 } as const;

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

/** The JSON array a batched statement reads: each input with its position `n`. */
export function numberedJson<Input extends object>(inputs: readonly Input[]): string {
  return JSON.stringify(inputs.map((input, n) => ({ n, ...input })));
}
