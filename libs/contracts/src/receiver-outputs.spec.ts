import { describe, expect, it } from '@jest/globals';
import { readVariable } from './conditions';
import {
  exampleOutputsOf,
  outputAliasOf,
  outputVariablePath,
  outputsFromResponse,
  referencedOutputAliases,
  withReceiverOutputs,
} from './receiver-outputs';

const INVOICE_STEP = '5F0A1C2D-9b8e-4c7d-a6f5-0e1d2c3b4a59';

describe('receiver outputs', () => {
  it('should name a receiver by its step id, so reordering never rewires a template', () => {
    expect(outputAliasOf(INVOICE_STEP)).toBe('r5f0a1c2d');
    expect(outputVariablePath(INVOICE_STEP, 'paymentLink')).toBe('receivers.r5f0a1c2d.paymentLink');
  });

  it('should find which earlier receivers a mapping uses, however the template spaces them', () => {
    const used = referencedOutputAliases({
      text: 'Pay here: {{ receivers.r5f0a1c2d.paymentLink }}',
      subject: '{{receivers . r00aa11bb.orderNumber | upcase}} and {{ customer.receivers }}',
      to: '{{ email }}',
    });

    expect([...used].sort()).toEqual(['r00aa11bb', 'r5f0a1c2d']);
  });

  it('should read the declared outputs from the recorded response, leaving out missing ones', () => {
    const declared = [
      { key: 'paymentLink', label: 'Payment link', example: 'https://pay/x' },
      { key: 'message.sid', label: 'SID', example: 'SM1' },
      { key: 'billId', label: 'Bill', example: '1' },
    ];

    expect(
      outputsFromResponse(declared, { paymentLink: 'https://pay/42', message: { sid: 'SM9' } }),
    ).toEqual({ paymentLink: 'https://pay/42', 'message.sid': 'SM9' });
    expect(outputsFromResponse(declared, null)).toEqual({});
    expect(exampleOutputsOf(declared)).toEqual({
      paymentLink: 'https://pay/x',
      'message.sid': 'SM1',
      billId: '1',
    });
  });

  it('should put earlier outputs beside the item without touching the item', () => {
    const item = { email: 'ana@example.com' };
    const rendered = withReceiverOutputs(
      item,
      new Map([[INVOICE_STEP, { paymentLink: 'https://pay/42' }]]),
    );

    expect(readVariable(rendered, 'receivers.r5f0a1c2d.paymentLink')).toBe('https://pay/42');
    expect(readVariable(rendered, 'email')).toBe('ana@example.com');
    expect(item).toEqual({ email: 'ana@example.com' });
    expect(withReceiverOutputs(item, new Map())).toBe(item);
  });

  it('should let a template read a dotted output key as the path it names', () => {
    const rendered = withReceiverOutputs(
      {},
      new Map([[INVOICE_STEP, { 'message.sid': 'SM9', 'message.status': 'queued', id: 7 }]]),
    );

    expect(readVariable(rendered, 'receivers.r5f0a1c2d.message.sid')).toBe('SM9');
    expect(readVariable(rendered, 'receivers.r5f0a1c2d.message.status')).toBe('queued');
    expect(readVariable(rendered, 'receivers.r5f0a1c2d.id')).toBe(7);
  });
});
