import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An item keeps the id of the hook call that brought it, without a foreign key. The key's ON
 * DELETE SET NULL had no index to find the items of a deleted call, so retention deleting
 * calls read the whole item table once per call: 200 calls beside 200,000 items took 6.0 s
 * (1.9 ms without it), and items are never deleted (their dedupe keys stay). Readers only ask
 * whether an item came from a call at all (ItemHydrator), which a dangling id still answers;
 * and every item stored no longer checks and locks its call's row.
 */
export class ItemCallLink1765100000017 implements MigrationInterface {
  name = 'ItemCallLink1765100000017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE source_item DROP CONSTRAINT fk_source_item_inbound_event`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE source_item SET inbound_event_id = NULL
        WHERE inbound_event_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM inbound_event e WHERE e.id = source_item.inbound_event_id)`,
    );
    await queryRunner.query(
      `ALTER TABLE source_item ADD CONSTRAINT fk_source_item_inbound_event
         FOREIGN KEY (inbound_event_id) REFERENCES inbound_event (id) ON DELETE SET NULL`,
    );
  }
}
