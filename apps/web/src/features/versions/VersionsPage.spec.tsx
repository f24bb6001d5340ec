import type { ConnectionVersionDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import {
  connection,
  connectors,
  receiverStep,
  sourceStep,
} from '@/features/editor/canvas/__fixtures__/connection.fixture';
import { VersionsPage } from './VersionsPage';

const versions: ConnectionVersionDto[] = [
  {
    id: 'v3',
    createdAt: '2026-12-07T10:00:00.000Z',
    by: 'owner@shop.example',
    restoredFrom: null,
    changes: [
      { kind: 'name', before: 'Orders', after: 'Paid orders' },
      {
        kind: 'trigger',
        before: { type: 'interval', minutes: 15 },
        after: { type: 'interval', minutes: 5 },
      },
      {
        kind: 'step-changed',
        role: 'receiver',
        connectorKey: 'email',
        what: 'subject',
        part: 'mapping',
        before: 'Thanks',
        after: 'Thank you, {{ name }}',
      },
      {
        kind: 'step-changed',
        role: 'receiver',
        connectorKey: 'email',
        what: 'account',
        before: 'a',
        after: 'b',
      },
    ],
  },
  {
    id: 'v2',
    createdAt: '2026-12-06T10:00:00.000Z',
    by: null,
    restoredFrom: null,
    changes: [{ kind: 'step-added', role: 'receiver', connectorKey: 'email' }],
  },
  {
    id: 'v1',
    createdAt: '2026-12-05T10:00:00.000Z',
    by: 'owner@shop.example',
    restoredFrom: null,
    changes: [],
  },
];

describe(VersionsPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi()
      .on('GET /api/connections/conn-1', connection([sourceStep, receiverStep('st-email')]))
      .on('GET /api/connections/conn-1/versions', versions)
      .on('GET /api/connectors', connectors)
      .on('POST /api/connections/conn-1/versions/v2/restore', {
        status: 201,
        body: connection([sourceStep]),
      })
      .install();
  });

  afterEach(() => api.uninstall());

  const renderPage = () =>
    renderInApp(<VersionsPage />, {
      route: { path: '/connections/conn-1/versions', pattern: '/connections/:id/versions' },
    });

  it('should say each change in words, with the labels the editor shows', async () => {
    renderPage();

    expect(await screen.findByText('Name: “Orders” → “Paid orders”')).toBeVisible();
    expect(screen.getByText('Auto-update: Every 15 minutes → Every 5 minutes')).toBeVisible();
    expect(
      await screen.findByText('E-mail (SMTP) › Subject: “Thanks” → “Thank you, {{ name }}”'),
    ).toBeVisible();
    expect(screen.getByText('E-mail (SMTP): another account')).toBeVisible();
    expect(screen.getByText('Receiver added: E-mail (SMTP)')).toBeVisible();
    expect(screen.getByText('The first saved version.')).toBeVisible();
    expect(screen.getByText(/by someone no longer here/)).toBeVisible();
  });

  it('should restore an earlier version only after asking, and never offer it for the current one', async () => {
    const { user } = renderPage();
    const restoreButtons = await screen.findAllByRole('button', { name: 'Restore this version' });
    expect(restoreButtons).toHaveLength(2);

    await user.click(restoreButtons[0]);
    expect(screen.getByText(/Put the connection back as it was on/)).toBeVisible();
    expect(api.callsTo('POST /api/connections/conn-1/versions/v2/restore')).toHaveLength(0);
    await user.click(screen.getAllByRole('button', { name: 'Restore this version' })[0]);

    expect(
      await screen.findByText('Restored. The editor shows the connection as it is now.'),
    ).toBeVisible();
    expect(api.callsTo('POST /api/connections/conn-1/versions/v2/restore')).toHaveLength(1);
  });
});
