import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Only when" conditions on a connection and on each receiver (null: every item), and the
 * `skipped` delivery: an item a condition turned away, recorded with the reason.
 */
export class Conditions1765100000000 implements MigrationInterface {
  name = 'Conditions1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE connection ADD COLUMN conditions jsonb`);
    await queryRunner.query(`ALTER TABLE step ADD COLUMN conditions jsonb`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT chk_delivery_status`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT chk_delivery_status
         CHECK (status IN ('pending', 'sending', 'delivered', 'retrying', 'failed', 'skipped'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM delivery WHERE status = 'skipped'`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT chk_delivery_status`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT chk_delivery_status
         CHECK (status IN ('pending', 'sending', 'delivered', 'retrying', 'failed'))`,
    );
    await queryRunner.query(`ALTER TABLE step DROP COLUMN conditions`);
    await queryRunner.query(`ALTER TABLE connection DROP COLUMN conditions`);
  }
}
