import type { z } from 'zod';
import { ConfigError } from './config-error';
import {
  CONFIG_VARIABLES,
  ENV_SCHEMA,
  type ConfigVariable,
  type VariableSettings,
} from './config-variables';
import { resolveEncryptionKeyOrThrow } from './encryption-key';

export { ConfigError } from './config-error';
export type { ConfigVariable } from './config-variables';

/** Every variable's default, description and secrecy, by name (for the README and errors). */
export const configVariables = Object.fromEntries(
  Object.entries(CONFIG_VARIABLES).map(([name, declared]) => [
    name,
    { description: declared.description, default: declared.default, sensitive: declared.sensitive },
  ]),
) as Record<ConfigVariable, { description: string; default: string; sensitive: boolean }>;

/** What the variables say, each field typed by its variable's schema, plus the composed ones. */
export type AppConfig = VariableSettings & {
  encryptionKey: Buffer;
  /** The instance's own OAuth clients, by connector key; only configured ones are listed. */
  oauthClients: Record<string, OAuthClientConfig>;
};

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  /** Overrides of the connector's declared URLs (tests point them at a sandbox). */
  authorizeUrl: string | null;
  tokenUrl: string | null;
}

/** Reads and validates the environment; throws one ConfigError listing every bad variable. */
export function loadConfigOrThrow(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(
    Object.entries(CONFIG_VARIABLES).map(([name, declared]) => [
      name,
      env[name] ?? declared.default,
    ]),
  );
  const parsed = ENV_SCHEMA.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]) as ConfigVariable;
        const shown = CONFIG_VARIABLES[name]?.sensitive ? '(hidden)' : JSON.stringify(raw[name]);
        return `${name}=${shown} ${issue.message}`;
      }),
    );
  }
  const values: z.output<typeof ENV_SCHEMA> = parsed.data;
  if (values.FLUXO_ROLE !== 'all' && !values.REDIS_URL) {
    throw new ConfigError([
      `FLUXO_ROLE=${values.FLUXO_ROLE} needs REDIS_URL: api and worker processes share work through Redis`,
    ]);
  }
  const settings = Object.fromEntries(
    Object.entries(CONFIG_VARIABLES)
      .filter(([, declared]) => declared.field !== null)
      .map(([name, declared]) => [declared.field, values[name as ConfigVariable]]),
  ) as VariableSettings;
  return {
    ...settings,
    encryptionKey: resolveEncryptionKeyOrThrow(
      values.FLUXO_ENCRYPTION_KEY,
      settings.databaseUrl,
      settings.dataDir,
    ),
    oauthClients: values.FLUXO_GOOGLE_CLIENT_ID
      ? {
          'google-sheets': {
            clientId: values.FLUXO_GOOGLE_CLIENT_ID,
            clientSecret: values.FLUXO_GOOGLE_CLIENT_SECRET,
            authorizeUrl: values.FLUXO_GOOGLE_AUTHORIZE_URL,
            tokenUrl: values.FLUXO_GOOGLE_TOKEN_URL,
          },
        }
      : {},
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
