import { liquid, type ParsedTemplate } from './liquid-engine';

export type ParseOutcome = { ok: true; template: ParsedTemplate } | { ok: false; error: unknown };

/** A small LRU over parsed templates: a mapping is rendered once per item, parsed once. */
export class TemplateCache {
  private readonly entries = new Map<string, ParseOutcome>();

  constructor(private readonly capacity = 1000) {}

  get size(): number {
    return this.entries.size;
  }

  parse(source: string): ParseOutcome {
    const hit = this.entries.get(source);
    if (hit) {
      // Re-insert so Map order doubles as recency order.
      this.entries.delete(source);
      this.entries.set(source, hit);
      return hit;
    }
    let outcome: ParseOutcome;
    try {
      outcome = { ok: true, template: liquid.parse(source) };
    } catch (error) {
      // Broken templates are cached too: a bad mapping fails every item of a run the same way.
      outcome = { ok: false, error };
    }
    this.entries.set(source, outcome);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return outcome;
  }

  clear(): void {
    this.entries.clear();
  }
}

export const templateCache = new TemplateCache();
