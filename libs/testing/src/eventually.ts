export interface EventuallyOptions {
  /** How long to keep trying before failing the test; 5 s by default. */
  timeoutMs?: number;
  /** The pause between tries; 50 ms by default. */
  intervalMs?: number;
  /** What is awaited, in words; the check's own source text when not given. */
  awaiting?: string;
}

/** Thrown when a check never passed in time; says what was awaited and what was last seen. */
export class EventuallyTimeoutError extends Error {
  override readonly name = 'EventuallyTimeoutError';

  constructor(
    readonly awaiting: string,
    readonly timeoutMs: number,
    readonly tries: number,
    readonly lastFailure: unknown,
  ) {
    super(
      `Waited ${timeoutMs} ms (${tries} ${tries === 1 ? 'try' : 'tries'}) for: ${awaiting}\n` +
        `Last seen: ${describeFailure(lastFailure)}`,
    );
  }
}

/**
 * Runs `check` until it stops throwing (an `expect` inside it passes) and returns what it
 * returned; each try is awaited before the next starts, so a slow page is never asked twice at
 * once. Something that happens "soon" (a worker records a delivery, a page re-renders) is awaited
 * by what it changes, never by a fixed sleep.
 */
export async function eventually<T>(
  check: () => T | Promise<T>,
  { timeoutMs = 5_000, intervalMs = 50, awaiting }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let tries = 0;
  for (;;) {
    tries += 1;
    try {
      return await check();
    } catch (failure) {
      if (Date.now() + intervalMs > deadline) {
        throw new EventuallyTimeoutError(awaiting ?? sourceOf(check), timeoutMs, tries, failure);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function sourceOf(check: () => unknown): string {
  const source = check
    .toString()
    .replace(/^(async\s*)?\(\)\s*=>\s*/, '')
    // A CommonJS transform calls an imported `expect` as `(0, _globals.expect)`: show it as written.
    .replace(/\(0,\s*_[\w$]+\.([\w$]+)\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return source.length > 300 ? `${source.slice(0, 300)}…` : source;
}

function describeFailure(failure: unknown): string {
  if (failure instanceof Error) return failure.message;
  return String(failure);
}
