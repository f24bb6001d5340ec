import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sleep, waitUntil } from '../../bench/lib/fluxo-server';

/**
 * Chaos restarts the database and Redis; the machine's own servers are shared (CI runs its
 * test suites against them), so each scenario gets private ones on free ports instead.
 */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort().pop() : undefined;
  if (!version)
    throw new Error('PostgreSQL server binaries are not installed (/usr/lib/postgresql)');
  return join(root, version, 'bin');
}

/** initdb and the server refuse to run as root; the postgres account runs them then. */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
}

export class PrivatePostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'fluxo-chaos-pg-'));
    if (process.getuid?.() === 0) chownSync(dir, ...postgresIds());
    const [command, args] = asPostgres(join(postgresBin(), 'initdb'), [
      '-D',
      join(dir, 'data'),
      '-A',
      'trust',
      '-U',
      'postgres',
    ]);
    execFileSync(command, args, { stdio: 'ignore' });
    const server = new PrivatePostgres(dir, await freePort());
    server.control('start');
    return server;
  }

  /** Stops at once, as a crash would (no checkpoint), then starts again. */
  restart(): void {
    this.control('restart', ['-m', 'immediate']);
  }

  stop(): void {
    try {
      this.control('stop', ['-m', 'immediate']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private control(action: string, extra: string[] = []): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`;
    const [command, args] = asPostgres(join(postgresBin(), 'pg_ctl'), [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-o',
      options,
      ...extra,
      action,
    ]);
    execFileSync(command, args, { stdio: 'ignore' });
  }
}

function postgresIds(): [number, number] {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return [uid, gid];
}

export class PrivateRedis {
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.launch();
    return redis;
  }

  /** kill -9: whatever it held in memory (it keeps nothing on disk) is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  }

  async launch(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const up = await waitUntil(async () => {
      try {
        execFileSync('redis-cli', ['-p', String(this.port), 'ping'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    }, 10_000);
    if (!up) throw new Error('the private Redis did not start');
  }

  async stop(): Promise<void> {
    await this.kill();
    await sleep(10);
  }
}
