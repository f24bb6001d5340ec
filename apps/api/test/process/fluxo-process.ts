import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
// FLUXO_TEST_MAIN lets a developer run these tests against a copy while rebuilding dist.
const MAIN = process.env.FLUXO_TEST_MAIN ?? join(ROOT, 'dist/apps/api/apps/api/src/main.js');

/** The built Fluxo as a real OS process, to be killed and restarted by crash tests. */
export class FluxoProcess {
  private child: ChildProcess | null = null;
  private log = '';
  readonly baseUrl: string;

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  static async create(env: Record<string, string>): Promise<FluxoProcess> {
    return new FluxoProcess(await freePort(), env);
  }

  /** The environment it runs with (to start a twin, e.g. a replacement worker). */
  environment(): Record<string, string> {
    return { ...this.env };
  }

  /** Starts the process; workers have no HTTP port, so they are waited for by their log line. */
  async start(options: { waitForHealth?: boolean } = {}): Promise<void> {
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      // Only what the test sets: CI's own DATABASE_URL / REDIS_URL must not leak into the process.
      env: {
        PATH: process.env.PATH,
        LOG_LEVEL: 'log',
        ...this.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (this.log += chunk));
    child.stderr?.on('data', (chunk) => (this.log += chunk));
    this.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`Fluxo exited with ${child.exitCode}:\n${this.log}`);
      if (await this.isReady(options.waitForHealth !== false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`Fluxo did not start:\n${this.log}`);
  }

  private async isReady(viaHealth: boolean): Promise<boolean> {
    if (!viaHealth) return this.log.includes('worker is ready');
    return fetch(`${this.baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
  }

  /** SIGKILL: no shutdown hook runs, exactly like a crash or an OOM kill. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM and wait for the exit; resolves with the exit code. */
  async terminate(): Promise<number | null> {
    return this.signal('SIGTERM');
  }

  output(): string {
    return this.log;
  }

  private async signal(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null)
      return child?.exitCode ?? null;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill(signal);
    const code = await exited;
    this.child = null;
    return code;
  }
}

export type ApiCall = <T = Record<string, string>>(
  method: string,
  path: string,
  body?: unknown,
) => Promise<T>;

/** A signed-in HTTP client of a running Fluxo process. */
export async function signUpOn(baseUrl: string): Promise<ApiCall> {
  const response = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `crash-${Date.now()}@example.com`,
      password: 'correct horse battery',
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method,
      // As the editor does: calls without a body carry the client header.
      headers: {
        cookie,
        'x-fluxo-client': 'test',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}
