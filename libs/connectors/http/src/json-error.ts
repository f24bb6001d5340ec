/** Where a JSON text stops being valid, in terms a person can find in the editor. */
export interface JsonErrorLocation {
  /** 0-based offset in the text (UTF-16 code units). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  reason: string;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

// JSON.parse's messages differ between Node versions and often leave out the position, so the
// text is scanned again by this small validator to say exactly where and why it broke.
class JsonScanner {
  private index = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  scan(): void {
    this.skipWhitespace();
    if (this.index >= this.text.length) this.fail('the body is empty');
    this.value();
    this.skipWhitespace();
    if (this.index < this.text.length) {
      this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
    }
  }

  private value(): void {
    const char = this.text[this.index];
    if (char === '{') return this.container('}', () => this.member());
    if (char === '[') return this.container(']', () => this.value());
    if (char === '"') return this.string();
    if (char === '-' || isDigit(char)) return this.number();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.index)) {
        this.index += literal.length;
        return;
      }
    }
    this.fail(`expected a value, found ${this.describeHere()}`);
  }

  private container(close: '}' | ']', item: () => void): void {
    if (++this.depth > 500) this.fail('the JSON is nested too deeply');
    const kind = close === '}' ? 'property' : 'value';
    this.index++;
    this.skipWhitespace();
    if (this.text[this.index] === close) {
      this.index++;
      this.depth--;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      item();
      this.skipWhitespace();
      const char = this.text[this.index];
      if (char === close) break;
      if (char !== ',')
        this.fail(`expected ',' or '${close}' after a ${kind}, found ${this.describeHere()}`);
      this.index++;
      this.skipWhitespace();
      if (this.text[this.index] === close) this.fail(`a comma cannot come just before '${close}'`);
    }
    this.index++;
    this.depth--;
  }

  private member(): void {
    if (this.text[this.index] !== '"') {
      this.fail(`expected a property name in double quotes, found ${this.describeHere()}`);
    }
    this.string();
    this.skipWhitespace();
    if (this.text[this.index] !== ':') {
      this.fail(`expected ':' after the property name, found ${this.describeHere()}`);
    }
    this.index++;
    this.skipWhitespace();
    this.value();
  }

  private string(): void {
    this.index++;
    for (;;) {
      if (this.index >= this.text.length) this.fail('a text in double quotes is not closed');
      const char = this.text[this.index];
      if (char === '"') {
        this.index++;
        return;
      }
      if (char < ' ') {
        this.fail(
          char === '\n' || char === '\r'
            ? 'a line break inside a text in double quotes (write it as \\n)'
            : 'a control character inside a text in double quotes',
        );
      }
      if (char === '\\') {
        const escape = this.text[this.index + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6))) {
            this.fail('\\u must be followed by four hexadecimal digits');
          }
          this.index += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
          this.fail(`"\\${escape ?? ''}" is not a valid escape (write a backslash as \\\\)`);
        }
        this.index += 2;
        continue;
      }
      this.index++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.index));
    if (!match) this.fail(`${this.describeHere()} is not a valid number`);
    this.index += match[0].length;
  }

  private skipWhitespace(): void {
    while (' \t\n\r'.includes(this.text[this.index] ?? 'x')) this.index++;
  }

  private describeHere(): string {
    if (this.index >= this.text.length) return 'the end of the text';
    const word = /^[A-Za-z0-9_$.+-]+/.exec(this.text.slice(this.index, this.index + 20));
    return word ? `"${word[0]}"` : `'${this.text[this.index]}'`;
  }

  private fail(reason: string): never {
    throw new JsonSyntaxError(Math.min(this.index, this.text.length), reason);
  }
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Null when the text is valid JSON; otherwise where and why it is not. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  try {
    new JsonScanner(text).scan();
    return null;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { offset: error.offset, line, column, reason: error.reason };
  }
}

/** A short piece of the text around an offset, on one line, to show beside the error. */
export function excerptAround(text: string, offset: number, radius = 20): string {
  const start = Math.max(0, offset - radius);
  const end = Math.min(text.length, offset + radius);
  const piece = text.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${piece}${end < text.length ? '…' : ''}`;
}
