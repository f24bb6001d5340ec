import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The send time a receiver's delay asked for, kept when it had already passed and the item went
 * at once: run details say so.
 */
export class DeliveryAskedFor1765100000003 implements MigrationInterface {
  name = 'DeliveryAskedFor1765100000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE delivery ADD COLUMN asked_for timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE delivery DROP COLUMN asked_for`);
  }
}
