import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every call to a hook URL of a known connection, stored before it is answered. */
@Entity('inbound_event')
export class InboundEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'connection_id' }) connectionId!: string;
  @Column('text') method!: string;
  @Column('jsonb') headers!: Record<string, string>;
  @Column('jsonb') query!: Record<string, string>;
  @Column('text', { name: 'content_type' }) contentType!: string;
  /** As received, or with the source's secret fields masked (then see sealedBody). */
  @Column('bytea') body!: Buffer;
  /** The bytes as received, sealed with the instance key, when `body` is masked. */
  @Column('text', { name: 'sealed_body', nullable: true }) sealedBody!: string | null;
  /** `held`: waits for the user to switch the connection on (then accepted or rejected) or discard it. */
  @Column('text') status!: 'accepted' | 'rejected' | 'held' | 'discarded';
  /** The URL the caller used; kept for held calls, whose signature may cover it. */
  @Column('text', { nullable: true }) url!: string | null;
  @Column('text', { nullable: true }) error!: string | null;
  @Column('text') kind!: 'hook' | 'status-callback';
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
}
