import { fillSentence, type ConnectorManifest } from '@fluxo/contracts';

interface PhrasePattern {
  pattern: RegExp;
  names: string[];
}

const patterns = new Map<string, PhrasePattern>();

/** The pattern of an English phrase: its `{name}` parts read back from a message. */
function patternOf(english: string): PhrasePattern {
  let known = patterns.get(english);
  if (!known) {
    const names: string[] = [];
    const source = english
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([\\s\\S]*?)';
      })
      .join('');
    known = { pattern: new RegExp(`^${source}$`), names };
    patterns.set(english, known);
  }
  return known;
}

const sorted = new WeakMap<Record<string, string>, [string, string][]>();

/**
 * A connector's phrases, longest first: "Connected to {name}" must not swallow "Connected to
 * {name} with a key". Sorted once per manifest: run details word every delivery with them.
 */
function longestFirst(phrases: Record<string, string> | undefined): [string, string][] {
  if (!phrases) return [];
  let entries = sorted.get(phrases);
  if (!entries) {
    entries = Object.entries(phrases).sort(([a], [b]) => b.length - a.length);
    sorted.set(phrases, entries);
  }
  return entries;
}

/**
 * A message a connector wrote (a check result, a delivery error) in the user's language, when
 * it is one of the phrases the connector declares; otherwise the message as it is.
 */
export function connectorMessageText(
  connector: Pick<ConnectorManifest, 'phrases'> | undefined,
  message: string,
): string {
  for (const [english, worded] of longestFirst(connector?.phrases)) {
    const { pattern, names } = patternOf(english);
    const match = pattern.exec(message);
    if (match) {
      return fillSentence(worded, Object.fromEntries(names.map((name, i) => [name, match[i + 1]])));
    }
  }
  return message;
}
