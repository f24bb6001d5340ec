import { CaptureTag, type Context, type FilterImplOptions, type Liquid } from 'liquidjs';

/**
 * Hard ceilings on any single value a template can hold, whatever limits a caller passes.
 *
 * LiquidJS's own `memoryLimit` is charged by most filters, but only after some of them did the
 * work (`replace` splits first), some are not charged at all (`url_encode`) and `{% capture %}`
 * output is never counted: doubling a captured string reaches V8's maximum string length in a
 * handful of steps, and one filter call on it then blocks the event loop for seconds or aborts
 * the process. Bounding every value that enters or leaves a filter or a capture keeps each
 * step linear in at most these sizes, so `renderLimit` (checked between steps) bounds the time.
 */
export const MAX_VALUE_LENGTH = 1_000_000;
export const MAX_LIST_ITEMS = 50_000;

export type TemplateLimit = 'memory' | 'time';

/** A template went over a hard bound; permanent for that template and that data. */
export class TemplateLimitError extends Error {
  constructor(readonly limit: TemplateLimit) {
    super(limit === 'memory' ? 'memory alloc limit exceeded' : 'template render limit exceeded');
    this.name = 'TemplateLimitError';
  }
}

function checkValue(value: unknown): void {
  if (typeof value === 'string') {
    if (value.length > MAX_VALUE_LENGTH) throw new TemplateLimitError('memory');
  } else if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) throw new TemplateLimitError('memory');
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Wraps one filter so its input, arguments and result are each within the bounds. */
export function boundFilter(filter: FilterImplOptions): FilterImplOptions {
  const handler = typeof filter === 'function' ? filter : filter.handler;
  if (!handler) return filter;
  const bounded: typeof handler = function (this, value, ...args) {
    checkValue(value);
    for (const arg of args) {
      checkValue(arg);
      // Keyword arguments arrive as [name, value] pairs.
      if (Array.isArray(arg) && arg.length === 2) checkValue(arg[1]);
    }
    const result = handler.call(this, value, ...args);
    if (isThenable(result)) {
      return Promise.resolve(result).then((settled) => {
        checkValue(settled);
        return settled;
      });
    }
    checkValue(result);
    return result;
  };
  return typeof filter === 'function' ? bounded : { ...filter, handler: bounded };
}

/** `{% capture %}` whose text is charged to the render's memory budget and bounded. */
class BoundedCaptureTag extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, string> {
    yield* super.render(ctx);
    const captured = ctx.bottom()[this.variable as keyof object] as unknown;
    if (typeof captured === 'string') {
      checkValue(captured);
      ctx.memoryLimit.use(captured.length);
    }
  }
}

/** Puts every filter registered so far and `{% capture %}` under the hard bounds. */
export function boundValues(liquid: Liquid): void {
  for (const [name, filter] of Object.entries(liquid.filters)) {
    liquid.registerFilter(name, boundFilter(filter));
  }
  liquid.registerTag('capture', BoundedCaptureTag);
}
