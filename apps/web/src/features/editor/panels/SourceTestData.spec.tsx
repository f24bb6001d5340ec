import type { SampleDto } from '@fluxo/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connection, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import { freshSampleQueryKey, sampleQueryKey } from '../api/steps.api';
import { SourceTestData } from './SourceTestData';

const sample = (origin: SampleDto['origin'], data: Record<string, unknown> | null): SampleDto => ({
  data,
  variables: data ? Object.entries(data).map(([path, v]) => ({ path, preview: String(v) })) : [],
  receivedAt: origin === 'item' ? '2026-01-01T10:00:00.000Z' : null,
  origin,
});

function render(
  overrides: Parameters<typeof connection>[1],
  cached: { stored?: SampleDto; fresh?: SampleDto },
  polled = false,
) {
  const client = new QueryClient();
  const conn = connection([sourceStep], overrides);
  if (cached.stored) client.setQueryData(sampleQueryKey(conn.id), cached.stored);
  if (cached.fresh) client.setQueryData(freshSampleQueryKey(conn.id), cached.fresh);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <SourceTestData connection={conn} systemName="Google Sheets" polled={polled} />
    </QueryClientProvider>,
  );
}

describe(SourceTestData.name, () => {
  beforeEach(() => {
    vi.stubGlobal('window', { location: { origin: 'https://fluxo.test' } });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("should show a hosted form's public address with Copy and Open form in a new tab", () => {
    const html = render(
      { hookPath: '/hooks/abc', formPath: '/f/abc', lastInbound: null },
      { stored: sample('example', { name: 'Ana' }) },
    );

    expect(html).toContain('Form address');
    expect(html).toContain('value="https://fluxo.test/f/abc"');
    expect(html).toContain('aria-label="Copy form address"');
    expect(html).toMatch(
      /href="https:\/\/fluxo.test\/f\/abc" target="_blank" rel="noopener noreferrer"/,
    );
    expect(html).toContain('Open form<span class="visually-hidden"> (opens in a new tab)</span>');
  });

  it("should say plainly when the sample is the connector's example", () => {
    const html = render({}, { stored: sample('example', { name: 'Ana' }) });

    expect(html).toContain('Example data: no real event has arrived yet.');
  });

  it('should offer to read a polled source and say what was read without storing', () => {
    const html = render(
      { hookPath: null },
      { stored: sample('item', { Name: 'Ana' }), fresh: sample('fresh', { Name: 'Bia' }) },
      true,
    );

    expect(html).toContain('Load from Google Sheets</button>');
    expect(html).toContain('Read from Google Sheets just now; nothing was stored or sent.');
    expect(html).toContain('Bia');
    expect(html).toContain('Previews and test sends in the receivers use this record.');
  });

  it('should not offer to read an instant source', () => {
    const html = render({}, { stored: sample('item', { name: 'Ana' }) });

    expect(html).not.toContain('Load from');
    // Its stored sample is the one to load (the button reads "Loading…" while it fetches).
    expect(html).toMatch(/<button type="button" class="btn btn--primary"[^>]*>Loading test data…/);
  });
});
