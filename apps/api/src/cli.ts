import { Client } from 'pg';
import { ConfigError, loadConfigOrThrow } from './config/app-config';
import { startEmbeddedDatabase } from './database/embedded-database';
import { resetLinkOf, storeResetToken } from './modules/auth/password-reset-links';
import { exportCommand, importCommand, isCliError, PORTABILITY_USAGE } from './cli-portability';

const USAGE = `Fluxo administration

  npm run fluxo -- reset-password EMAIL
      Prints a link that sets a new password for EMAIL (valid one hour, once), for an instance
      without mail of its own. On the embedded database, stop Fluxo first.

${PORTABILITY_USAGE}`;

/** `reset-password EMAIL`: a single-use link for the person, printed for the administrator. */
async function resetPassword(email: string | undefined): Promise<number> {
  if (!email) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfigOrThrow();
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  const client = new Client({ connectionString: config.databaseUrl ?? embedded?.url });
  await client.connect();
  try {
    const found = await client
      .query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [email.trim().toLowerCase()])
      .catch((error: { code?: string }) => {
        // 42P01: no such table — Fluxo has never started on this database.
        if (error.code === '42P01') return null;
        throw error;
      });
    if (!found) {
      process.stderr.write('This database has no Fluxo accounts yet: start Fluxo once first.\n');
      return 1;
    }
    const { rows } = found;
    if (!rows[0]) {
      process.stderr.write(`No account has the e-mail ${email}.\n`);
      return 1;
    }
    const token = await storeResetToken(client, rows[0].id);
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    process.stdout.write(
      `Open this link within an hour to set a new password for ${email}:\n${resetLinkOf(base, token)}\n`,
    );
    return 0;
  } finally {
    await client.end();
    await embedded?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'reset-password') return resetPassword(args[0]);
  if (command === 'export' || command === 'import') {
    const port = Number(process.env.PORT) || 3000;
    const write = (text: string) => void process.stdout.write(text);
    return command === 'export'
      ? exportCommand(args, process.env, port, write)
      : importCommand(args, process.env, port, write);
  }
  process.stderr.write(USAGE);
  return command ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      error instanceof ConfigError || isCliError(error)
        ? `${error.message}\n`
        : `fluxo: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
