import type { Conditions, StartFrom, Trigger } from '@fluxo/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('connection')
export class ConnectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text') name!: string;
  @Column('boolean') enabled!: boolean;
  @Column('jsonb') trigger!: Trigger;
  /** Only the items that meet them reach any receiver; null: every item. */
  @Column('jsonb', { nullable: true }) conditions!: Conditions | null;
  @Column('timestamptz', { name: 'next_run_at', nullable: true }) nextRunAt!: Date | null;
  @Column('jsonb') state!: ConnectionState;
  @Column('text', { name: 'hook_token' }) hookToken!: string;
  @Column('integer', { name: 'consecutive_failures' }) consecutiveFailures!: number;
  @Column('text', { name: 'disabled_reason', nullable: true }) disabledReason!: string | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('integer', { name: 'empty_polls' }) emptyPolls!: number;
  @Column('timestamptz', { name: 'last_polled_at', nullable: true }) lastPolledAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** What the engine remembers between runs; survives edits of the connection's steps. */
export interface ConnectionState {
  polling?: {
    startFrom: StartFrom;
    cursor?: unknown;
    /** The first poll marks what already existed as seen (unless starting from all items). */
    baselineTaken: boolean;
    /**
     * When "new items only" began (switched on, or the start point saved while on), to the
     * second: the first poll still delivers what changed after it, so a change between
     * switching on and the first scheduled poll is not taken for the baseline.
     */
    newSince?: string;
  };
}
