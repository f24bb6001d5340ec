import { readFile, writeFile } from 'node:fs/promises';
import type { ExportDocument, ImportPreviewDto, ImportResultDto } from '@fluxo/contracts';

/**
 * `export` and `import` talk to a running Fluxo through its API with an API key, so they work
 * the same on the embedded database (which one process owns) and on PostgreSQL, and check
 * exactly what the editor checks.
 */
interface Target {
  baseUrl: string;
  apiKey: string;
}

export const PORTABILITY_USAGE = `  npm run fluxo -- export [--connection ID]... [--out FILE]
      Writes the connections (all of the workspace, or those named) as one JSON document, to
      FILE or the standard output. Needs FLUXO_API_KEY (a key from the profile) and FLUXO_URL
      (default http://localhost:3000).

  npm run fluxo -- import FILE [--account "SYSTEM/NAME=ACCOUNT_ID"]...
      Creates the connections of an exported document, switched off. Each account the
      document names takes your account of the same system and name unless --account says
      which; one with no match is left to choose in the editor.
`;

class CliError extends Error {}

function targetOrThrow(env: NodeJS.ProcessEnv, port: number): Target {
  const apiKey = env.FLUXO_API_KEY?.trim();
  if (!apiKey) {
    throw new CliError(
      'Set FLUXO_API_KEY to an API key with read and write access (Profile → API keys)',
    );
  }
  return { baseUrl: (env.FLUXO_URL || `http://localhost:${port}`).replace(/\/+$/, ''), apiKey };
}

async function call<T>(target: Target, method: string, path: string, body?: unknown): Promise<T> {
  let answer: Response;
  try {
    answer = await fetch(`${target.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${target.apiKey}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new CliError(
      `Fluxo does not answer at ${target.baseUrl} (${(error as Error).message}): start it, or set FLUXO_URL`,
    );
  }
  const text = await answer.text();
  if (!answer.ok) {
    const problem = (() => {
      try {
        return JSON.parse(text) as {
          message?: string;
          details?: { field: string; message: string }[];
        };
      } catch {
        return { message: text };
      }
    })();
    const details = (problem.details ?? []).map((d) => `\n  ${d.field}: ${d.message}`).join('');
    throw new CliError(`${answer.status}: ${problem.message ?? answer.statusText}${details}`);
  }
  return JSON.parse(text) as T;
}

/** Values of a repeated `--name value` option, and the arguments that are not options. */
function optionsOf(args: string[], names: string[]) {
  const values = new Map<string, string[]>(names.map((name) => [name, []]));
  const rest: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const name = args[index].replace(/^--/, '');
    if (args[index].startsWith('--') && values.has(name)) {
      const value = args[++index];
      if (value === undefined) throw new CliError(`--${name} needs a value`);
      values.get(name)?.push(value);
    } else if (args[index].startsWith('--')) {
      throw new CliError(`Unknown option ${args[index]}`);
    } else rest.push(args[index]);
  }
  return { values, rest };
}

export async function exportCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  out: (text: string) => void,
): Promise<number> {
  const { values } = optionsOf(args, ['connection', 'out']);
  const target = targetOrThrow(env, port);
  const ids = values.get('connection') ?? [];
  const query = ids.length ? `?connections=${ids.map(encodeURIComponent).join(',')}` : '';
  const document = await call<ExportDocument>(target, 'GET', `/api/portability/export${query}`);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const file = values.get('out')?.[0];
  if (file) {
    await writeFile(file, text);
    out(`Exported ${document.connections.length} connection(s) to ${file}\n`);
  } else out(text);
  return 0;
}

export async function importCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  out: (text: string) => void,
): Promise<number> {
  const { values, rest } = optionsOf(args, ['account']);
  const file = rest[0];
  if (!file) throw new CliError('Name the exported file: npm run fluxo -- import FILE');
  const target = targetOrThrow(env, port);
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  const preview = await call<ImportPreviewDto>(target, 'POST', '/api/portability/import/preview', {
    document,
  });
  const given = new Map(
    (values.get('account') ?? []).map((pair) => {
      const at = pair.lastIndexOf('=');
      if (at < 1) throw new CliError(`--account takes "SYSTEM/NAME=ACCOUNT_ID", not "${pair}"`);
      return [pair.slice(0, at), pair.slice(at + 1)] as const;
    }),
  );
  const accounts = Object.fromEntries(
    preview.accounts.map((choice) => [choice.key, given.get(choice.key) ?? choice.suggestedId]),
  );
  const result = await call<ImportResultDto>(target, 'POST', '/api/portability/import', {
    document,
    accounts,
  });
  const unchosen = preview.accounts.filter((choice) => !accounts[choice.key]);
  out(
    [
      `Imported ${result.created.length} connection(s), switched off:`,
      ...result.created.map((connection) => `  ${connection.name} (${connection.id})`),
      ...(unchosen.length
        ? [
            'Choose these accounts in the editor before switching on:',
            ...unchosen.map((choice) => `  ${choice.key}`),
          ]
        : []),
      '',
    ].join('\n'),
  );
  return 0;
}

export const isCliError = (error: unknown): error is Error => error instanceof CliError;
