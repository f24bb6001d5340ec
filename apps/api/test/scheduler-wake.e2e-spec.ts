import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SchedulerService } from '../src/modules/scheduler/scheduler.service';
import { startTestApp, type TestApp } from './support/test-app';

describe('Scheduler wake (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    // Only the wake may fire a tick here: the 1 s interval would claim the connection too.
    sut.app.get(SchedulerRegistry).deleteInterval('scheduler');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should fire a connection due before the next interval tick from a timer set for its due time', async () => {
    await sut.signUp();
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO connection (workspace_id, name, enabled, trigger, next_run_at, hook_token)
       SELECT id, 'Due soon', true, '{"type":"interval","minutes":5}',
              now() + interval '300 milliseconds', md5(random()::text)
         FROM workspace LIMIT 1
       RETURNING id`,
    );

    expect(await sut.app.get(SchedulerService).tick()).toBe(0);

    const claimed = async () =>
      (
        (await db.query(`SELECT count(*)::int AS runs FROM run WHERE connection_id = $1`, [
          id,
        ])) as { runs: number }[]
      )[0].runs;
    const deadline = Date.now() + 5_000;
    while ((await claimed()) === 0 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(await claimed()).toBe(1);
  });
});
