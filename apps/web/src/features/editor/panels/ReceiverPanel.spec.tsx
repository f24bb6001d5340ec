import type { ConnectorManifest, StepDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import {
  connection,
  emailConnector,
  receiverStep,
  sourceStep,
} from '../canvas/__fixtures__/connection.fixture';
import { ReceiverPanel } from './ReceiverPanel';

/** A receiver system with two actions, so the action is a second choice. */
const invoices: ConnectorManifest = {
  ...emailConnector,
  key: 'invoices',
  name: 'Invoices',
  receivers: [
    { ...emailConnector.receivers[0], key: 'by-email', name: 'Invoice by e-mail' },
    { ...emailConnector.receivers[0], key: 'by-sms', name: 'Invoice by SMS' },
  ],
};

describe(ReceiverPanel.name, () => {
  let api: FakeApi;
  const saved: StepDto = receiverStep('st-new', {
    connectorKey: 'invoices',
    actionKey: 'by-email',
    accountId: null,
    mapping: {},
  });

  beforeEach(() => {
    api = new FakeApi()
      .on('POST /api/connections/conn-1/receivers', saved)
      .on('GET /api/connections/conn-1/sample', {
        data: null,
        variables: [],
        receivedAt: null,
        origin: 'example',
      })
      .on('GET /api/accounts', [])
      .install();
  });

  afterEach(() => api.uninstall());

  /** The editor: the panel of the new receiver, then of the saved step, in one mounted panel. */
  function Editor() {
    const [step, setStep] = useState<StepDto | undefined>(undefined);
    return (
      <>
        <button type="button" onClick={() => setStep(saved)}>
          Saved step arrives
        </button>
        <ReceiverPanel
          connection={connection(step ? [sourceStep, step] : [sourceStep])}
          connectors={[emailConnector, invoices]}
          step={step}
        />
      </>
    );
  }

  it('should go on to the account once a new receiver of a two-action system is saved', async () => {
    const { user } = renderInApp(<Editor />);
    await user.click(screen.getByRole('radio', { name: /^Invoices/ }));
    await user.click(screen.getByRole('radio', { name: /^Invoice by e-mail/ }));
    expect(api.callsTo('POST /api/connections/conn-1/receivers')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Saved step arrives' }));

    expect(await screen.findByRole('radio', { name: /^Invoice by e-mail/ })).toBeChecked();
    expect(screen.getByRole('heading', { name: /Account/ })).toBeVisible();
  });
});
