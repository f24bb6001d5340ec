import { bodyKindOf } from '@fluxo/connector-sdk';
import { SECRET_MASK } from '@fluxo/contracts';
import type { SecretBox } from '../../common/secret-box';

export interface StoredBody {
  /** The body as kept in the inbound log: the declared secret fields masked. */
  body: Buffer;
  /** The body as received, sealed with the instance key; null when nothing was masked. */
  sealed: string | null;
}

type Json = Record<string, unknown>;

/** Masks the value at a dotted path of a JSON object; true when there was one to mask. */
function maskPath(target: Json, path: string): boolean {
  const parts = path.split('.');
  let node: unknown = target;
  for (const part of parts.slice(0, -1)) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Json)[part];
  }
  const last = parts[parts.length - 1];
  if (!node || typeof node !== 'object' || !Object.hasOwn(node, last)) return false;
  const value = (node as Json)[last];
  if (value === null || value === '' || typeof value === 'object') return false;
  (node as Json)[last] = SECRET_MASK;
  return true;
}

function maskedJson(raw: Buffer, paths: readonly string[]): Buffer | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const changed = paths.map((path) => maskPath(parsed as Json, path)).some(Boolean);
  return changed ? Buffer.from(JSON.stringify(parsed)) : null;
}

function maskedForm(raw: Buffer, names: readonly string[]): Buffer | null {
  const fields = new URLSearchParams(raw.toString('utf8'));
  const present = names.filter((name) => fields.getAll(name).some((value) => value !== ''));
  if (!present.length) return null;
  for (const name of present) {
    const count = fields.getAll(name).length;
    fields.delete(name);
    for (let i = 0; i < count; i++) fields.append(name, SECRET_MASK);
  }
  return Buffer.from(fields.toString());
}

/**
 * What the inbound log keeps of a call whose source declares secret body fields. JSON and
 * form bodies are masked (a body that does not parse carries no field to find); the original
 * bytes are kept only sealed, so nothing a vendor sent is lost.
 */
export function storedBodyOf(
  contentType: string,
  raw: Buffer,
  secretPaths: readonly string[] | undefined,
  box: SecretBox,
): StoredBody {
  if (!secretPaths?.length || raw.length === 0) return { body: raw, sealed: null };
  const kind = bodyKindOf(contentType);
  const masked =
    kind === 'json'
      ? maskedJson(raw, secretPaths)
      : kind === 'form'
        ? maskedForm(raw, secretPaths)
        : null;
  if (!masked) return { body: raw, sealed: null };
  return { body: masked, sealed: box.seal(raw.toString('base64')) };
}
