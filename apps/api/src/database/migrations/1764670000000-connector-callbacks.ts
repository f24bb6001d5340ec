import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the payment and messaging connectors need from the engine: items completed in the run
 * (hydrate), runs that wait to read their source again, vendors' later delivery reports, and
 * the state of an OAuth consent in flight.
 */
export class ConnectorCallbacks1764670000000 implements MigrationInterface {
  name = 'ConnectorCallbacks1764670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Set once the source completed the item (e.g. fetched the payment a notification names).
      ALTER TABLE source_item ADD COLUMN hydrated_at timestamptz;
      -- One item per status of a vendor object: two notifications that both find a payment
      -- approved must not send twice (Mercado Pago's created + updated).
      CREATE UNIQUE INDEX uq_source_item_status_key ON source_item (connection_id, (payload->>'_statusKey'))
        WHERE payload ? '_statusKey' AND NOT payload ? '_ignored';
      -- A run whose source could not be read yet waits until retry_at and tries again.
      ALTER TABLE run
        ADD COLUMN retry_at timestamptz,
        ADD COLUMN source_attempts integer NOT NULL DEFAULT 0;
      CREATE INDEX idx_run_retry_at ON run (retry_at) WHERE status = 'queued' AND retry_at IS NOT NULL;
      -- What the vendor said later about a sent message (Twilio's delivered / undelivered).
      ALTER TABLE delivery ADD COLUMN vendor_status jsonb;
      -- Status callbacks are stored like hook calls but are not "the platform called the URL".
      ALTER TABLE inbound_event ADD COLUMN kind text NOT NULL DEFAULT 'hook',
        ADD CONSTRAINT chk_inbound_event_kind CHECK (kind IN ('hook', 'status-callback'));
      -- Retention deletes by age across all connections.
      CREATE INDEX idx_source_item_received_at ON source_item (received_at);
      CREATE INDEX idx_inbound_event_received_at ON inbound_event (received_at);

      CREATE TABLE oauth_state (
        id text PRIMARY KEY,
        workspace_id uuid NOT NULL,
        connector_key text NOT NULL,
        account_name text NOT NULL,
        code_verifier text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_oauth_state_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX idx_oauth_state_created_at ON oauth_state (created_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE oauth_state;
      DROP INDEX idx_inbound_event_received_at;
      DROP INDEX idx_source_item_received_at;
      ALTER TABLE inbound_event DROP CONSTRAINT chk_inbound_event_kind, DROP COLUMN kind;
      ALTER TABLE delivery DROP COLUMN vendor_status;
      DROP INDEX idx_run_retry_at;
      ALTER TABLE run DROP COLUMN source_attempts, DROP COLUMN retry_at;
      DROP INDEX uq_source_item_status_key;
      ALTER TABLE source_item DROP COLUMN hydrated_at;
    `);
  }
}
