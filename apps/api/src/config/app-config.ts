import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable Fluxo reads, with its default and whether it is a secret.
 * One place, so `README.md`'s configuration table and the error messages stay true.
 */
export const configVariables = {
  PORT: { description: 'HTTP port of the API and editor', default: '3000', sensitive: false },
  HOST: { description: 'Interface to listen on', default: '0.0.0.0', sensitive: false },
  DATABASE_URL: {
    description: 'PostgreSQL URL; unset = embedded PGlite database in FLUXO_DATA_DIR',
    default: '',
    sensitive: true,
  },
  REDIS_URL: {
    description: 'Redis URL for queue mode: runs go to worker processes through BullMQ',
    default: '',
    sensitive: true,
  },
  FLUXO_DATA_DIR: {
    description: 'Folder of the embedded database and the generated encryption key',
    default: './data',
    sensitive: false,
  },
  FLUXO_ENCRYPTION_KEY: {
    description:
      '32-byte key (base64 or hex) that encrypts account secrets; generated in embedded mode',
    default: '',
    sensitive: true,
  },
  FLUXO_PUBLIC_URL: {
    description: 'Public base URL used in hook links (defaults to the request origin)',
    default: '',
    sensitive: false,
  },
  FLUXO_BODY_LIMIT_BYTES: {
    description: 'Largest accepted request body, in bytes',
    default: String(1024 * 1024),
    sensitive: false,
  },
  FLUXO_WEB_DIST: {
    description: 'Folder of the built editor served at /',
    default: '',
    sensitive: false,
  },
  FLUXO_SECURE_COOKIES: {
    description: 'Mark the session cookie Secure (set to true behind HTTPS)',
    default: 'false',
    sensitive: false,
  },
  FLUXO_ALLOWED_HOSTS: {
    description:
      'Comma-separated private or local hosts connectors may reach (e.g. 127.0.0.1 for the sandboxes)',
    default: '',
    sensitive: false,
  },
  FLUXO_RUN_LEASE_SECONDS: {
    description:
      'How long a process holds a run without renewing; after it, another resumes the run',
    default: '60',
    sensitive: false,
  },
  FLUXO_SHUTDOWN_GRACE_SECONDS: {
    description:
      'On SIGTERM, how long in-flight deliveries may finish before the rest is handed back',
    default: '30',
    sensitive: false,
  },
  FLUXO_TRUST_PROXY: {
    description:
      'Proxies in front of Fluxo whose X-Forwarded-For/-Proto to believe: a hop count (1) or addresses/CIDRs (10.0.0.0/8,loopback); unset = none, the client is the TCP peer',
    default: '',
    sensitive: false,
  },
  FLUXO_LOGIN_ATTEMPTS_PER_MINUTE: {
    description: 'Sign-up and log-in attempts allowed per client address and minute',
    default: '10',
    sensitive: false,
  },
  FLUXO_HOOK_RATE_PER_SECOND: {
    description:
      'Calls per second each connection accepts at its hook URL after a burst; more are stored and answered 429 with Retry-After (0 = no limit)',
    default: '100',
    sensitive: false,
  },
  FLUXO_HOOK_BURST: {
    description: 'Calls a connection accepts at once before FLUXO_HOOK_RATE_PER_SECOND applies',
    default: '500',
    sensitive: false,
  },
  FLUXO_ROLE: {
    description:
      'all (HTTP + scheduler + executor), api (HTTP + scheduler) or worker (executor only; needs REDIS_URL)',
    default: 'all',
    sensitive: false,
  },
  FLUXO_RUN_RETENTION_DAYS: {
    description: 'Runs and deliveries older than this many days are deleted from the history',
    default: '30',
    sensitive: false,
  },
  FLUXO_SMTP_URL: {
    description:
      'SMTP server for instance notices (e.g. smtp://user:pass@host:587); unset = no e-mails',
    default: '',
    sensitive: true,
  },
  FLUXO_SMTP_FROM: {
    description: 'From address of instance notices',
    default: 'Fluxo <fluxo@localhost>',
    sensitive: false,
  },
  FLUXO_DELIVERY_MAX_ATTEMPTS: {
    description:
      'Attempts of a delivery that keeps failing for a transient reason before it is marked failed',
    default: '5',
    sensitive: false,
  },
  FLUXO_AUTO_DISABLE_AFTER: {
    description: 'Failed runs in a row after which a connection is switched off',
    default: '10',
    sensitive: false,
  },
  FLUXO_GOOGLE_CLIENT_ID: {
    description: 'OAuth client id of this instance for "Sign in with Google" accounts',
    default: '',
    sensitive: false,
  },
  FLUXO_GOOGLE_CLIENT_SECRET: {
    description: 'OAuth client secret that goes with FLUXO_GOOGLE_CLIENT_ID',
    default: '',
    sensitive: true,
  },
  FLUXO_GOOGLE_AUTHORIZE_URL: {
    description: "Google's consent page (change only to test against the sandbox)",
    default: '',
    sensitive: false,
  },
  FLUXO_GOOGLE_TOKEN_URL: {
    description: "Google's token endpoint (change only to test against the sandbox)",
    default: '',
    sensitive: false,
  },
  LOG_LEVEL: { description: 'error, warn, log or debug', default: 'log', sensitive: false },
} as const;

