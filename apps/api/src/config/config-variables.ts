import { resolve } from 'node:path';
import { z } from 'zod';
import { decodeKey } from './encryption-key';
import { parseTrustProxy, trustProxyProblem } from './trust-proxy';

/**
 * One declaration per environment variable: its schema (which also turns the text into the
 * value Fluxo uses), its default, its description and whether it is a secret, and the
 * AppConfig field it fills (null: several variables make one field, see loadConfigOrThrow).
 * README.md's configuration table and the error messages are checked against this list.
 */
interface Variable<Key extends string | null, Schema extends z.ZodType> {
  field: Key;
  schema: Schema;
  default: string;
  description: string;
  sensitive: boolean;
}

function variable<Key extends string | null, Schema extends z.ZodType>(
  field: Key,
  schema: Schema,
  meta: { default: string; description: string; sensitive?: boolean },
): Variable<Key, Schema> {
  return { field, schema, sensitive: false, ...meta };
}

const emptyAsNull = (value: string) => (value === '' ? null : value);
const startingWith = (pattern: RegExp, message: string) =>
  z
    .string()
    .refine((v) => v === '' || pattern.test(v), message)
    .transform(emptyAsNull);
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const CONFIG_VARIABLES = {
  PORT: variable('port', count(0, 65535), {
    default: '3000',
    description: 'HTTP port of the API and editor',
  }),
  HOST: variable('host', z.string().min(1), {
    default: '0.0.0.0',
    description: 'Interface to listen on',
  }),
  DATABASE_URL: variable(
    'databaseUrl',
    startingWith(/^postgres(ql)?:\/\//, 'must start with postgres://'),
    {
      default: '',
      description: 'PostgreSQL URL; unset = embedded PGlite database in FLUXO_DATA_DIR',
      sensitive: true,
    },
  ),
  REDIS_URL: variable('redisUrl', startingWith(/^rediss?:\/\//, 'must start with redis://'), {
    default: '',
    description: 'Redis URL for queue mode: runs go to worker processes through BullMQ',
    sensitive: true,
  }),
  FLUXO_DATA_DIR: variable(
    'dataDir',
    z
      .string()
      .min(1)
      .transform((dir) => resolve(dir)),
    {
      default: './data',
      description: 'Folder of the embedded database and the generated encryption key',
    },
  ),
  FLUXO_ENCRYPTION_KEY: variable(
    null,
    z
      .string()
      .refine(
        (v) => v === '' || decodeKey(v) !== null,
        'must be 32 bytes written as 64 hex characters or 44 base64 characters',
      ),
    {
      default: '',
      description:
        '32-byte key (base64 or hex) that encrypts account secrets; generated in embedded mode',
      sensitive: true,
    },
  ),
  FLUXO_PUBLIC_URL: variable(
    'publicUrl',
    startingWith(/^https?:\/\//, 'must start with http:// or https://').transform(
      (url) => url?.replace(/\/+$/, '') ?? null,
    ),
    {
      default: '',
      description:
        'Public base URL used in hook links (defaults to the request origin); the editor warns when payment gateways could not reach it',
    },
  ),
  FLUXO_BODY_LIMIT_BYTES: variable('bodyLimitBytes', count(1024, 100 * 1024 * 1024), {
    default: String(1024 * 1024),
    description: 'Largest accepted request body, in bytes',
  }),
  FLUXO_WEB_DIST: variable(
    'webDist',
    z.string().transform((dir) => (dir ? resolve(dir) : null)),
    { default: '', description: 'Folder of the built editor served at /' },
  ),
  FLUXO_SECURE_COOKIES: variable(
    'secureCookies',
    z.enum(['true', 'false']).transform((flag) => flag === 'true'),
    {
      default: 'false',
      description: 'Mark the session cookie Secure (set to true behind HTTPS)',
    },
  ),
  FLUXO_ALLOWED_HOSTS: variable(
    'allowedHosts',
    z.string().transform((list) =>
      list
        .split(',')
        .map((host) => host.trim())
        .filter(Boolean),
    ),
    {
      default: '',
      description:
        'Comma-separated private or local hosts connectors may reach (e.g. 127.0.0.1 for the sandboxes)',
    },
  ),
  FLUXO_RUN_LEASE_SECONDS: variable('runLeaseSeconds', count(2, 3600), {
    default: '60',
    description:
      'How long a process holds a run without renewing; after it, another resumes the run',
  }),
  FLUXO_SHUTDOWN_GRACE_SECONDS: variable('shutdownGraceSeconds', count(0, 600), {
    default: '30',
    description:
      'On SIGTERM, how long in-flight deliveries may finish before the rest is handed back',
  }),
  FLUXO_TRUST_PROXY: variable(
    'trustProxy',
    z
      .string()
      .superRefine((value, ctx) => {
        const problem = trustProxyProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .transform(parseTrustProxy),
    {
      default: '',
      description:
        'Proxies in front of Fluxo whose X-Forwarded-For/-Proto to believe: a hop count (1) or addresses/CIDRs (10.0.0.0/8,loopback); unset = none, the client is the TCP peer',
    },
  ),
  FLUXO_LOGIN_ATTEMPTS_PER_MINUTE: variable('loginAttemptsPerMinute', count(1, 100_000), {
    default: '10',
    description: 'Sign-up and log-in attempts allowed per client address and minute',
  }),
  FLUXO_HOOK_RATE_PER_SECOND: variable(
    'hookRatePerSecond',
    z.coerce.number().min(0).max(1_000_000),
    {
      default: '100',
      description:
        'Calls per second each connection accepts at its hook URL after a burst; more are stored and answered 429 with Retry-After (0 = no limit)',
    },
  ),
  FLUXO_HOOK_BURST: variable('hookBurst', count(1, 1_000_000), {
    default: '500',
    description: 'Calls a connection accepts at once before FLUXO_HOOK_RATE_PER_SECOND applies',
  }),
  FLUXO_ROLE: variable('role', z.enum(['all', 'api', 'worker']), {
    default: 'all',
    description:
      'all (HTTP + scheduler + executor), api (HTTP + scheduler) or worker (executor only; needs REDIS_URL)',
  }),
  FLUXO_RUN_RETENTION_DAYS: variable('runRetentionDays', count(1, 3650), {
    default: '30',
    description: 'Runs and deliveries older than this many days are deleted from the history',
  }),
  FLUXO_SMTP_URL: variable(
    'smtpUrl',
    startingWith(/^smtps?:\/\//, 'must start with smtp:// or smtps://'),
    {
      default: '',
      description:
        'SMTP server for instance notices and, by default, invoices sent by e-mail (e.g. smtp://user:pass@host:587); unset = no e-mails',
      sensitive: true,
    },
  ),
  FLUXO_SMTP_FROM: variable('smtpFrom', z.string().min(3), {
    default: 'Fluxo <fluxo@localhost>',
    description: 'From address of instance notices',
  }),
  FLUXO_DELIVERY_MAX_ATTEMPTS: variable('deliveryMaxAttempts', count(1, 50), {
    default: '5',
    description:
      'Attempts of a delivery that keeps failing for a transient reason before it is marked failed',
  }),
  FLUXO_RUN_CONCURRENCY: variable('runConcurrency', count(1, 512), {
    default: '128',
    description:
      "Runs and delivery retries one process executes at once. Most of them wait for a vendor (each account bounds its own calls, e.g. an SMTP account's messages at once) and the database statements of the runs in flight are shared, so many are cheap; lower it to bound the memory of runs with very large items",
  }),
  FLUXO_DB_POOL_SIZE: variable('databasePoolSize', count(1, 200), {
    default: '20',
    description: 'PostgreSQL connections each process keeps (the embedded database uses one)',
  }),
  FLUXO_AUTO_DISABLE_AFTER: variable('autoDisableAfter', count(1, 10_000), {
    default: '10',
    description: 'Failed runs in a row after which a connection is switched off',
  }),
  FLUXO_GOOGLE_CLIENT_ID: variable(null, z.string(), {
    default: '',
    description: 'OAuth client id of this instance for "Sign in with Google" accounts',
  }),
  FLUXO_GOOGLE_CLIENT_SECRET: variable(null, z.string(), {
    default: '',
    description: 'OAuth client secret that goes with FLUXO_GOOGLE_CLIENT_ID',
    sensitive: true,
  }),
  FLUXO_GOOGLE_AUTHORIZE_URL: variable(
    null,
    z.union([z.literal(''), z.url()]).transform(emptyAsNull),
    {
      default: '',
      description: "Google's consent page (change only to test against the sandbox)",
    },
  ),
  FLUXO_GOOGLE_TOKEN_URL: variable(null, z.union([z.literal(''), z.url()]).transform(emptyAsNull), {
    default: '',
    description: "Google's token endpoint (change only to test against the sandbox)",
  }),
  LOG_LEVEL: variable('logLevel', z.enum(['error', 'warn', 'log', 'debug']), {
    default: 'log',
    description: 'error, warn, log or debug',
  }),
};

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;
type Variables = typeof CONFIG_VARIABLES;

/** The AppConfig fields one variable fills, typed by what its schema produces. */
export type VariableSettings = {
  [Name in ConfigVariable as Variables[Name]['field'] & string]: z.output<
    Variables[Name]['schema']
  >;
};

/** Parses every variable at once, so one error lists every bad one. */
export const ENV_SCHEMA = z.object(
  Object.fromEntries(
    Object.entries(CONFIG_VARIABLES).map(([name, declared]) => [name, declared.schema]),
  ) as { [Name in ConfigVariable]: Variables[Name]['schema'] },
);
