import type { AuditAction, AuditPageDto } from '@fluxo/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/app/api-client';

export interface AuditFilters {
  actor: string;
  action: AuditAction | '';
  from: string;
  to: string;
}

/** The log, newest first, a page at a time, with the days read on the reader's clock. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({
        timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
      if (pageParam) query.set('before', pageParam);
      return api.get<AuditPageDto>(`/api/audit?${query.toString()}`);
    },
    getNextPageParam: (page) => page.next,
  });
}
