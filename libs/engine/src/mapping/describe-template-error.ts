import { FIELD_ERROR_SENTENCES, type FieldErrorCode } from '@fluxo/contracts';
import { TemplateLimitError } from './bounded-values';
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
];

const LIMIT_CODES: Record<TemplateLimitError['limit'], FieldErrorCode> = {
  time: 'template.tooSlow',
  memory: 'template.tooMuchText',
};

/** The error itself or the one LiquidJS wrapped it in, if it is of the given class. */
function causeOf<T>(error: unknown, type: new (...args: never[]) => T): T | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof type) return current;
    current = (current as LiquidLikeError).originalError;
  }
  return null;
}

/** Which hard bound a render went over, whichever layer noticed it first. */
function limitOf(error: unknown, message: string): TemplateLimitError['limit'] | null {
  const limit = causeOf(error, TemplateLimitError)?.limit;
  if (limit) return limit;
  if (/template render limit exceeded/.test(message)) return 'time';
  // V8's own ceilings on string and array sizes are the same bound, reached first.
  if (/memory alloc limit exceeded|Invalid (string|array) length/.test(message)) return 'memory';
  return null;
}

export interface TemplateErrorDescription {
  message: string;
  /** Set for errors the editor words in the user's language. */
  code?: FieldErrorCode;
  params?: Record<string, number>;
}

/** Turns a LiquidJS parse or render error into one plain sentence. */
export function describeTemplateError(error: unknown): TemplateErrorDescription {
  const refused = causeOf(error, PartialRefusedError);
  if (refused) {
    return {
      message: `{% ${refused.tag} %} is not supported: templates cannot load other templates`,
    };
  }
  const raw = String((error as LiquidLikeError)?.message ?? error);
  const location = raw.match(LOCATION);
  const message = raw.replace(LOCATION, '').trim();
  const where = location ? ` (line ${location[1]}, column ${location[2]})` : '';
  const limit = limitOf(error, message);
  if (limit) {
    return {
      message: `${FIELD_ERROR_SENTENCES[LIMIT_CODES[limit]]}${where}`,
      code: LIMIT_CODES[limit],
      ...(location && { params: { line: Number(location[1]), column: Number(location[2]) } }),
    };
  }
  for (const [pattern, describe] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return { message: `${describe(match)}${where}` };
  }
  return { message: `The template has a mistake: ${message}${where}` };
}
