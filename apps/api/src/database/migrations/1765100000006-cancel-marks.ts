import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a cancelling item said, kept for the sends that were not waiting yet when it came: a
 * send whose item arrived earlier but was still being planned takes its key afterwards, finds
 * the mark, and is cancelled instead of waiting (see DeliveryLedger.cancelIfMarked).
 */
export class CancelMarks1765100000006 implements MigrationInterface {
  name = 'CancelMarks1765100000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE cancel_mark (
         id bigserial PRIMARY KEY,
         step_id uuid NOT NULL REFERENCES step (id) ON DELETE CASCADE,
         cancel_key text NOT NULL,
         item_id uuid NOT NULL,
         connection_id uuid NOT NULL,
         received_at timestamptz NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_cancel_mark_key ON cancel_mark (step_id, cancel_key)`,
    );
    await queryRunner.query(`CREATE INDEX idx_cancel_mark_created_at ON cancel_mark (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cancel_mark`);
  }
}
