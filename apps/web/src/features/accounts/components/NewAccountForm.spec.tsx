import type {
  AccountCheckDto,
  AccountDto,
  ConnectorManifest,
  FieldDefinition,
} from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { NewAccountForm } from './NewAccountForm';

const authType = (value: string): FieldDefinition => ({
  key: 'authType',
  label: 'Sign-in method',
  type: 'select',
  required: true,
  default: value,
  options: [
    { value: 'oauth2', label: 'Sign in with Google' },
    { value: 'serviceAccount', label: 'Service-account key' },
  ],
});
const serviceKey: FieldDefinition = {
  key: 'serviceAccountKey',
  label: 'Service-account key (JSON)',
  type: 'textarea',
  required: true,
  secret: true,
  showWhen: { field: 'authType', equals: ['serviceAccount'] },
};

const sheets = (defaultAuth: string): ConnectorManifest => ({
  key: 'google-sheets',
  name: 'Google Sheets',
  description: '',
  group: 'spreadsheets',
  logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  auth: { fields: [authType(defaultAuth), serviceKey], oauth2: true },
  sources: [],
  receivers: [],
});

const ACCOUNTS = 'POST /api/accounts';

function renderForm(connector: ConnectorManifest) {
  const onConnected = jest.fn<(account: AccountDto, check: AccountCheckDto) => void>();
  const view = renderInApp(<NewAccountForm connector={connector} onConnected={onConnected} />);
  return { ...view, onConnected };
}

describe(NewAccountForm.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should offer the vendor sign-in and hide manual keys while OAuth2 is chosen', () => {
    renderForm(sheets('oauth2'));

    expect(screen.getByRole('button', { name: 'Sign in with Google Sheets' })).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Save and check connection' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Service-account key \(JSON\)/)).not.toBeInTheDocument();
  });

  it('should ask for the key and check it once the user switches to a service account', async () => {
    api.on(ACCOUNTS, ({ body }) => ({
      id: 'acc-9',
      ...(body as object),
      credentials: undefined,
      lastCheck: { ok: true, message: 'Connected.', checkedAt: '2026-12-01T10:00:00.000Z' },
    }));
    const { user, onConnected } = renderForm(sheets('oauth2'));

    await user.selectOptions(screen.getByLabelText(/Sign-in method/), 'Service-account key');
    await user.type(
      screen.getByLabelText(/Service-account key \(JSON\)/),
      '{{"type":"service_account"}',
    );
    expect(
      screen.queryByRole('button', { name: 'Sign in with Google Sheets' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and check connection' }));

    await waitFor(() => expect(onConnected).toHaveBeenCalledTimes(1));
    expect(api.callsTo(ACCOUNTS)[0].body).toEqual({
      connectorKey: 'google-sheets',
      name: 'My Google Sheets account',
      credentials: { authType: 'serviceAccount', serviceAccountKey: '{"type":"service_account"}' },
      checkFirst: true,
    });
  });

  it('should save nothing when the check fails, say why, and save only when asked to anyway', async () => {
    api.on(ACCOUNTS, ({ body }) =>
      (body as { saveAnyway?: boolean }).saveAnyway
        ? { id: 'acc-9', connectorKey: 'google-sheets', name: 'Mine', lastCheck: { ok: false } }
        : {
            status: 422,
            body: {
              statusCode: 422,
              code: 'ACCOUNT_CHECK_FAILED',
              message: 'The account check failed, so nothing was saved: The key was refused.',
            },
          },
    );
    const { user, onConnected } = renderForm(sheets('serviceAccount'));

    await user.type(screen.getByLabelText(/Service-account key \(JSON\)/), 'not a key');
    await user.click(screen.getByRole('button', { name: 'Save and check connection' }));

    expect(await screen.findByText(/The key was refused\./)).toBeVisible();
    expect(screen.getByText(/Nothing was saved\./)).toBeVisible();
    expect(onConnected).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Save and check connection' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Save anyway' }));

    await waitFor(() => expect(onConnected).toHaveBeenCalledTimes(1));
    expect(
      api.callsTo(ACCOUNTS).map((call) => (call.body as { saveAnyway?: boolean }).saveAnyway),
    ).toEqual([undefined, true]);
    expect(api.calls.filter((call) => call.method === 'DELETE')).toEqual([]);
  });
});
