import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scheduling, polling and failure bookkeeping of the run engine. */
export class RunEngine1763910000000 implements MigrationInterface {
  name = 'RunEngine1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE connection
        ADD COLUMN consecutive_failures integer NOT NULL DEFAULT 0,
        ADD COLUMN disabled_reason text,
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN empty_polls integer NOT NULL DEFAULT 0,
        ADD COLUMN last_polled_at timestamptz;

      -- Set once, when a run first reaches a final status: chains and failure counts fire then,
      -- and a later manual retry of one delivery does not fire them again.
      ALTER TABLE run ADD COLUMN settled_at timestamptz;
      UPDATE run SET settled_at = finished_at WHERE finished_at IS NOT NULL;

      CREATE INDEX idx_run_caused_by_run_id ON run (caused_by_run_id);
      CREATE INDEX idx_connection_after ON connection ((trigger->>'connectionId')) WHERE trigger->>'type' = 'after';
      CREATE INDEX idx_run_started_at ON run (started_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX idx_run_started_at;
      DROP INDEX idx_connection_after;
      DROP INDEX idx_run_caused_by_run_id;
      ALTER TABLE run DROP COLUMN settled_at;
      ALTER TABLE connection
        DROP COLUMN last_polled_at,
        DROP COLUMN empty_polls,
        DROP COLUMN disabled_at,
        DROP COLUMN disabled_reason,
        DROP COLUMN consecutive_failures;
    `);
  }
}
