import type { AccountDto, ConnectorManifest } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { accountChoices } from './account-choices';

const account = (id: string, connectorKey: string, name: string): AccountDto => ({
  id,
  connectorKey,
  name,
  publicCredentials: {},
  lastCheck: null,
  createdAt: '2025-01-01T00:00:00.000Z',
});

const connector = (key: string, name: string) => ({ key, name }) as ConnectorManifest;

const accounts = [
  account('a1', 'email', 'Shop mail'),
  account('a2', 'sms-twilio', 'Shop SMS'),
  account('a3', 'portmone', 'Portmone'),
];
const connectors = [connector('email', 'E-mail'), connector('sms-twilio', 'SMS (Twilio)')];

describe(accountChoices.name, () => {
  it('should offer only the accounts of the connectors the field names', () => {
    expect(accountChoices({ accountConnectors: ['email'] }, accounts, connectors)).toEqual([
      { value: 'a1', label: 'Shop mail' },
    ]);
  });

  it('should name the system when accounts of several systems are offered', () => {
    const sut = accountChoices(
      { accountConnectors: ['email', 'sms-twilio'] },
      accounts,
      connectors,
    );

    expect(sut.map((c) => c.label)).toEqual(['Shop mail (E-mail)', 'Shop SMS (SMS (Twilio))']);
  });

  it('should offer every account when the field names no connector', () => {
    expect(accountChoices({ accountConnectors: [] }, accounts, connectors)).toHaveLength(3);
  });
});
