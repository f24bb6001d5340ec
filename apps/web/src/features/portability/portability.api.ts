import type { ExportDocument, ImportPreviewDto, ImportResultDto } from '@fluxo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import { connectionsQueryKey } from '@/features/connections/api/connections.api';

/** Fetches the export of `ids` (none: every connection) and saves it as a file. */
export function useExportConnections() {
  return useMutation({
    mutationFn: async (ids: string[]) => {
      const query = ids.length ? `?connections=${ids.map(encodeURIComponent).join(',')}` : '';
      const document = await api.get<ExportDocument>(`/api/portability/export${query}`);
      saveAsFile(
        `fluxo-connections-${document.exportedAt.slice(0, 10)}.json`,
        `${JSON.stringify(document, null, 2)}\n`,
      );
      return document;
    },
  });
}

function saveAsFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function useImportPreview() {
  return useMutation({
    mutationFn: (document: unknown) =>
      api.post<ImportPreviewDto>('/api/portability/import/preview', { document }),
  });
}

export function useImportConnections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { document: unknown; accounts: Record<string, string | null> }) =>
      api.post<ImportResultDto>('/api/portability/import', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectionsQueryKey }),
  });
}
