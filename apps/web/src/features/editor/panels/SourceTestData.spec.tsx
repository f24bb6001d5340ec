import type { ConnectorGroup, SampleDto } from '@fluxo/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connection, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import { sampleQueryKey } from '../api/steps.api';
import { EditorStoreProvider } from '../store/editor-store';
import { SourceTestData } from './SourceTestData';
import { sourceSignature } from './test-sample';

const sample = (origin: SampleDto['origin'], data: Record<string, unknown> | null): SampleDto => ({
  data,
  variables: data ? Object.entries(data).map(([path, v]) => ({ path, preview: String(v) })) : [],
  receivedAt: origin === 'item' ? '2026-01-01T10:00:00.000Z' : null,
  origin,
});

function render(
  overrides: Parameters<typeof connection>[1],
  cached: { stored?: SampleDto; fresh?: SampleDto; freshFrom?: string },
  polled = false,
  group: ConnectorGroup = 'forms',
) {
  const client = new QueryClient();
  const conn = connection([sourceStep], overrides);
  if (cached.stored) client.setQueryData(sampleQueryKey(conn.id), cached.stored);
  // Data read with "Load from <System>" lives in the editor store, for the source it came from.
  const freshSample = cached.fresh
    ? { sample: cached.fresh, source: cached.freshFrom ?? (sourceSignature(conn) as string) }
    : null;
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <EditorStoreProvider initialState={{ freshSample }}>
        <SourceTestData
          connection={conn}
          systemName={polled ? 'Google Sheets' : 'PayT'}
          group={group}
          polled={polled}
        />
      </EditorStoreProvider>
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

  it('should offer only "Load from" for a polled source and keep what was read', () => {
    const html = render(
      { hookPath: null },
      { stored: sample('item', { Name: 'Ana' }), fresh: sample('fresh', { Name: 'Bia' }) },
      true,
    );

    expect(html).toContain('Load from Google Sheets</button>');
    expect(html).not.toContain('Load test data');
    expect(html).toContain('Read from Google Sheets just now; nothing was stored or sent.');
    expect(html).toContain('Bia');
    expect(html).toContain('Previews and test sends in the receivers use this record.');
    // What a run stored stays at hand, folded away.
    expect(html).toMatch(/<details[^>]*><summary>The record the last run stored \(/);
  });

  it('should show the stored sample again once the source reads from elsewhere', () => {
    const html = render(
      { hookPath: null },
      {
        stored: sample('item', { Name: 'Ana' }),
        fresh: sample('fresh', { Name: 'Bia' }),
        freshFrom: 'another sheet',
      },
      true,
    );

    expect(html).not.toContain('Bia');
    expect(html).toContain('Ana');
    expect(html).toMatch(/Test data received .+\. You can use these variables:/);
  });

  it('should lead a polled source without data to "Load from"', () => {
    const html = render({ hookPath: null }, { stored: sample('item', null) }, true);

    expect(html).toContain('No test data yet. Click “Load from Google Sheets” to read');
    expect(html).not.toContain('address');
  });

  it("should word a payment gateway's address as a postback, not a form", () => {
    const html = render(
      { lastInbound: null },
      { stored: sample('item', null) },
      false,
      'payment-gateways',
    );

    expect(html).toContain(
      'Paste the address below into PayT’s postback or webhook settings, then send a test event from there; Fluxo shows the first event here.',
    );
    expect(html).not.toContain('form');
    expect(html).toContain('Send a test event from PayT to the address above');
  });

  it('should not offer to read an instant source', () => {
    const html = render({}, { stored: sample('item', { name: 'Ana' }) });

    expect(html).not.toContain('Load from');
    // Its stored sample is the one to load (the button reads "Loading…" while it fetches).
    expect(html).toMatch(/<button type="button" class="btn btn--primary"[^>]*>Loading test data…/);
  });
});
