import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import type { FieldOfType } from '@fluxo/contracts';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { AccountSelect } from './AccountSelect';

const sendVia: FieldOfType<'account'> = {
  key: 'sendVia',
  label: 'Send from e-mail account',
  type: 'account',
  required: true,
  accountConnectors: ['email'],
};

const mailAccount = {
  id: 'acc-1',
  connectorKey: 'email',
  name: 'Shop mail',
  publicCredentials: {},
  lastCheck: null,
  createdAt: '2026-12-01T10:00:00.000Z',
};

describe(AccountSelect.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
    api.on('GET /api/accounts', [mailAccount]);
  });

  afterEach(() => api.uninstall());

  it("should offer the instance's mail first where the instance has it", async () => {
    api.on('GET /api/auth/instance', { hasUsers: true, publicUrl: null, instanceMail: true });

    renderInApp(
      <AccountSelect
        field={sendVia}
        control={{ id: 'via' }}
        value="instance-mail"
        onChange={jest.fn()}
      />,
    );

    expect(await screen.findByRole('option', { name: "This instance's mail" })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Shop mail' })).toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveValue('instance-mail');
  });

  it('should offer only the workspace accounts where the instance has no mail', async () => {
    api.on('GET /api/auth/instance', { hasUsers: true, publicUrl: null, instanceMail: false });

    renderInApp(
      <AccountSelect field={sendVia} control={{ id: 'via' }} value="" onChange={jest.fn()} />,
    );

    expect(await screen.findByRole('option', { name: 'Shop mail' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: "This instance's mail" })).not.toBeInTheDocument();
  });
});
