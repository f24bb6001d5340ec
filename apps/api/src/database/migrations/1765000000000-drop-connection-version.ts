import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `connection.version` was counted up on every edit and never read. */
export class DropConnectionVersion1765000000000 implements MigrationInterface {
  name = 'DropConnectionVersion1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE connection DROP COLUMN version`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE connection ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }
}
