import type { DeliveryReportDto } from '@fluxo/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import { browserTimeZone } from '@/app/ui/format';

export interface ReportRange {
  from: string;
  to: string;
  /** '' for every connection of the workspace. */
  connectionId: string;
}

function queryOf(range: ReportRange): string {
  // Days as the reader lives them: a sale at 22:00 in São Paulo counts on that day, not the next.
  const params = new URLSearchParams({
    from: range.from,
    to: range.to,
    timezone: browserTimeZone(),
  });
  if (range.connectionId) params.set('connectionId', range.connectionId);
  return params.toString();
}

export function useDeliveryReport(range: ReportRange) {
  return useQuery({
    queryKey: ['reports', 'deliveries', range],
    queryFn: () => api.get<DeliveryReportDto>(`/api/reports/deliveries?${queryOf(range)}`),
  });
}

/** The same report as a CSV file, downloaded by the browser with the session cookie. */
export function deliveryReportCsvUrl(range: ReportRange): string {
  return `/api/reports/deliveries.csv?${queryOf(range)}`;
}
