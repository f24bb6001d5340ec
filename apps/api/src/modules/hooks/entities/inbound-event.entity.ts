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
  @Column('bytea') body!: Buffer;
  @Column('text') status!: 'accepted' | 'rejected';
  @Column('text', { nullable: true }) error!: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
}
