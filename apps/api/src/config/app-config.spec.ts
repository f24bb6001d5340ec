import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, configVariables, loadConfigOrThrow } from './app-config';

describe(loadConfigOrThrow.name, () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'fluxo-config-'));

  it('should default to the embedded database and generate a key once', () => {
    const dir = dataDir();

    const first = loadConfigOrThrow({ FLUXO_DATA_DIR: dir });
    const second = loadConfigOrThrow({ FLUXO_DATA_DIR: dir });

    expect(first.databaseUrl).toBeNull();
    expect(first.port).toBe(3000);
    expect(first.encryptionKey).toHaveLength(32);
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);
    expect(readFileSync(join(dir, 'encryption.key'), 'utf8').trim()).toBe(
      first.encryptionKey.toString('hex'),
    );
  });

  it('should list every bad variable in one error and hide secret values', () => {
    const error = (() => {
      try {
        loadConfigOrThrow({
          PORT: 'abc',
          FLUXO_ENCRYPTION_KEY: 'short-secret',
          DATABASE_URL: 'mysql://x',
        });
      } catch (e) {
        return e;
      }
    })() as ConfigError;

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems.map((p) => p.split('=')[0])).toEqual([
      'PORT',
      'DATABASE_URL',
      'FLUXO_ENCRYPTION_KEY',
    ]);
    expect(error.message).not.toContain('short-secret');
    expect(error.message).not.toContain('mysql://x');
  });

  it('should require an explicit key when an external database is used', () => {
    expect(() =>
      loadConfigOrThrow({ DATABASE_URL: 'postgres://db/fluxo', FLUXO_DATA_DIR: dataDir() }),
    ).toThrow(/FLUXO_ENCRYPTION_KEY is required when DATABASE_URL is set/);
  });

  it('should accept a 64-character hex key', () => {
    const key = 'ab'.repeat(32);

    const config = loadConfigOrThrow({
      DATABASE_URL: 'postgres://db/fluxo',
      FLUXO_ENCRYPTION_KEY: key,
    });

    expect(config.encryptionKey.toString('hex')).toBe(key);
    expect(config.databaseUrl).toBe('postgres://db/fluxo');
  });
});

describe('README configuration table', () => {
  it('should list every variable Fluxo reads', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');

    const missing = Object.keys(configVariables).filter(
      (name) => !readme.includes(`| \`${name}\``),
    );

    expect(missing).toEqual([]);
  });
});
