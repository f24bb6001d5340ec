import type { ConnectorGroup, SampleDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { connectionQueryKey } from '@/features/connections/api/connections.api';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { connection, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import { SourceTestData } from './SourceTestData';
import { sourceSignature } from './test-sample';

const SAMPLE = 'GET /api/connections/conn-1/sample';
const READ = 'POST /api/connections/conn-1/sample/load';

const sample = (origin: SampleDto['origin'], data: Record<string, unknown> | null): SampleDto => ({
  data,
  variables: data ? Object.entries(data).map(([path, v]) => ({ path, preview: String(v) })) : [],
  receivedAt: origin === 'item' ? '2026-01-01T10:00:00.000Z' : null,
  origin,
});

function renderTestData({
  overrides = {},
  polled = false,
  group = 'forms',
  freshFrom,
}: {
  overrides?: Parameters<typeof connection>[1];
  polled?: boolean;
  group?: ConnectorGroup;
  /** Data read earlier in this editor, from a source that read otherwise. */
  freshFrom?: { sample: SampleDto; source: string };
} = {}) {
  const conn = connection([sourceStep], overrides);
  return renderInApp(
    <SourceTestData
      connection={conn}
      systemName={polled ? 'Google Sheets' : 'PayT'}
      group={group}
      polled={polled}
    />,
    { editorState: { freshSample: freshFrom ?? null } },
  );
}

describe(SourceTestData.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it("should show a hosted form's public address with Copy and Open form in a new tab", async () => {
    api.on(SAMPLE, sample('example', { name: 'Ana' }));
    renderTestData({
      overrides: { hookPath: '/hooks/abc', formPath: '/f/abc', lastInbound: null },
    });

    expect(screen.getByRole('textbox', { name: 'Form address' })).toHaveValue(
      `${window.location.origin}/f/abc`,
    );
    expect(screen.getByRole('button', { name: 'Copy form address' })).toBeInTheDocument();
    const open = screen.getByRole('link', { name: 'Open form (opens in a new tab)' });
    expect(open).toHaveAttribute('href', `${window.location.origin}/f/abc`);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it("should say plainly when the sample is the connector's example", async () => {
    api.on(SAMPLE, sample('example', { name: 'Ana' }));
    renderTestData();

    expect(await screen.findByText('Example data: no real event has arrived yet.')).toBeVisible();
  });

  it('should show the event that arrived when the user loads test data again', async () => {
    api.on(SAMPLE, sample('item', null));
    const { user } = renderTestData();
    expect(await screen.findByRole('button', { name: 'Load test data' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: /Load from/ })).not.toBeInTheDocument();

    api.on(SAMPLE, sample('item', { name: 'Bia' }));
    await user.click(screen.getByRole('button', { name: 'Load test data' }));

    expect(await screen.findByText('Bia')).toBeVisible();
    expect(screen.getByText(/Test data received .+\. You can use these variables:/)).toBeVisible();
  });

  it('should read the connection again on "Load test data", as the calls change its last event', async () => {
    api.on(SAMPLE, sample('item', { name: 'Ana' }));
    const { user, queryClient } = renderTestData();
    queryClient.setQueryData(connectionQueryKey('conn-1'), connection([sourceStep]));

    await user.click(await screen.findByRole('button', { name: 'Load test data' }));

    expect(queryClient.getQueryState(connectionQueryKey('conn-1'))?.isInvalidated).toBe(true);
  });

  it('should read a polled source on "Load from" and keep what a run stored folded below', async () => {
    api.on(SAMPLE, sample('item', { Name: 'Ana' })).on(READ, sample('fresh', { Name: 'Bia' }));
    const { user } = renderTestData({ overrides: { hookPath: null }, polled: true });
    expect(screen.queryByRole('button', { name: 'Load test data' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load from Google Sheets' }));

    expect(
      await screen.findByText(
        /^Read from Google Sheets just now; nothing was stored or sent\. Previews and test sends in the receivers use this record\./,
      ),
    ).toBeVisible();
    expect(screen.getByText('Bia')).toBeVisible();
    const stored = screen.getByText(/^The record the last run stored \(/);
    expect(screen.getByText('Ana')).not.toBeVisible();
    await user.click(stored);
    expect(screen.getByText('Ana')).toBeVisible();
    expect(api.callsTo(READ)).toHaveLength(1);
  });

  it('should show the stored sample again once the source reads from elsewhere', async () => {
    api.on(SAMPLE, sample('item', { Name: 'Ana' }));
    renderTestData({
      overrides: { hookPath: null },
      polled: true,
      freshFrom: { sample: sample('fresh', { Name: 'Bia' }), source: 'another sheet' },
    });

    expect(await screen.findByText('Ana')).toBeVisible();
    expect(screen.queryByText('Bia')).not.toBeInTheDocument();
    expect(screen.getByText(/Test data received .+\. You can use these variables:/)).toBeVisible();
  });

  it('should keep what was read while the source reads the same', async () => {
    api.on(SAMPLE, sample('item', { Name: 'Ana' }));
    const source = sourceSignature(connection([sourceStep], { hookPath: null })) as string;
    renderTestData({
      overrides: { hookPath: null },
      polled: true,
      freshFrom: { sample: sample('fresh', { Name: 'Bia' }), source },
    });

    expect(await screen.findByText('Bia')).toBeVisible();
  });

  it('should lead a polled source without data to "Load from"', async () => {
    api.on(SAMPLE, sample('item', null));
    renderTestData({ overrides: { hookPath: null }, polled: true });

    expect(
      await screen.findByText(/^No test data yet\. Click “Load from Google Sheets” to read/),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /address/i })).not.toBeInTheDocument();
  });

  it("should word a payment gateway's address as a postback, not a form", async () => {
    api.on(SAMPLE, sample('item', null));
    renderTestData({ overrides: { lastInbound: null }, group: 'payment-gateways' });

    expect(
      screen.getByText(
        'Paste the address below into PayT’s postback or webhook settings, then send a test event from there; Fluxo shows the first event here.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Address for test data' })).toHaveValue(
      `${window.location.origin}/hooks/abc`,
    );
    const waiting = await screen.findByText('Send a test event from PayT to the address above', {
      exact: false,
    });
    expect(document.body).not.toHaveTextContent(/form/i);
    expect(waiting).toBeVisible();
  });
});

describe('the last call held for want of an account', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().on(SAMPLE, sample('held', { name: 'Ana' })).install();
  });

  afterEach(() => api.uninstall());

  const heldForAccount = {
    at: '2026-12-07T10:00:00.000Z',
    status: 'held' as const,
    error: 'Held: choose the PayT account so Fluxo can check this call',
    total: 1,
    held: 1,
  };

  it('should ask for the account while none is chosen', async () => {
    renderTestData({
      overrides: { lastInbound: heldForAccount, enabled: false },
      group: 'payment-gateways',
    });

    expect(
      await screen.findByText('held: choose the PayT account so Fluxo can check this call'),
    ).toBeVisible();
  });

  it('should say it waits for the switch once the account is chosen', async () => {
    renderTestData({
      overrides: {
        lastInbound: heldForAccount,
        enabled: false,
        steps: [{ ...sourceStep, accountId: 'acc-payt' }],
      },
      group: 'payment-gateways',
    });

    expect(await screen.findByText('held: the connection is switched off')).toBeVisible();
  });
});
