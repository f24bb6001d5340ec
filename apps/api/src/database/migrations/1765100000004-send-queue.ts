import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The send queue's two actions on a waiting send: "send now" (marked, so the delay is not
 * worked out again) and "cancel" (a final `cancelled` delivery).
 */
export class SendQueue1765100000004 implements MigrationInterface {
  name = 'SendQueue1765100000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE delivery ADD COLUMN send_now boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT chk_delivery_status`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT chk_delivery_status CHECK (status IN
         ('pending', 'sending', 'delivered', 'retrying', 'failed', 'skipped', 'scheduled', 'cancelled'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE delivery SET status = 'skipped' WHERE status = 'cancelled'`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT chk_delivery_status`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT chk_delivery_status CHECK (status IN
         ('pending', 'sending', 'delivered', 'retrying', 'failed', 'skipped', 'scheduled'))`,
    );
    await queryRunner.query(`ALTER TABLE delivery DROP COLUMN send_now`);
  }
}