export type ConfigVariable = keyof typeof configVariables;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535),
  HOST: z.string().min(1),
  DATABASE_URL: z
    .string()
    .refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v), 'must start with postgres://'),
  REDIS_URL: z
    .string()
    .refine((v) => v === '' || /^rediss?:\/\//.test(v), 'must start with redis://'),
  FLUXO_DATA_DIR: z.string().min(1),
  FLUXO_ENCRYPTION_KEY: z
    .string()
    .refine(
      (v) => v === '' || decodeKey(v) !== null,
      'must be 32 bytes written as 64 hex characters or 44 base64 characters',
    ),
  FLUXO_PUBLIC_URL: z
    .string()
    .refine((v) => v === '' || /^https?:\/\//.test(v), 'must start with http:// or https://'),
  FLUXO_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024),
  FLUXO_WEB_DIST: z.string(),
  FLUXO_SECURE_COOKIES: z.enum(['true', 'false']),
  FLUXO_ALLOWED_HOSTS: z.string(),
  FLUXO_TRUST_PROXY: z.string().superRefine((value, ctx) => {
    const problem = trustProxyProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  FLUXO_LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000),
  FLUXO_HOOK_RATE_PER_SECOND: z.coerce.number().min(0).max(1_000_000),
  FLUXO_HOOK_BURST: z.coerce.number().int().min(1).max(1_000_000),
  FLUXO_ROLE: z.enum(['all', 'api', 'worker']),
  FLUXO_RUN_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650),
  FLUXO_SMTP_URL: z
    .string()
    .refine((v) => v === '' || /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://'),
  FLUXO_SMTP_FROM: z.string().min(3),
  FLUXO_DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50),
  FLUXO_AUTO_DISABLE_AFTER: z.coerce.number().int().min(1).max(10_000),
  FLUXO_RUN_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600),
  FLUXO_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600),
  FLUXO_GOOGLE_CLIENT_ID: z.string(),
  FLUXO_GOOGLE_CLIENT_SECRET: z.string(),
  FLUXO_GOOGLE_AUTHORIZE_URL: z.union([z.literal(''), z.url()]),
  FLUXO_GOOGLE_TOKEN_URL: z.union([z.literal(''), z.url()]),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']),
});

