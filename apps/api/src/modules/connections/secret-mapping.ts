import { SECRET_MASK, type FieldDefinition, type Mapping } from '@fluxo/contracts';
import type { SecretBox } from '../../common/secret-box';

/**
 * A receiver's secret fields (the HTTP request's password or token) are stored sealed with
 * the accounts' key, marked by this prefix, so API answers, exports and database dumps never
 * hold them in clear. A value without it is a plain one saved before secrets were sealed.
 */
const SEALED_PREFIX = 'fluxo-sealed:';

const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(SEALED_PREFIX);

export function secretKeysOf(fields: FieldDefinition[]): Set<string> {
  return new Set(fields.filter((field) => field.secret).map((field) => field.key));
}

/**
 * The mapping to store: secret fields sealed; SECRET_MASK (the editor sending back what it
 * was shown) keeps the stored value.
 */
export function sealSecretFields(
  mapping: Mapping,
  secretKeys: Set<string>,
  stored: Mapping,
  box: SecretBox,
): Mapping {
  const sealed: Mapping = { ...mapping };
  for (const key of secretKeys) {
    const value = mapping[key];
    if (value === SECRET_MASK) {
      if (stored[key] === undefined) delete sealed[key];
      else sealed[key] = stored[key];
    } else if (typeof value === 'string' && value !== '' && !isSealed(value)) {
      sealed[key] = SEALED_PREFIX + box.seal(value);
    }
  }
  return sealed;
}

/** The mapping as API answers show it: every sealed value as SECRET_MASK. */
export function maskSealedFields(mapping: Mapping): Mapping {
  return Object.fromEntries(
    Object.entries(mapping).map(([key, value]) => [key, isSealed(value) ? SECRET_MASK : value]),
  );
}

/** The mapping with its secret templates in clear, to be rendered for a delivery. */
export function openSealedFields(mapping: Mapping, box: SecretBox): Mapping {
  return Object.fromEntries(
    Object.entries(mapping).map(([key, value]) => [
      key,
      isSealed(value) ? box.openOrThrow<string>(value.slice(SEALED_PREFIX.length)) : value,
    ]),
  );
}

/** A rendered payload as history, previews and test results keep it: secret fields masked. */
export function maskSecretValues<T extends Record<string, unknown>>(
  payload: T,
  secretKeys: Set<string>,
): T {
  const masked: Record<string, unknown> = { ...payload };
  for (const key of secretKeys) {
    if (typeof masked[key] === 'string' && masked[key] !== '') masked[key] = SECRET_MASK;
  }
  return masked as T;
}
