import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { MAIN, ROOT } from './config';

/** Every child still running, so an interrupted bench leaves no Fluxo process behind. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Keeps the last part of a process's output: enough to explain a failure, bounded in memory. */
const LOG_TAIL_BYTES = 64 * 1024;

/**
 * One built Fluxo process (`node dist/…/main.js`): an HTTP process (role all or api) with a port
 * on 127.0.0.1, or a queue worker (no port). Output is captured, not printed, so tables stay
 * readable; `tail()` shows it when something goes wrong.
 */
export class FluxoServer {
  private child: ChildProcess | null = null;
  private log = '';
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly label: string,
    readonly port: number | null,
    private readonly env: Record<string, string>,
  ) {}

  /** An HTTP process on a free loopback port. */
  static async http(label: string, env: Record<string, string>): Promise<FluxoServer> {
    return new FluxoServer(label, await freePort(), env);
  }

  /** A process without HTTP (queue worker). */
  static worker(label: string, env: Record<string, string>): FluxoServer {
    return new FluxoServer(label, null, env);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Exit code or signal once the process is gone; null while it runs. */
  get exitStatus(): string | null {
    const child = this.child;
    if (!child) return 'not started';
    if (child.exitCode !== null) return `exit code ${child.exitCode}`;
    if (child.signalCode !== null) return `signal ${child.signalCode}`;
    return null;
  }

  tail(lines = 20): string {
    return this.log.trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Last non-empty output line: a short reason for "n/a" cells. */
  lastLine(): string {
    return this.log.trimEnd().split('\n').filter(Boolean).pop()?.slice(0, 200) ?? '';
  }

  /**
   * Starts the process. HTTP processes are ready when /api/health answers; workers when they
   * log that they are ready, or — should the wording change — once they have stayed up for
   * `settleMs` (their real test is whether runs get done, which the scenarios check).
   */
  async start(options: { timeoutMs?: number; settleMs?: number } = {}): Promise<void> {
    const { timeoutMs = 60_000, settleMs = 5_000 } = options;
    // BENCH_CPU_PROFILE_DIR=dir writes each server's V8 CPU profile there when it stops.
    const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    // BENCH_NODE_FLAGS='--flag …' starts each server with these Node flags (A/B of V8 settings).
    const nodeFlags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeFlags, ...profiling, MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        // Logs are only kept for failures; `warn` keeps per-request logging off the hot path.
        LOG_LEVEL: 'warn',
        // A stopped bench process should not wait the default 30 s for in-flight runs.
        FLUXO_SHUTDOWN_GRACE_SECONDS: '2',
        // The bench measures the engine's ceiling on one connection, not the per-connection cap.
        FLUXO_HOOK_RATE_PER_SECOND: '0',
        ...this.env,
        ...(this.port === null ? {} : { PORT: String(this.port), HOST: '127.0.0.1' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const append = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString('utf8')).slice(-LOG_TAIL_BYTES);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    live.add(child);
    this.exited = new Promise((done) =>
      child.once('exit', () => {
        live.delete(child);
        done();
      }),
    );
    this.child = child;

    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.exitStatus) throw new Error(`${this.label} stopped at start (${this.exitStatus})`);
      if (this.port === null) {
        if (/ready/i.test(this.log) || Date.now() - started >= settleMs) return;
      } else if (
        await fetch(`${this.baseUrl}/api/health`)
          .then((r) => r.ok)
          .catch(() => false)
      ) {
        return;
      }
      await sleep(200);
    }
    throw new Error(`${this.label} did not become ready within ${timeoutMs} ms`);
  }

  /** SIGKILL, as a crash or an OOM kill: no shutdown hook runs. Resolves once it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || this.exitStatus) return;
    child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, then SIGKILL if it is still there after `graceMs`; resolves once it is gone. */
  async stop(graceMs = 8_000): Promise<void> {
    const child = this.child;
    if (!child || this.exitStatus) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Polls until `condition` holds; false on timeout (callers decide whether that is fatal). */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(everyMs);
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}
