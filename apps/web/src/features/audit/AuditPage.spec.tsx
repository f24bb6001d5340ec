import type { AuditPageDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { AuditPage } from './AuditPage';

const PAGE: AuditPageDto = {
  events: [
    {
      id: 'e3',
      at: '2026-12-07T10:02:00.000Z',
      action: 'connections.exported',
      actor: 'joao@agencia.example',
      target: null,
      details: { count: 3 },
    },
    {
      id: 'e2',
      at: '2026-12-07T10:01:00.000Z',
      action: 'member.role-changed',
      actor: 'olena@shop.example',
      target: 'joao@agencia.example',
      details: { role: 'editor' },
    },
    {
      id: 'e0',
      at: '2026-12-07T10:00:30.000Z',
      action: 'connection.switched-off',
      actor: null,
      target: 'Orders to CRM',
      details: { by: 'fluxo', failures: 5 },
    },
    {
      id: 'e1',
      at: '2026-12-07T10:00:00.000Z',
      action: 'api-key.created',
      actor: null,
      target: 'Deploy',
      details: { scope: 'read' },
    },
  ],
  next: '2026-12-07T10:00:00.000Z',
  actors: [{ userId: 'u-joao', email: 'joao@agencia.example' }],
};

describe(AuditPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
    api.on('GET /api/connectors', []);
  });

  afterEach(() => api.uninstall());

  it('should say each event in words, filter by person and action, and page back', async () => {
    api.on('GET /api/audit', ({ path }) =>
      path.includes('before=') ? { ...PAGE, events: [], next: null } : PAGE,
    );
    const { user } = renderInApp(<AuditPage />);

    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]).getByText('exported 3 connections')).toBeVisible();
    expect(within(rows[2]).getByText('made joao@agencia.example Editor')).toBeVisible();
    expect(within(rows[3]).getByText('Fluxo')).toBeVisible();
    expect(
      within(rows[3]).getByText('switched off “Orders to CRM” after 5 failed runs in a row'),
    ).toBeVisible();
    expect(within(rows[4]).getByText('made the API key “Deploy” (Read only)')).toBeVisible();
    expect(within(rows[4]).getByText('a removed person')).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Person'), 'joao@agencia.example');
    await user.selectOptions(screen.getByLabelText('Action'), 'Exported connections');
    await screen.findAllByRole('row');
    await user.click(await screen.findByRole('button', { name: 'Show older' }));

    const paths = api.calls
      .filter((call) => call.path.startsWith('/api/audit?'))
      .map((call) => call.path);
    expect(
      paths.some((p) => p.includes('actor=u-joao') && p.includes('action=connections.exported')),
    ).toBe(true);
    expect(paths.some((p) => p.includes('before=2026-12-07T10%3A00%3A00.000Z'))).toBe(true);
    expect(paths.every((p) => p.includes('timezone='))).toBe(true);
  });
});
