import type { en } from './en';

export type MessageKey = keyof typeof en;

/**
 * A message with a count: `t(key, { n })` picks the form `Intl.PluralRules` names for `n`.
 * English needs `one` and `other`; Ukrainian also `few` and `many`. `other` is the fallback.
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/** A complete dictionary: a missing or unknown key is a type error. */
export type Messages = Record<MessageKey, Message>;
