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

describe('values from the single declaration', () => {
  it('should turn each variable into the value Fluxo uses, and compose the OAuth client', () => {
    const config = loadConfigOrThrow({
      FLUXO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fluxo-config-')),
      FLUXO_PUBLIC_URL: 'https://fluxo.example.com//',
      FLUXO_ALLOWED_HOSTS: ' 127.0.0.1, sandbox.local ,',
      FLUXO_SECURE_COOKIES: 'true',
      FLUXO_SMTP_URL: '',
      FLUXO_GOOGLE_CLIENT_ID: 'client-1',
      FLUXO_GOOGLE_CLIENT_SECRET: 'secret-1',
      FLUXO_HOOK_RATE_PER_SECOND: '2.5',
    });

    expect(config).toMatchObject({
      publicUrl: 'https://fluxo.example.com',
      allowedHosts: ['127.0.0.1', 'sandbox.local'],
      secureCookies: true,
      smtpUrl: null,
      webDist: null,
      hookRatePerSecond: 2.5,
      oauthClients: {
        'google-sheets': {
          clientId: 'client-1',
          clientSecret: 'secret-1',
          authorizeUrl: null,
          tokenUrl: null,
        },
      },
    });
    expect(Object.keys(config)).not.toContain('null');
  });
});

describe('FLUXO_TRUST_PROXY', () => {
  const load = (value?: string) =>
    loadConfigOrThrow({
      FLUXO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fluxo-config-')),
      ...(value === undefined ? {} : { FLUXO_TRUST_PROXY: value }),
    });

  it('should trust no proxy by default', () => {
    expect(load().trustProxy).toBe(false);
  });

  it('should take a hop count or a list of addresses, ranges and range names', () => {
    expect(load('1').trustProxy).toBe(1);
    expect(load(' 10.0.0.0/8, 192.168.1.7 ,loopback,fd00::/8 ').trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'loopback',
      'fd00::/8',
    ]);
  });

  it.each([
    ['true', /trusting every proxy/],
    ['0', /1 to 10 hops/],
    ['10.0.0.0/33', /not understood: 10.0.0.0\/33/],
    ['proxy.internal', /not understood: proxy.internal/],
  ])('should refuse %s and say why', (value, why) => {
    expect(() => load(value)).toThrow(why);
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
