import type { ConnectionDto } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { countByFilter, filterConnections, normalizeForSearch } from './connection-filters';

type Row = Pick<ConnectionDto, 'id' | 'name' | 'health' | 'enabled'>;

const rows: Row[] = [
  { id: 'a', name: 'Thank-you e-mails', health: 'ready', enabled: true },
  { id: 'b', name: 'Pedidos → Planilha de Ação', health: 'needs-setup', enabled: false },
  { id: 'c', name: 'Stripe payments to Slack', health: 'failing', enabled: true },
  { id: 'd', name: 'Old export', health: undefined, enabled: false },
];

const ids = (list: Row[]) => list.map((r) => r.id);

describe(filterConnections.name, () => {
  it('should keep every row when the search is empty and the filter is all', () => {
    expect(ids(filterConnections(rows, { query: '  ', filter: 'all' }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('should match names ignoring case and accents when searching', () => {
    expect(ids(filterConnections(rows, { query: 'ACAO', filter: 'all' }))).toEqual(['b']);
  });

  it('should need every word somewhere in the name when the search has several', () => {
    expect(ids(filterConnections(rows, { query: 'slack stripe', filter: 'all' }))).toEqual(['c']);
    expect(ids(filterConnections(rows, { query: 'slack mail', filter: 'all' }))).toEqual([]);
  });

  it('should show only switched-off connections when the filter is off', () => {
    expect(ids(filterConnections(rows, { query: '', filter: 'off' }))).toEqual(['b', 'd']);
  });

  it('should filter by health when the filter is needs set-up or failing', () => {
    expect(ids(filterConnections(rows, { query: '', filter: 'needs-setup' }))).toEqual(['b']);
    expect(ids(filterConnections(rows, { query: '', filter: 'failing' }))).toEqual(['c']);
  });

  it('should leave out rows waiting to be deleted when hidden ids are given', () => {
    const sut = filterConnections(rows, { query: '', filter: 'all', hiddenIds: ['a', 'c'] });

    expect(ids(sut)).toEqual(['b', 'd']);
  });

  it('should combine the search with the filter when both are set', () => {
    expect(ids(filterConnections(rows, { query: 'old', filter: 'off' }))).toEqual(['d']);
    expect(ids(filterConnections(rows, { query: 'old', filter: 'failing' }))).toEqual([]);
  });
});

describe(countByFilter.name, () => {
  it('should count each filter, reading a missing health as ready', () => {
    expect(countByFilter(rows)).toEqual({ all: 4, 'needs-setup': 1, failing: 1, off: 2 });
  });
});

describe(normalizeForSearch.name, () => {
  it('should drop accents and case when normalising', () => {
    expect(normalizeForSearch('  Ação Ünïcode ')).toBe('acao unicode');
  });
});
