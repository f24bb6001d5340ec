import type { ConnectionDto, ConnectionHealth } from '@fluxo/contracts';

export const CONNECTION_FILTERS = ['all', 'needs-setup', 'failing', 'off'] as const;
export type ConnectionFilter = (typeof CONNECTION_FILTERS)[number];

/** Health as the list shows it; an API without the field reads as ready. */
export function healthOf(connection: Pick<ConnectionDto, 'health'>): ConnectionHealth {
  return connection.health ?? 'ready';
}

/** Lower-case, without accents, so "acao" finds "Ação" and "SHOP" finds "shop". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();
}

export function matchesFilter(
  connection: Pick<ConnectionDto, 'health' | 'enabled'>,
  filter: ConnectionFilter,
): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'off':
      return !connection.enabled;
    case 'needs-setup':
    case 'failing':
      return healthOf(connection) === filter;
  }
}

/** The rows to show: every word of the search in the name, the filter, minus rows being deleted. */
export function filterConnections<
  T extends Pick<ConnectionDto, 'id' | 'name' | 'health' | 'enabled'>,
>(
  connections: readonly T[],
  {
    query,
    filter,
    hiddenIds = [],
  }: { query: string; filter: ConnectionFilter; hiddenIds?: readonly string[] },
): T[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  const hidden = new Set(hiddenIds);
  return connections.filter((c) => {
    if (hidden.has(c.id) || !matchesFilter(c, filter)) return false;
    const name = normalizeForSearch(c.name);
    return words.every((word) => name.includes(word));
  });
}

/** How many connections each filter would show, for the filter's option labels. */
export function countByFilter(
  connections: readonly Pick<ConnectionDto, 'health' | 'enabled'>[],
): Record<ConnectionFilter, number> {
  return Object.fromEntries(
    CONNECTION_FILTERS.map((f) => [f, connections.filter((c) => matchesFilter(c, f)).length]),
  ) as Record<ConnectionFilter, number>;
}
