import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { PayloadFields } from './PayloadFields';

describe(PayloadFields.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi()
      .install()
      .on('GET /api/accounts', [{ id: 'acc-7', name: 'Shop mail', connectorKey: 'email' }]);
  });

  afterEach(() => api.uninstall());

  it('should show an account by the name the user gave it, not its id', async () => {
    renderInApp(
      <PayloadFields
        payload={{ sendVia: 'acc-7' }}
        fields={[
          {
            key: 'sendVia',
            label: 'Send from e-mail account',
            type: 'account',
            required: true,
            accountConnectors: ['email'],
          },
        ]}
      />,
    );

    expect(await screen.findByText('Shop mail')).toBeVisible();
    expect(screen.queryByText('acc-7', { selector: 'dd' })).toBeNull();
  });

  it('should name each field as the receiver does and fold the raw JSON', () => {
    renderInApp(
      <PayloadFields
        payload={{ to: 'ana@example.com', subject: 'Thanks, Ana', cc: '' }}
        fields={[
          { key: 'to', label: 'To', type: 'email', required: true },
          { key: 'subject', label: 'Subject', type: 'text', required: true },
          { key: 'cc', label: 'Cc', type: 'email', required: false },
        ]}
      />,
    );

    expect(screen.getAllByRole('term').map((dt) => dt.textContent)).toEqual([
      'To',
      'Subject',
      'Cc',
    ]);
    expect(screen.getByText('Thanks, Ana')).toBeVisible();
    expect(screen.getByText('Raw data (JSON)').closest('details')).not.toHaveAttribute('open');
  });
});
