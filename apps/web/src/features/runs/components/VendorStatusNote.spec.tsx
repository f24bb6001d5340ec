import type { DeliveryDto } from '@fluxo/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from '@jest/globals';
import { VendorStatusNote } from './VendorStatusNote';

const delivery = (overrides: Partial<DeliveryDto> = {}): DeliveryDto => ({
  id: 'd1',
  stepId: 's1',
  itemId: 'i1',
  status: 'delivered',
  attempts: 1,
  payload: {},
  response: null,
  error: null,
  nextAttemptAt: null,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

const render = (d: DeliveryDto, reportsStatus = true) =>
  renderToStaticMarkup(
    <VendorStatusNote delivery={d} systemName="SMS (Twilio)" reportsStatus={reportsStatus} />,
  );

describe(VendorStatusNote.name, () => {
  it('should explain a failed report with the vendor code and message', () => {
    const html = render(
      delivery({
        vendorStatus: {
          status: 'failed',
          vendorStatus: 'undelivered',
          errorCode: '30003',
          errorMessage: 'Unreachable destination handset',
          at: '2025-01-01T00:01:00.000Z',
        },
      }),
    );

    expect(html).toContain('SMS (Twilio) could not deliver the message.');
    expect(html).toContain('Error code 30003: Unreachable destination handset');
    expect(html).toContain('“undelivered”');
    expect(html).toContain('notice--bad');
  });

  it('should say it waits for the report when the vendor reports but has not yet', () => {
    expect(render(delivery({ vendorStatus: null }))).toContain(
      'Waiting for SMS (Twilio) to report whether the message arrived.',
    );
  });

  it('should show nothing for receivers that never report', () => {
    expect(render(delivery(), false)).toBe('');
  });
});
