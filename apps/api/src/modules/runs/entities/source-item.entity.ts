import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('source_item')
export class SourceItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'connection_id' }) connectionId!: string;
  @Column('uuid', { name: 'run_id', nullable: true }) runId!: string | null;
  @Column('uuid', { name: 'inbound_event_id', nullable: true }) inboundEventId!: string | null;
  /** Unique per connection: the same vendor event never becomes two items. */
  @Column('text', { name: 'dedupe_key' }) dedupeKey!: string;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  /** When the source's `hydrate` completed the payload a call brought. */
  @Column('timestamptz', { name: 'hydrated_at', nullable: true }) hydratedAt!: Date | null;
}
