import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';

/** The embedded database's wire server, through the same `pg` driver the API uses. */
describe('Embedded database (PGlite on a loopback port)', () => {
  let dataDir: string;
  let database: EmbeddedDatabase;
  const clients: Client[] = [];

  async function connected(options: { ssl?: boolean } = {}): Promise<Client> {
    const client = new Client({ connectionString: database.url, ...options });
    clients.push(client);
    await client.connect();
    return client;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fluxo-embedded-'));
    database = await startEmbeddedDatabase(dataDir);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should answer prepared statements, again and again, and stay usable after an error', async () => {
    const client = await connected();
    const add = { name: 'add_one', text: 'SELECT $1::int + 1 AS n' };

    const first = await client.query({ ...add, values: [1] });
    const second = await client.query({ ...add, values: [41] });
    const failed = await client.query('SELECT 1 / 0').catch((error: { code?: string }) => error);
    const after = await client.query({ ...add, values: [2] });

    expect([first.rows[0].n, second.rows[0].n, after.rows[0].n]).toEqual([2, 42, 3]);
    expect(failed).toMatchObject({ code: '22012' });
    await client.end();
  });

  it('should send an answer larger than one write whole', async () => {
    const client = await connected();

    const { rows } = await client.query<{ text: string }>(`SELECT repeat('x', 3000000) AS text`);

    expect(rows[0].text).toHaveLength(3_000_000);
    await client.end();
  });

  it('should let a second client wait for the first to hang up, and roll back what the first left open', async () => {
    const first = await connected();
    await first.query('CREATE TABLE left_open (n int)');
    await first.query('BEGIN');
    await first.query('INSERT INTO left_open VALUES (1)');
    let secondIn = false;
    const second = connected().then((client) => {
      secondIn = true;
      return client;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const waitedWhileFirstWasOn = !secondIn;

    await first.end();
    const secondClient = await second;
    const { rows } = await secondClient.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM left_open',
    );

    expect(waitedWhileFirstWasOn).toBe(true);
    expect(rows[0].count).toBe(0);
    await secondClient.end();
  });

  it('should say it has no TLS when a client asks for it', async () => {
    const refused = await connected({ ssl: true }).catch((error: Error) => error);

    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/does not support SSL/);
  });
});
