import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeliveryCounts, DeliveryReportDto, DeliveryReportQuery } from '@fluxo/contracts';
import { DataSource } from 'typeorm';

interface CountRow extends DeliveryCounts {
  day: string;
  event: string;
}

const DAY_MS = 86_400_000;

/**
 * One statement groups the workspace's sends of the range by day (on the reader's wall clock)
 * and by the item's event; the index on (workspace_id, created_at) keeps it to the range's rows.
 */
const COUNT_SQL = `
  SELECT to_char(d.created_at AT TIME ZONE $5, 'YYYY-MM-DD') AS day,
         COALESCE(i.payload->>'event', '') AS event,
         count(*) FILTER (WHERE d.status = 'delivered')::int AS sent,
         count(*) FILTER (WHERE d.status = 'failed')::int AS failed,
         count(*) FILTER (WHERE d.status = 'skipped')::int AS skipped,
         count(*) FILTER (WHERE d.status = 'cancelled')::int AS cancelled,
         count(*) FILTER (WHERE d.status IN ('pending', 'sending', 'retrying', 'scheduled'))::int AS waiting
    FROM delivery d
    JOIN source_item i ON i.id = d.item_id
    JOIN run r ON r.id = d.run_id
   WHERE d.workspace_id = $1
     AND d.created_at >= ($2::date)::timestamp AT TIME ZONE $5
     AND d.created_at < ($3::date + 1)::timestamp AT TIME ZONE $5
     AND ($4::uuid IS NULL OR r.connection_id = $4::uuid)
   GROUP BY 1, 2
   ORDER BY 1, 2`;

const zero = (): DeliveryCounts => ({ sent: 0, failed: 0, skipped: 0, cancelled: 0, waiting: 0 });

function add(into: DeliveryCounts, row: DeliveryCounts): void {
  into.sent += row.sent;
  into.failed += row.failed;
  into.skipped += row.skipped;
  into.cancelled += row.cancelled;
  into.waiting += row.waiting;
}

/** What became of a workspace's sends, by day and by event, as the reports page shows them. */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async deliveries(workspaceId: string, query: DeliveryReportQuery): Promise<DeliveryReportDto> {
    const rows = await this.countRows(workspaceId, query);
    const days = new Map<string, DeliveryCounts>();
    for (let at = Date.parse(query.from); at <= Date.parse(query.to); at += DAY_MS) {
      days.set(new Date(at).toISOString().slice(0, 10), zero());
    }
    const events = new Map<string, DeliveryCounts>();
    const totals = zero();
    for (const row of rows) {
      add(days.get(row.day) ?? zero(), row);
      if (!events.has(row.event)) events.set(row.event, zero());
      add(events.get(row.event) as DeliveryCounts, row);
      add(totals, row);
    }
    return {
      from: query.from,
      to: query.to,
      days: [...days].map(([day, counts]) => ({ day, ...counts })),
      events: [...events].map(([event, counts]) => ({ event, ...counts })),
      totals,
    };
  }

  /** The report by day and event, one line each, for a spreadsheet. */
  async deliveriesCsv(workspaceId: string, query: DeliveryReportQuery): Promise<string> {
    const rows = await this.countRows(workspaceId, query);
    const lines = rows.map((row) =>
      [
        row.day,
        csvCell(row.event),
        row.sent,
        row.failed,
        row.skipped,
        row.cancelled,
        row.waiting,
      ].join(','),
    );
    return ['day,event,sent,failed,skipped,cancelled,waiting', ...lines].join('\r\n') + '\r\n';
  }

  private countRows(workspaceId: string, query: DeliveryReportQuery): Promise<CountRow[]> {
    return this.dataSource.query(COUNT_SQL, [
      workspaceId,
      query.from,
      query.to,
      query.connectionId ?? null,
      query.timezone,
    ]);
  }
}

/** A CSV cell; a leading =, +, - or @ is neutralised so a spreadsheet never runs it. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
