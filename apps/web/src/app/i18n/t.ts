import { en } from './en';

export type MessageKey = keyof typeof en;
type Params = Record<string, string | number>;

// One dictionary today; other languages plug in here later.
const dictionary: Record<MessageKey, string> = en;

/** Looks a message up and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Params): string {
  const message = dictionary[key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
