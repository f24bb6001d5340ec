import type { ConnectionDto, Trigger } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { connectors, sourceStep } from '../editor/canvas/__fixtures__/connection.fixture';
import { MAP_NODE_WIDTH, deriveMapGraph, layoutConnections, type MapConnection } from './map-graph';

const every15: Trigger = { type: 'interval', minutes: 15 };

function conn(
  id: string,
  trigger: Trigger = every15,
  overrides: Partial<MapConnection> = {},
): MapConnection {
  return {
    id,
    name: `Name ${id}`,
    enabled: true,
    trigger,
    health: 'ready',
    steps: [],
    ...overrides,
  };
}

const after = (connectionId: string, onlyOnSuccess?: boolean): Trigger => ({
  type: 'after',
  connectionId,
  ...(onlyOnSuccess === undefined ? {} : { onlyOnSuccess }),
});

function levels(connections: MapConnection[]): Record<string, number> {
  const positions = layoutConnections(connections);
  const ys = [...new Set([...positions.values()].map((p) => p.y))].sort((a, b) => a - b);
  return Object.fromEntries([...positions].map(([id, p]) => [id, ys.indexOf(p.y)]));
}

describe(layoutConnections.name, () => {
  it('should put a chain one level deeper per step when connections run after each other', () => {
    const sut = levels([conn('c', after('b')), conn('a'), conn('b', after('a'))]);

    expect(sut).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('should put several roots side by side on the top row when none runs after another', () => {
    const sut = layoutConnections([conn('a'), conn('b'), conn('c')]);

    const xs = ['a', 'b', 'c'].map((id) => sut.get(id)?.x ?? NaN);
    expect(new Set(['a', 'b', 'c'].map((id) => sut.get(id)?.y))).toEqual(new Set([0]));
    expect(xs[1] - xs[0]).toBeGreaterThanOrEqual(MAP_NODE_WIDTH);
    expect(xs[2] - xs[1]).toBeGreaterThanOrEqual(MAP_NODE_WIDTH);
  });

  it('should centre a parent over its children when it fans out and the branches go on', () => {
    // a → b → d and a → c → e: the diamond-like shape one trigger per connection allows.
    const sut = layoutConnections([
      conn('a'),
      conn('b', after('a')),
      conn('c', after('a')),
      conn('d', after('b')),
      conn('e', after('c')),
    ]);

    const x = (id: string) => sut.get(id)?.x ?? NaN;
    expect(x('c') - x('b')).toBeGreaterThanOrEqual(MAP_NODE_WIDTH);
    expect(x('a')).toBe((x('b') + x('c')) / 2);
    expect(x('d')).toBe(x('b'));
    expect(x('e')).toBe(x('c'));
  });

  it('should never place two connections on the same spot when the workspace mixes trees', () => {
    const sut = layoutConnections([
      conn('a'),
      conn('b', after('a')),
      conn('c', after('a')),
      conn('d'),
      conn('e', after('d')),
      conn('f', after('missing')),
    ]);

    const spots = [...sut.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(6);
  });

  it('should give the same positions every time when called with the same list', () => {
    const list = [conn('a'), conn('b', after('a')), conn('c', after('a')), conn('d')];

    expect([...layoutConnections(list)]).toEqual([...layoutConnections(list)]);
  });

  it('should place a connection as a root when it runs after a missing connection', () => {
    const sut = levels([conn('a'), conn('b', after('gone'))]);

    expect(sut).toEqual({ a: 0, b: 0 });
  });

  it('should place every connection once without hanging when old data holds a loop', () => {
    const sut = layoutConnections([
      conn('a', after('b')),
      conn('b', after('a')),
      conn('c', after('b')),
      conn('self', after('self')),
    ]);

    expect([...sut.keys()].sort()).toEqual(['a', 'b', 'c', 'self']);
    expect(sut.get('a')?.y).toBe(0);
    expect(sut.get('b')?.y).toBeGreaterThan(0);
    expect(sut.get('c')?.y).toBeGreaterThan(sut.get('b')?.y ?? Infinity);
  });

  it('should return nothing when there are no connections', () => {
    expect(layoutConnections([]).size).toBe(0);
  });
});

describe(deriveMapGraph.name, () => {
  it('should make one node per connection with its name, health, switch and source logo', () => {
    const sut = deriveMapGraph(
      [
        conn('a', { type: 'instant' }, { steps: [sourceStep] }),
        conn('b', every15, { health: 'failing', enabled: false }),
      ],
      connectors,
    );

    expect(sut.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(sut.nodes[0]).toMatchObject({
      type: 'connection',
      data: {
        connectionId: 'a',
        name: 'Name a',
        health: 'ready',
        enabled: true,
        logoSvg: connectors[0].logoSvg,
        sourceName: 'Web form',
        triggerText: 'Runs as soon as data arrives',
        afterName: null,
      },
    });
    expect(sut.nodes[1].data).toMatchObject({
      health: 'failing',
      enabled: false,
      logoSvg: null,
      triggerText: 'Every 15 minutes',
    });
  });

  it('should treat a connection without health as ready when the API leaves it out', () => {
    const sut = deriveMapGraph([conn('a', every15, { health: undefined })], connectors);

    expect(sut.nodes[0].data.health).toBe('ready');
  });

  it('should describe the schedule and the connection it runs after in words', () => {
    const sut = deriveMapGraph(
      [
        conn('a', { type: 'schedule', times: ['09:30'], timezone: 'UTC' }, { name: 'Orders' }),
        conn('b', after('a')),
      ],
      connectors,
    );

    expect(sut.nodes.map((n) => n.data.triggerText)).toEqual(['At 9:30 AM', 'After “Orders”']);
    expect(sut.nodes[1].data.afterName).toBe('Orders');
  });

  it('should draw an edge from X to each connection that runs after X with a label', () => {
    const sut = deriveMapGraph(
      [
        conn('x', every15, { name: 'Orders' }),
        conn('y', after('x'), { name: 'Invoices' }),
        conn('z', after('x', true), { name: 'Receipts' }),
      ],
      connectors,
    );

    expect(sut.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['x', 'y', 'after'],
      ['x', 'z', 'only if it succeeded'],
    ]);
    expect(sut.edges.map((e) => e.ariaLabel)).toEqual([
      '“Invoices” runs after “Orders”',
      '“Receipts” runs after “Orders”, only if it succeeded',
    ]);
    expect(new Set(sut.edges.map((e) => e.id)).size).toBe(2);
  });

  it('should draw no edge and say so when a connection points at a missing id', () => {
    const sut = deriveMapGraph([conn('a'), conn('b', after('gone'))], connectors);

    expect(sut.edges).toEqual([]);
    expect(sut.nodes[1].data).toMatchObject({
      triggerText: 'After a connection that no longer exists',
      afterName: null,
    });
  });

  it('should not crash and draw each loop edge once when old data holds a loop', () => {
    const loop: MapConnection[] = [
      conn('a', after('b')),
      conn('b', after('a')),
      conn('self', after('self')),
    ];

    const sut = deriveMapGraph(loop, connectors);

    expect(sut.nodes).toHaveLength(3);
    expect(sut.edges.map((e) => [e.source, e.target])).toEqual([
      ['b', 'a'],
      ['a', 'b'],
    ]);
  });

  it('should accept the full connection as the API returns it', () => {
    const full = { ...conn('a'), steps: [] } as unknown as ConnectionDto;

    expect(deriveMapGraph([full], []).nodes).toHaveLength(1);
  });
});
