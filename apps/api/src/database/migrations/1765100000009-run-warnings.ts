import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a run's read of its source could not read while the rest was read (shown on the run). */
export class RunWarnings1765100000009 implements MigrationInterface {
  name = 'RunWarnings1765100000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Nullable without a default: adding it rewrites nothing, and most runs never have any.
    await queryRunner.query(`ALTER TABLE run ADD COLUMN warnings text[]`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE run DROP COLUMN warnings`);
  }
}
