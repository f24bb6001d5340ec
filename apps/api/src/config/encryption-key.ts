import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config-error';

export function resolveEncryptionKeyOrThrow(
  value: string,
  databaseUrl: string | null,
  dataDir: string,
): Buffer {
  if (value) return decodeKey(value) as Buffer;
  if (databaseUrl) {
    // With an external database a generated key would live apart from the data it protects.
    throw new ConfigError([
      'FLUXO_ENCRYPTION_KEY is required when DATABASE_URL is set (generate one with: openssl rand -hex 32)',
    ]);
  }
  return readOrCreateKeyFile(join(dataDir, 'encryption.key'));
}

function readOrCreateKeyFile(path: string): Buffer {
  if (existsSync(path)) {
    const key = decodeKey(readFileSync(path, 'utf8').trim());
    if (!key) throw new ConfigError([`${path} does not hold a 32-byte hex key`]);
    return key;
  }
  mkdirSync(join(path, '..'), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('hex') + '\n', { mode: 0o600 });
  return key;
}

export function decodeKey(value: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  const base64 = Buffer.from(value, 'base64');
  return base64.length === 32 ? base64 : null;
}
