import { PartialRefusedError } from './liquid-engine';

interface LiquidLikeError {
  message?: unknown;
  originalError?: unknown;
}

const LOCATION = /,\s*line:(\d+),\s*col:(\d+)\s*$/;

/** LiquidJS messages rewritten for someone who has never heard of Liquid. */
const TRANSLATIONS: Array<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/^output "(.*)" not closed/s, () => 'A "{{" is opened but never closed with "}}"'],
  [/^tag "(.*)" not closed/s, () => 'A "{%" is opened but never closed with "%}"'],
  [
    /^tag \{%-?\s*(\w+)[^]*?not closed/,
    (m) => `The "${m[1]}" block is never closed: add {% end${m[1]} %}`,
  ],
  [/^undefined filter: (.+)$/, (m) => `Unknown filter "${m[1]}"`],
  [/^tag "(.+)" not found$/, (m) => `Unknown tag "${m[1]}"`],
  [/^unexpected token at "(.*)"/s, (m) => `Unexpected "${m[1]}"`],
  [/^invalid value expression: "(.*)"/s, () => 'A tag is missing its value'],
  [/^(\w+) expect \d+ arguments/, (m) => `The "${m[1]}" filter is missing a value after ":"`],
  [/template render limit exceeded/, () => 'The template takes too long to fill in'],
  [/memory alloc limit exceeded/, () => 'The template produces too much text'],
];

function partialRefused(error: unknown): PartialRefusedError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof PartialRefusedError) return current;
    current = (current as LiquidLikeError).originalError;
  }
  return null;
}

/** Turns a LiquidJS parse or render error into one plain sentence. */
export function describeTemplateError(error: unknown): string {
  const refused = partialRefused(error);
  if (refused) {
    return `{% ${refused.tag} %} is not supported: templates cannot load other templates`;
  }
  const raw = String((error as LiquidLikeError)?.message ?? error);
  const location = raw.match(LOCATION);
  const message = raw.replace(LOCATION, '').trim();
  const where = location ? ` (line ${location[1]}, column ${location[2]})` : '';
  for (const [pattern, describe] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return `${describe(match)}${where}`;
  }
  return `The template has a mistake: ${message}${where}`;
}