export interface AppConfig {
  port: number;
  host: string;
  /** null = embedded PGlite. */
  databaseUrl: string | null;
  redisUrl: string | null;
  dataDir: string;
  encryptionKey: Buffer;
  publicUrl: string | null;
  bodyLimitBytes: number;
  webDist: string | null;
  secureCookies: boolean;
  /** Hosts opened through the SSRF guard; '*' opens everything. */
  allowedHosts: string[];
  /** Fastify's trustProxy: false (the TCP peer is the client), a hop count or trusted ranges. */
  trustProxy: false | number | string[];
  loginAttemptsPerMinute: number;
  /** Per connection, at its hook URL; 0 = unlimited. */
  hookRatePerSecond: number;
  hookBurst: number;
  role: 'all' | 'api' | 'worker';
  runRetentionDays: number;
  /** Instance SMTP for notices to workspace owners; null = none configured. */
  smtpUrl: string | null;
  smtpFrom: string;
  deliveryMaxAttempts: number;
  autoDisableAfter: number;
  runLeaseSeconds: number;
  shutdownGraceSeconds: number;
  /** The instance's own OAuth clients, by connector key; only configured ones are listed. */
  oauthClients: Record<string, OAuthClientConfig>;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  /** Overrides of the connector's declared URLs (tests point them at a sandbox). */
  authorizeUrl: string | null;
  tokenUrl: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Fluxo cannot start, fix the configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws one ConfigError listing every bad variable. */
export function loadConfigOrThrow(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(
    Object.entries(configVariables).map(([name, variable]) => [
      name,
      env[name] ?? variable.default,
    ]),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const shown = configVariables[name as ConfigVariable]?.sensitive
          ? '(hidden)'
          : JSON.stringify(raw[name]);
        return `${name}=${shown} ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  if (values.FLUXO_ROLE !== 'all' && !values.REDIS_URL) {
    throw new ConfigError([
      `FLUXO_ROLE=${values.FLUXO_ROLE} needs REDIS_URL: api and worker processes share work through Redis`,
    ]);
  }
  const dataDir = resolve(values.FLUXO_DATA_DIR);
  const databaseUrl = values.DATABASE_URL || null;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl,
    redisUrl: values.REDIS_URL || null,
    dataDir,
    encryptionKey: resolveEncryptionKeyOrThrow(values.FLUXO_ENCRYPTION_KEY, databaseUrl, dataDir),
    publicUrl: values.FLUXO_PUBLIC_URL ? values.FLUXO_PUBLIC_URL.replace(/\/+$/, '') : null,
    bodyLimitBytes: values.FLUXO_BODY_LIMIT_BYTES,
    webDist: values.FLUXO_WEB_DIST ? resolve(values.FLUXO_WEB_DIST) : null,
    secureCookies: values.FLUXO_SECURE_COOKIES === 'true',
    allowedHosts: values.FLUXO_ALLOWED_HOSTS.split(',')
      .map((host) => host.trim())
      .filter(Boolean),
    trustProxy: parseTrustProxy(values.FLUXO_TRUST_PROXY),
    loginAttemptsPerMinute: values.FLUXO_LOGIN_ATTEMPTS_PER_MINUTE,
    hookRatePerSecond: values.FLUXO_HOOK_RATE_PER_SECOND,
    hookBurst: values.FLUXO_HOOK_BURST,
    role: values.FLUXO_ROLE,
    runRetentionDays: values.FLUXO_RUN_RETENTION_DAYS,
    smtpUrl: values.FLUXO_SMTP_URL || null,
    smtpFrom: values.FLUXO_SMTP_FROM,
    deliveryMaxAttempts: values.FLUXO_DELIVERY_MAX_ATTEMPTS,
    autoDisableAfter: values.FLUXO_AUTO_DISABLE_AFTER,
    runLeaseSeconds: values.FLUXO_RUN_LEASE_SECONDS,
    shutdownGraceSeconds: values.FLUXO_SHUTDOWN_GRACE_SECONDS,
    oauthClients: values.FLUXO_GOOGLE_CLIENT_ID
      ? {
          'google-sheets': {
            clientId: values.FLUXO_GOOGLE_CLIENT_ID,
            clientSecret: values.FLUXO_GOOGLE_CLIENT_SECRET,
            authorizeUrl: values.FLUXO_GOOGLE_AUTHORIZE_URL || null,
            tokenUrl: values.FLUXO_GOOGLE_TOKEN_URL || null,
          },
        }
      : {},
    logLevel: values.LOG_LEVEL,
  };
}

const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyEntries(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function isAddressOrRange(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/** Why FLUXO_TRUST_PROXY is refused, or null. */
function trustProxyProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false') return null;
  if (trimmed === 'true') {
    return 'trusting every proxy lets any client pick its own address; give the number of proxies in front of Fluxo (e.g. 1) or their addresses';
  }
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) >= 1 && Number(trimmed) <= 10 ? null : 'must be 1 to 10 hops';
  }
  const bad = proxyEntries(trimmed).filter((entry) => !isAddressOrRange(entry));
  return bad.length
    ? `must be a hop count or addresses/CIDRs (or loopback, linklocal, uniquelocal); not understood: ${bad.join(', ')}`
    : null;
}

function parseTrustProxy(value: string): false | number | string[] {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return proxyEntries(trimmed);
}

function resolveEncryptionKeyOrThrow(
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

function decodeKey(value: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  const base64 = Buffer.from(value, 'base64');
  return base64.length === 32 ? base64 : null;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
