import type { ConnectionDto, ConnectorManifest, StepDto } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { earlierOutputVariables, withEarlierOutputs } from './earlier-outputs';

const step = (id: string, role: StepDto['role'], connectorKey: string, actionKey: string) =>
  ({ id, role, connectorKey, actionKey }) as StepDto;

const connection = {
  steps: [
    step('00000000-0000-4000-8000-000000000001', 'source', 'forms', 'new-submission'),
    step('5f0a1c2d-0000-4000-8000-000000000002', 'receiver', 'portmone', 'send-invoice-email'),
    step('9b8e4c7d-0000-4000-8000-000000000003', 'receiver', 'http', 'http-request'),
    step('aa11bb22-0000-4000-8000-000000000004', 'receiver', 'email', 'send-email'),
  ],
} as ConnectionDto;

const connectors = [
  {
    key: 'portmone',
    receivers: [
      {
        key: 'send-invoice-email',
        name: 'Create and send invoice by e-mail',
        outputs: [{ key: 'paymentLink', label: 'Payment link', example: 'https://pay/1' }],
      },
    ],
  },
  { key: 'http', receivers: [{ key: 'http-request', name: 'Send HTTP request' }] },
] as unknown as ConnectorManifest[];

describe('earlier receivers’ outputs in the variable picker', () => {
  it('should offer what the receivers drawn before this one report, named by receiver', () => {
    expect(earlierOutputVariables(connection, connection.steps[3].id, connectors)).toEqual([
      {
        path: 'receivers.r5f0a1c2d.paymentLink',
        preview: '1. Create and send invoice by e-mail · Payment link: https://pay/1',
      },
    ]);
  });

  it('should offer nothing to the first receiver, or before the manifests load', () => {
    expect(earlierOutputVariables(connection, connection.steps[1].id, connectors)).toEqual([]);
    expect(earlierOutputVariables(connection, connection.steps[3].id, undefined)).toEqual([]);
  });

  it('should list outputs after the item’s variables, and offer them without a test item', () => {
    const outputs = [{ path: 'receivers.r5f0a1c2d.paymentLink', preview: 'x' }];

    expect(withEarlierOutputs([{ path: 'email', preview: 'a@b' }], outputs)).toEqual([
      { path: 'email', preview: 'a@b' },
      ...outputs,
    ]);
    expect(withEarlierOutputs(null, outputs)).toEqual(outputs);
    expect(withEarlierOutputs(null, [])).toBeNull();
  });
});
