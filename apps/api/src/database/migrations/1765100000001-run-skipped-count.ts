import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many of a run's deliveries its conditions skipped, beside delivered and failed. */
export class RunSkippedCount1765100000001 implements MigrationInterface {
  name = 'RunSkippedCount1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE run ADD COLUMN deliveries_skipped integer NOT NULL DEFAULT 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE run DROP COLUMN deliveries_skipped`);
  }
}
