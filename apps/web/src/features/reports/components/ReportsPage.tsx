import type { DeliveryCounts } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { t } from '@/app/i18n/t';
import { formatDay, formatNumber } from '@/app/ui/format';
import { ErrorState, LoadingState } from '@/app/ui/states';
import { useConnections } from '@/features/connections/api/connections.api';
import { useConnectors } from '@/features/connectors/api/connectors.api';
import { deliveryReportCsvUrl, useDeliveryReport, type ReportRange } from '../api/reports.api';
import { eventLabelOf } from '../event-labels';
import { DeliveryChart } from './DeliveryChart';
import { StoreChecklist } from './StoreChecklist';
import './reports.css';

const COLUMNS = ['sent', 'failed', 'skipped', 'cancelled', 'waiting'] as const;
const DAY_MS = 86_400_000;
/** The local day of an instant (YYYY-MM-DD), as the date inputs and the report count days. */
const dayOf = (at: number) => {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** Messages sent, failed, skipped, cancelled and waiting, by day and by event, as the articles promise. */
export function ReportsPage() {
  const id = useId();
  const [range, setRange] = useState<ReportRange>(() => ({
    from: dayOf(Date.now() - 29 * DAY_MS),
    to: dayOf(Date.now()),
    connectionId: '',
  }));
  const connections = useConnections();
  const connectors = useConnectors();
  const report = useDeliveryReport(range);
  const set = (change: Partial<ReportRange>) => setRange((current) => ({ ...current, ...change }));

  let body;
  if (report.isPending) body = <LoadingState label={t('reports.loading')} />;
  else if (report.isError)
    body = <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  else {
    const { totals, days, events } = report.data;
    const empty = COLUMNS.every((column) => totals[column] === 0);
    body = empty ? (
      <p className="notice" role="status">
        {t('reports.empty')}
      </p>
    ) : (
      <>
        <Counts counts={totals} />
        <DeliveryChart report={report.data} />
        <CountsTable
          caption={t('reports.byEvent')}
          heading={t('reports.event')}
          rows={events.map(
            (e) =>
              [e.event ? eventLabelOf(e.event, connectors.data) : t('reports.noEvent'), e] as const,
          )}
        />
        <details>
          <summary>{t('reports.byDay')}</summary>
          <CountsTable
            caption={t('reports.byDay')}
            heading={t('reports.day')}
            rows={days.map((d) => [formatDay(d.day), d] as const)}
          />
        </details>
      </>
    );
  }

  return (
    <div className="page">
      <h1>{t('reports.title')}</h1>
      <form className="report-filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-from`}>{t('reports.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={range.from}
          max={range.to}
          onChange={(e) => e.target.value && set({ from: e.target.value })}
        />
        <label htmlFor={`${id}-to`}>{t('reports.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={range.to}
          min={range.from}
          onChange={(e) => e.target.value && set({ to: e.target.value })}
        />
        <label htmlFor={`${id}-connection`}>{t('reports.connection')}</label>
        <select
          id={`${id}-connection`}
          value={range.connectionId}
          onChange={(e) => set({ connectionId: e.target.value })}
        >
          <option value="">{t('reports.allConnections')}</option>
          {(connections.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <a className="btn btn--small" href={deliveryReportCsvUrl(range)} download>
          {t('reports.csv')}
        </a>
      </form>
      {body}
      <StoreChecklist connections={connections.data ?? []} connectors={connectors.data ?? []} />
    </div>
  );
}

function Counts({ counts }: { counts: DeliveryCounts }) {
  return (
    <dl className="report-counts">
      {COLUMNS.map((column) => (
        <div key={column} className={`report-counts__item report-counts__item--${column}`}>
          <dt>{t(`reports.${column}`)}</dt>
          <dd>{formatNumber(counts[column])}</dd>
        </div>
      ))}
    </dl>
  );
}

function CountsTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: readonly (readonly [string, DeliveryCounts])[];
}) {
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`reports.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, counts]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {COLUMNS.map((column) => (
                <td key={column}>{formatNumber(counts[column])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
