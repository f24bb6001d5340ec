import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls whose source declares secret body fields (PayT's integration key, PagHiper's API key)
 * are kept masked in `body`; the bytes as received are kept only sealed with the instance key.
 */
export class SealedInboundSecrets1764900000000 implements MigrationInterface {
  name = 'SealedInboundSecrets1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inbound_event ADD COLUMN sealed_body text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inbound_event DROP COLUMN sealed_body`);
  }
}
