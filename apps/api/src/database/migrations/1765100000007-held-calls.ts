import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Held calls: a call to a switched-off connection (or to a signed source whose account is not
 * chosen yet) is stored and answered 200, then processed or discarded when the user decides.
 * The URL the vendor called is kept for them: some signatures cover it (Twilio's).
 */
export class HeldCalls1765100000007 implements MigrationInterface {
  name = 'HeldCalls1765100000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inbound_event DROP CONSTRAINT chk_inbound_event_status`);
    await queryRunner.query(
      `ALTER TABLE inbound_event ADD CONSTRAINT chk_inbound_event_status
         CHECK (status IN ('accepted', 'rejected', 'held', 'discarded'))`,
    );
    await queryRunner.query(`ALTER TABLE inbound_event ADD COLUMN url text`);
    await queryRunner.query(
      `CREATE INDEX idx_inbound_event_held ON inbound_event (connection_id, received_at)
         WHERE status = 'held'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_inbound_event_held`);
    await queryRunner.query(`ALTER TABLE inbound_event DROP COLUMN url`);
    await queryRunner.query(
      `UPDATE inbound_event SET status = 'rejected' WHERE status IN ('held', 'discarded')`,
    );
    await queryRunner.query(`ALTER TABLE inbound_event DROP CONSTRAINT chk_inbound_event_status`);
    await queryRunner.query(
      `ALTER TABLE inbound_event ADD CONSTRAINT chk_inbound_event_status
         CHECK (status IN ('accepted', 'rejected'))`,
    );
  }
}
