import type { DeliveryReportDto } from '@fluxo/contracts';
import { useEffect, useRef } from 'react';
import { t } from '@/app/i18n/t';
import { formatDay } from '@/app/ui/format';

const SERIES = [
  ['sent', '#16a34a'],
  ['failed', '#dc2626'],
  ['skipped', '#a3a3a3'],
  ['cancelled', '#7c3aed'],
  ['waiting', '#f59e0b'],
] as const;

/**
 * Sends by day as stacked bars. Chart.js (~160 kB, its own chunk) is loaded only when a report
 * is shown; the tables beside it carry the same figures for screen readers and keyboards.
 */
export function DeliveryChart({ report }: { report: DeliveryReportDto }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void import('chart.js').then((charts) => {
      const context = canvas.current?.getContext('2d');
      if (cancelled || !context) return;
      const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } =
        charts;
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
      chart = new Chart(context, {
        type: 'bar',
        data: {
          labels: report.days.map((d) => formatDay(d.day)),
          datasets: SERIES.map(([key, color]) => ({
            label: t(`reports.${key}`),
            data: report.days.map((d) => d[key]),
            backgroundColor: color,
          })),
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [report]);

  return (
    <div className="report-chart">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('reports.chartLabel', {
          sent: report.totals.sent,
          failed: report.totals.failed,
        })}
      />
    </div>
  );
}
