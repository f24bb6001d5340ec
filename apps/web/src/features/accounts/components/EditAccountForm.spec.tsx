import type { AccountDto, ConnectorManifest } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { EditAccountForm } from './EditAccountForm';

const smtp: ConnectorManifest = {
  key: 'email',
  name: 'E-mail (SMTP)',
  description: '',
  group: 'email',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: {
    fields: [
      { key: 'host', label: 'SMTP server', type: 'text', required: true },
      { key: 'port', label: 'Port', type: 'number', required: true },
      { key: 'password', label: 'Password', type: 'password', required: true, secret: true },
    ],
  },
  sources: [],
  receivers: [],
};

const account: AccountDto = {
  id: 'acc-1',
  connectorKey: 'email',
  name: 'Shop mail',
  publicCredentials: { host: 'smtp.old.example', port: 587 },
  lastCheck: null,
  createdAt: '2026-12-01T10:00:00.000Z',
};

const PATCH = 'PATCH /api/accounts/acc-1';

describe(EditAccountForm.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should keep a secret left blank, and save new details only after their check (or anyway)', async () => {
    api.on(PATCH, ({ body }) =>
      (body as { saveAnyway?: boolean }).saveAnyway
        ? account
        : {
            status: 422,
            body: {
              statusCode: 422,
              code: 'ACCOUNT_CHECK_FAILED',
              message: 'The account check failed, so nothing was saved: Connection refused.',
            },
          },
    );
    const onDone = jest.fn();
    const { user } = renderInApp(
      <EditAccountForm account={account} connector={smtp} onDone={onDone} />,
    );

    expect(screen.getByLabelText(/SMTP server/)).toHaveValue('smtp.old.example');
    expect(screen.getByLabelText(/Port/)).toHaveValue(587);
    expect(screen.getByLabelText(/Password/)).toHaveValue('');
    expect(screen.getByText('Leave blank to keep the one saved.')).toBeVisible();
    await user.clear(screen.getByLabelText(/SMTP server/));
    await user.type(screen.getByLabelText(/SMTP server/), 'smtp.new.example');
    await user.click(screen.getByRole('button', { name: 'Save and check connection' }));

    expect(await screen.findByText(/Connection refused\./)).toBeVisible();
    expect(onDone).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save anyway' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(api.callsTo(PATCH).map((call) => call.body)).toEqual([
      { name: 'Shop mail', credentials: { host: 'smtp.new.example', port: 587 } },
      {
        name: 'Shop mail',
        credentials: { host: 'smtp.new.example', port: 587 },
        saveAnyway: true,
      },
    ]);
  });

  it('should leave everything as it was on Cancel', async () => {
    const onDone = jest.fn();
    const { user } = renderInApp(
      <EditAccountForm account={account} connector={smtp} onDone={onDone} />,
    );

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onDone).toHaveBeenCalledTimes(1);
    expect(api.calls).toEqual([]);
  });
});
