import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../common/secret-box';
import type { RawHookCall } from './inbound-call';

/** A held call as the inbound log keeps it. */
export interface HeldCallRow {
  id: string;
  method: string;
  url: string | null;
  headers: Record<string, string>;
  query: Record<string, string>;
  body: Buffer;
  sealed_body: string | null;
  hook_token: string;
  received_at: Date;
}

const HELD_CALL_COLUMNS = `e.id, e.method, e.url, e.headers, e.query, e.body, e.sealed_body, e.received_at, c.hook_token`;

/**
 * Reads the calls a connection holds (see HooksService.receive), and gives each back as it
 * arrived: processing them and showing the newest as test data read them the same way.
 */
@Injectable()
export class HeldCallStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secretBox: SecretBox,
  ) {}

  /** The oldest `limit` calls still held, in arrival order. */
  oldest(connectionId: string, limit: number): Promise<HeldCallRow[]> {
    return this.dataSource.query(
      `SELECT ${HELD_CALL_COLUMNS}
         FROM inbound_event e JOIN connection c ON c.id = e.connection_id
        WHERE e.connection_id = $1 AND e.status = 'held'
        ORDER BY e.received_at, e.id LIMIT ${Number(limit)}`,
      [connectionId],
    );
  }

  /** The call held last, null when none waits. */
  async newest(connectionId: string): Promise<HeldCallRow | null> {
    const rows: HeldCallRow[] = await this.dataSource.query(
      `SELECT ${HELD_CALL_COLUMNS}
         FROM inbound_event e JOIN connection c ON c.id = e.connection_id
        WHERE e.connection_id = $1 AND e.status = 'held'
        ORDER BY e.received_at DESC, e.id DESC LIMIT 1`,
      [connectionId],
    );
    return rows[0] ?? null;
  }

  /** One held call of the connection; null when it is not held (any more). */
  async find(connectionId: string, eventId: string): Promise<HeldCallRow | null> {
    const rows: HeldCallRow[] = await this.dataSource.query(
      `SELECT ${HELD_CALL_COLUMNS}
         FROM inbound_event e JOIN connection c ON c.id = e.connection_id
        WHERE e.connection_id = $1 AND e.id = $2 AND e.status = 'held'`,
      [connectionId, eventId],
    );
    return rows[0] ?? null;
  }

  /** The call as it arrived: the sealed original body where the log keeps a masked one. */
  callOf(row: HeldCallRow): RawHookCall {
    const body = row.sealed_body
      ? Buffer.from(this.secretBox.openOrThrow<string>(row.sealed_body), 'base64')
      : row.body;
    return {
      method: row.method,
      url: row.url ?? `http://localhost/hooks/${row.hook_token}`,
      headers: row.headers,
      query: row.query,
      body,
    };
  }
}
