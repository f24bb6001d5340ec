import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { benchConfig } from '../lib/config';
import { freshPostgres } from '../lib/databases';

export interface Ceiling {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface IngestCeiling {
  /** A bare node:http server answering each POST: what the machine allows at all. */
  bareHttp: Ceiling;
  /** A Fastify route that INSERTs each body into PostgreSQL and answers after the commit. */
  oneInsert: Ceiling;
}

/** The same JSON body the ingest scenario posts. */
export const INGEST_BODY = JSON.stringify({
  name: 'Ana Lima',
  email: 'ana@example.com',
  amount: '49.90',
});

/**
 * What this machine allows, measured in the same run with the same autocannon, body,
 * connections and time as Fluxo's ingest, each server in a process of its own (as Fluxo's is):
 * a bare node:http server that reads the body and answers 200, and a Fastify route that stores
 * each body with one INSERT (its own commit) in a fresh PostgreSQL database before answering.
 * Fluxo's ingest is printed as a share of them, so figures from different machines compare.
 */
export async function measureIngestCeiling(): Promise<IngestCeiling> {
  const bareHttp = await loadChild(
    `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => {
       s.writeHead(200, { 'content-type': 'application/json' }).end('{"accepted":true}'); }); })
     .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
  );
  const database = await freshPostgres();
  try {
    const oneInsert = await loadChild(
      `const pool = new (require(${JSON.stringify(require.resolve('pg'))}).Pool)({
         connectionString: ${JSON.stringify(database.url)}, max: 20 });
       const app = require(${JSON.stringify(require.resolve('fastify'))})();
       app.post('/hooks/:token', async (request) => {
         await pool.query('INSERT INTO hook_call (token, body) VALUES ($1, $2)',
           [request.params.token, request.body]);
         return { accepted: true };
       });
       pool.query('CREATE TABLE hook_call (id bigserial PRIMARY KEY, token text, body jsonb, ' +
         'received_at timestamptz DEFAULT now())')
         .then(() => app.listen({ port: 0, host: '127.0.0.1' }))
         .then(() => console.log(app.server.address().port));`,
    );
    return { bareHttp, oneInsert };
  } finally {
    await database.drop();
  }
}

/** Starts `script` (it prints its port), loads it like Fluxo's ingest, and stops it. */
async function loadChild(script: string): Promise<Ceiling> {
  const { seconds, connections } = benchConfig.ingest;
  const server = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`the ceiling server exited (${code})`)));
      server.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    });
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/hooks/ceiling`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: INGEST_BODY,
      connections,
      duration: seconds,
    });
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
    };
  } finally {
    server.removeAllListeners('exit');
    server.kill();
  }
}
