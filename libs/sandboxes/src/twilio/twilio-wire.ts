import { createHmac, randomBytes } from 'node:crypto';

/** Form fields as Twilio reads them: a repeated name (MediaUrl) becomes a list. */
export type FormFields = Record<string, string | string[]>;

export function parseForm(body: string): FormFields {
  const fields: FormFields = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

export function encodeForm(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/**
 * X-Twilio-Signature as Twilio computes it: HMAC-SHA1 keyed with the account's auth token over
 * the full URL followed by every POST parameter's name and value, sorted by name; base64.
 * Written here from the description, not with the twilio package, so specs that check it with
 * twilio's own validator test two independent implementations against each other.
 */
export function twilioSignature(authToken: string, url: string, params: FormFields): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, name) => {
      const value = params[name];
      const values = Array.isArray(value) ? [...new Set(value)].sort() : [value];
      return acc + values.map((entry) => name + entry).join('');
    }, url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** A Twilio SID: two letters and 32 lower-case hex digits. */
export function newSid(prefix: 'AC' | 'SK' | 'SM' | 'MG' | 'PN' | 'HX'): string {
  return prefix + randomBytes(16).toString('hex');
}

export function newSecret(): string {
  return randomBytes(16).toString('hex');
}

/** Twilio's dates: RFC 2822 with a numeric zone ("Thu, 30 Jul 2015 20:12:31 +0000"). */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

// GSM 03.38: the basic set costs one septet, the extension set two; anything else sends the
// whole message as UCS-2.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** How many SMS parts a body takes, as carriers bill it. */
export function segmentCount(body: string): number {
  const characters = [...body];
  const gsm = characters.every((char) => GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char));
  if (gsm) {
    const septets = characters.reduce(
      (sum, char) => sum + (GSM_EXTENDED.includes(char) ? 2 : 1),
      0,
    );
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  // UCS-2 counts UTF-16 code units: an emoji takes two.
  return body.length <= 70 ? 1 : Math.ceil(body.length / 67);
}
