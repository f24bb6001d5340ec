import { Liquid, type FS, type Template } from 'liquidjs';
import { boundValues } from './bounded-values';

/** Thrown while parsing `{% include %}`, `{% render %}` and `{% layout %}`. */
export class PartialRefusedError extends Error {
  constructor(readonly tag: string) {
    super(`${tag} is not supported`);
    this.name = 'PartialRefusedError';
  }
}

const refuseRead = (): never => {
  throw new PartialRefusedError('include');
};

// Defence in depth: even if a partial tag slipped past the overrides below, nothing is read.
const noFileSystem: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => refuseRead(),
  readFileSync: refuseRead,
  resolve: (_dir, file) => file,
  contains: async () => false,
  containsSync: () => false,
};

/** Hard ceiling for any single parse; the per-call limit is checked before parsing. */
const HARD_PARSE_LIMIT = 1_000_000;

function createLiquid(): Liquid {
  const liquid = new Liquid({
    root: [],
    partials: [],
    layouts: [],
    fs: noFileSystem,
    relativeReference: false,
    dynamicPartials: false,
    cache: false,
    // Templates read plain data only: no inherited properties such as constructor or __proto__.
    ownPropertyOnly: true,
    // A typo in a filter name must be visible to the user, a missing variable must not:
    // sources often omit empty fields.
    strictFilters: true,
    strictVariables: false,
    parseLimit: HARD_PARSE_LIMIT,
    // Dates without an offset are read and printed in UTC so a run renders the same on any
    // server; an explicit offset in the data is kept.
    timezoneOffset: 0,
    preserveTimezones: true,
  });
  for (const tag of ['include', 'render', 'layout']) {
    liquid.registerTag(tag, {
      parse() {
        throw new PartialRefusedError(tag);
      },
      render() {
        throw new PartialRefusedError(tag);
      },
    });
  }
  boundValues(liquid);
  return liquid;
}

export const liquid = createLiquid();

export type ParsedTemplate = Template[];
