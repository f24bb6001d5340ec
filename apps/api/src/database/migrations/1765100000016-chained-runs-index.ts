import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Only runs chained "after" another one have a cause; every other run (each hook call, each
 * scheduled poll) still put a NULL into the index, one of the five entries its insert writes.
 * The index's one reader, the foreign key's ON DELETE SET NULL when retention deletes a run,
 * looks for `caused_by_run_id = $1`, which implies NOT NULL: the partial index serves it.
 */
export class ChainedRunsIndex1765100000016 implements MigrationInterface {
  name = 'ChainedRunsIndex1765100000016';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_run_caused_by_run_id`);
    await queryRunner.query(
      `CREATE INDEX idx_run_caused_by_run_id ON run (caused_by_run_id) WHERE caused_by_run_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_run_caused_by_run_id`);
    await queryRunner.query(`CREATE INDEX idx_run_caused_by_run_id ON run (caused_by_run_id)`);
  }
}
