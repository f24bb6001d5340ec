import type { ApiKeyDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { ApiKeysSection } from './ApiKeysSection';

const key = (overrides: Partial<ApiKeyDto>): ApiKeyDto => ({
  id: 'k1',
  name: 'Nightly export',
  prefix: 'flx_AbC123',
  scope: 'read',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

describe(ApiKeysSection.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should show a new key once, with how to copy it, and list it by its first characters', async () => {
    let keys: ApiKeyDto[] = [];
    api
      .on('GET /api/api-keys', () => keys)
      .on('POST /api/api-keys', ({ body }) => {
        keys = [key({ name: (body as { name: string }).name, scope: 'read-write' })];
        return { status: 201, body: { key: keys[0], token: `flx_${'x'.repeat(43)}` } };
      });
    const { user } = renderInApp(<ApiKeysSection />);
    expect(await screen.findByText('No keys yet.')).toBeVisible();

    await user.type(screen.getByLabelText('Name'), 'Nightly export');
    await user.selectOptions(screen.getByLabelText('Access'), 'read-write');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByText('Copy the key now: it is not shown again.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'New key' })).toHaveValue(`flx_${'x'.repeat(43)}`);
    expect(api.callsTo('POST /api/api-keys')[0].body).toEqual({
      name: 'Nightly export',
      scope: 'read-write',
      expiresOn: null,
    });
    const row = await screen.findByRole('row', { name: /Nightly export/ });
    expect(within(row).getByText('flx_AbC123…')).toBeVisible();
    expect(within(row).getByText('Read and write')).toBeVisible();
    expect(within(row).getByText('Never')).toBeVisible();
  });

  it('should ask before revoking, and not offer it for a revoked or expired key', async () => {
    api
      .on('GET /api/api-keys', [
        key({}),
        key({ id: 'k2', name: 'Old laptop', revokedAt: '2026-12-02T10:00:00.000Z' }),
        key({ id: 'k3', name: 'Trial', expiresAt: '2026-01-01T23:59:59.999Z' }),
      ])
      .on('DELETE /api/api-keys/k1', key({ revokedAt: '2026-12-07T10:00:00.000Z' }));
    const { user } = renderInApp(<ApiKeysSection />);

    await user.click(await screen.findByRole('button', { name: 'Revoke “Nightly export”' }));
    expect(
      screen.getByText('Revoke “Nightly export”? Scripts that use it stop working at once.'),
    ).toBeVisible();
    expect(api.callsTo('DELETE /api/api-keys/k1')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Revoke' }));

    expect(api.callsTo('DELETE /api/api-keys/k1')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Revoke “Old laptop”' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke “Trial”' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Old laptop/ })).getByText('Revoked'),
    ).toBeVisible();
    expect(within(screen.getByRole('row', { name: /Trial/ })).getByText('Expired')).toBeVisible();
  });
});
