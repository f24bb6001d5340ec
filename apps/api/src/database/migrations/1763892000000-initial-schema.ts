import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The core model of ARCHITECTURE.md. Never edit after merge: add a new migration instead. */
export class InitialSchema1763892000000 implements MigrationInterface {
  name = 'InitialSchema1763892000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE workspace (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE "user" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_user_email UNIQUE (email)
      );

      CREATE TABLE workspace_member (
        workspace_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL DEFAULT 'owner',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_workspace_member PRIMARY KEY (workspace_id, user_id),
        CONSTRAINT fk_workspace_member_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_workspace_member_user FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE,
        CONSTRAINT chk_workspace_member_role CHECK (role IN ('owner', 'member'))
      );
      CREATE INDEX idx_workspace_member_user_id ON workspace_member (user_id);

      CREATE TABLE session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL,
        workspace_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_session_user FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE,
        CONSTRAINT fk_session_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX idx_session_user_id ON session (user_id);

      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        connector_key text NOT NULL,
        name text NOT NULL,
        public_credentials jsonb NOT NULL DEFAULT '{}',
        secret_credentials text NOT NULL,
        last_check jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_account_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX idx_account_workspace_id ON account (workspace_id);

      CREATE TABLE connection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        name text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        trigger jsonb NOT NULL DEFAULT '{"type":"manual"}',
        next_run_at timestamptz,
        state jsonb NOT NULL DEFAULT '{}',
        hook_token text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_connection_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_connection_hook_token UNIQUE (hook_token)
      );
      CREATE INDEX idx_connection_workspace_id ON connection (workspace_id);
      CREATE INDEX idx_connection_next_run_at ON connection (next_run_at) WHERE enabled;

      CREATE TABLE step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        connection_id uuid NOT NULL,
        role text NOT NULL,
        connector_key text NOT NULL,
        action_key text NOT NULL,
        account_id uuid,
        settings jsonb NOT NULL DEFAULT '{}',
        mapping jsonb NOT NULL DEFAULT '{}',
        position jsonb NOT NULL DEFAULT '{"x":0,"y":0}',
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_step_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_step_connection FOREIGN KEY (connection_id) REFERENCES connection (id) ON DELETE CASCADE,
        CONSTRAINT fk_step_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE RESTRICT,
        CONSTRAINT chk_step_role CHECK (role IN ('source', 'receiver'))
      );
      CREATE INDEX idx_step_connection_id ON step (connection_id);
      CREATE INDEX idx_step_account_id ON step (account_id);
      CREATE UNIQUE INDEX uq_step_one_source_per_connection ON step (connection_id) WHERE role = 'source';

      CREATE TABLE inbound_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        connection_id uuid NOT NULL,
        method text NOT NULL,
        headers jsonb NOT NULL,
        query jsonb NOT NULL DEFAULT '{}',
        content_type text NOT NULL DEFAULT '',
        body bytea NOT NULL,
        status text NOT NULL,
        error text,
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_inbound_event_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_inbound_event_connection FOREIGN KEY (connection_id) REFERENCES connection (id) ON DELETE CASCADE,
        CONSTRAINT chk_inbound_event_status CHECK (status IN ('accepted', 'rejected'))
      );
      CREATE INDEX idx_inbound_event_connection_id_received_at ON inbound_event (connection_id, received_at DESC);

      CREATE TABLE run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        connection_id uuid NOT NULL,
        cause text NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        items_count integer NOT NULL DEFAULT 0,
        deliveries_ok integer NOT NULL DEFAULT 0,
        deliveries_failed integer NOT NULL DEFAULT 0,
        error text,
        caused_by_run_id uuid,
        lease_until timestamptz,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT fk_run_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_run_connection FOREIGN KEY (connection_id) REFERENCES connection (id) ON DELETE CASCADE,
        CONSTRAINT fk_run_caused_by_run FOREIGN KEY (caused_by_run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT chk_run_cause CHECK (cause IN ('schedule', 'manual', 'chain', 'instant', 'test')),
        CONSTRAINT chk_run_status CHECK (status IN ('queued', 'running', 'succeeded', 'partial', 'failed'))
      );
      CREATE INDEX idx_run_connection_id_started_at ON run (connection_id, started_at DESC);
      CREATE INDEX idx_run_unfinished ON run (status) WHERE status IN ('queued', 'running');

      CREATE TABLE source_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        connection_id uuid NOT NULL,
        run_id uuid,
        inbound_event_id uuid,
        dedupe_key text NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_source_item_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_source_item_connection FOREIGN KEY (connection_id) REFERENCES connection (id) ON DELETE CASCADE,
        CONSTRAINT fk_source_item_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE SET NULL,
        CONSTRAINT fk_source_item_inbound_event FOREIGN KEY (inbound_event_id) REFERENCES inbound_event (id) ON DELETE SET NULL,
        CONSTRAINT uq_source_item_connection_dedupe_key UNIQUE (connection_id, dedupe_key)
      );
      CREATE INDEX idx_source_item_run_id ON source_item (run_id);
      CREATE INDEX idx_source_item_connection_id_received_at ON source_item (connection_id, received_at DESC);

      CREATE TABLE delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        run_id uuid NOT NULL,
        item_id uuid NOT NULL,
        step_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        payload jsonb NOT NULL DEFAULT '{}',
        response jsonb,
        error text,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_delivery_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_delivery_run FOREIGN KEY (run_id) REFERENCES run (id) ON DELETE CASCADE,
        CONSTRAINT fk_delivery_item FOREIGN KEY (item_id) REFERENCES source_item (id) ON DELETE CASCADE,
        CONSTRAINT fk_delivery_step FOREIGN KEY (step_id) REFERENCES step (id) ON DELETE CASCADE,
        CONSTRAINT uq_delivery_item_step UNIQUE (item_id, step_id),
        CONSTRAINT chk_delivery_status CHECK (status IN ('pending', 'sending', 'delivered', 'retrying', 'failed'))
      );
      CREATE INDEX idx_delivery_run_id ON delivery (run_id);
      CREATE INDEX idx_delivery_due ON delivery (next_attempt_at) WHERE status = 'retrying';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE delivery;
      DROP TABLE source_item;
      DROP TABLE run;
      DROP TABLE inbound_event;
      DROP TABLE step;
      DROP TABLE connection;
      DROP TABLE account;
      DROP TABLE session;
      DROP TABLE workspace_member;
      DROP TABLE "user";
      DROP TABLE workspace;
    `);
  }
}
