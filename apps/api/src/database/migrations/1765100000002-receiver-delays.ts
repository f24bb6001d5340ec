import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A receiver's delay (null: at once), and the `scheduled` delivery: waiting for its send time
 * in `next_attempt_at`, found by the sweep through its own index.
 */
export class ReceiverDelays1765100000002 implements MigrationInterface {
  name = 'ReceiverDelays1765100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE step ADD COLUMN delay jsonb`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT chk_delivery_status`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT chk_delivery_status CHECK (status IN
         ('pending', 'sending', 'delivered', 'retrying', 'failed', 'skipped', 'scheduled'))`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_delivery_scheduled ON delivery (next_attempt_at) WHERE status = 'scheduled'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_delivery_scheduled`);
    await queryRunner.query(`UPDATE delivery SET status = 'pending' WHERE status = 'scheduled'`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT chk_delivery_status`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT chk_delivery_status CHECK (status IN
         ('pending', 'sending', 'delivered', 'retrying', 'failed', 'skipped'))`,
    );
    await queryRunner.query(`ALTER TABLE step DROP COLUMN delay`);
  }
}
