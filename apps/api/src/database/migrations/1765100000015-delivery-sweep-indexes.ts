import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indexes the delivery sweep reads, measured while 100,000 sends fell due in a minute:
 * - Every sweep looks for deliveries left `sending` past their lease (a process died mid-call).
 *   Without an index of its own that read every delivery row: 19 ms a sweep at 200,000 waiting
 *   sends, once a second while the burst drained. Few rows are `sending` at a time.
 * - Due retries and waiting sends are taken oldest first, by (next_attempt_at, id): the keyset
 *   cursor of queue mode's sweep needs the id. Indexed on the time alone, every read sorted all
 *   the due rows to take the first 500 (5–12 ms a batch in the burst).
 */
export class DeliverySweepIndexes1765100000015 implements MigrationInterface {
  name = 'DeliverySweepIndexes1765100000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX idx_delivery_sending ON delivery (updated_at) WHERE status = 'sending'`,
    );
    await queryRunner.query(`DROP INDEX idx_delivery_due`);
    await queryRunner.query(
      `CREATE INDEX idx_delivery_due ON delivery (next_attempt_at, id) WHERE status = 'retrying'`,
    );
    await queryRunner.query(`DROP INDEX idx_delivery_scheduled`);
    await queryRunner.query(
      `CREATE INDEX idx_delivery_scheduled ON delivery (next_attempt_at, id) WHERE status = 'scheduled'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_delivery_sending`);
    await queryRunner.query(`DROP INDEX idx_delivery_due`);
    await queryRunner.query(
      `CREATE INDEX idx_delivery_due ON delivery (next_attempt_at) WHERE status = 'retrying'`,
    );
    await queryRunner.query(`DROP INDEX idx_delivery_scheduled`);
    await queryRunner.query(
      `CREATE INDEX idx_delivery_scheduled ON delivery (next_attempt_at) WHERE status = 'scheduled'`,
    );
  }
}
