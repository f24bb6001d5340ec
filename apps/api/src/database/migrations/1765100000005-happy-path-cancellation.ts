import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Happy-path cancellation: a receiver's `cancel_when`, the key each waiting send keeps, and
 * who cancelled it. The partial indexes keep both lookups small: listeners are the few steps
 * that cancel, and only waiting sends are looked up by key.
 */
export class HappyPathCancellation1765100000005 implements MigrationInterface {
  name = 'HappyPathCancellation1765100000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE step ADD COLUMN cancel_when jsonb`);
    await queryRunner.query(
      `CREATE INDEX idx_step_cancel_listeners ON step (workspace_id) WHERE cancel_when IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE delivery ADD COLUMN cancel_key text,
         ADD COLUMN cancelled_at timestamptz,
         ADD COLUMN cancelled_by_item_id uuid,
         ADD COLUMN cancelled_by_connection_id uuid`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_delivery_cancel_key ON delivery (step_id, cancel_key)
         WHERE status = 'scheduled' AND cancel_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_delivery_cancel_key`);
    await queryRunner.query(
      `ALTER TABLE delivery DROP COLUMN cancel_key, DROP COLUMN cancelled_at,
         DROP COLUMN cancelled_by_item_id, DROP COLUMN cancelled_by_connection_id`,
    );
    await queryRunner.query(`DROP INDEX idx_step_cancel_listeners`);
    await queryRunner.query(`ALTER TABLE step DROP COLUMN cancel_when`);
  }
}
