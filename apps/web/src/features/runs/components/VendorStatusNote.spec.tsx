import type { DeliveryDto } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
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

const renderNote = (d: DeliveryDto, reportsStatus = true) =>
  render(<VendorStatusNote delivery={d} systemName="SMS (Twilio)" reportsStatus={reportsStatus} />);

describe(VendorStatusNote.name, () => {
  it('should explain a failed report with the vendor code and message', () => {
    renderNote(
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

    const note = screen.getByRole('status');
    expect(note).toHaveTextContent('SMS (Twilio) could not deliver the message.');
    expect(note).toHaveTextContent('Error code 30003: Unreachable destination handset');
    expect(note).toHaveTextContent('“undelivered”');
    // When: exact on hover, and machine-readable for assistive technology.
    const when = screen.getByText(/^\(.+\)$/, { selector: 'time' });
    expect(when).toHaveAttribute('datetime', '2025-01-01T00:01:00.000Z');
  });

  it('should say it waits for the report when the vendor reports but has not yet', () => {
    renderNote(delivery({ vendorStatus: null }));

    expect(screen.getByRole('status')).toHaveTextContent(
      'Waiting for SMS (Twilio) to report whether the message arrived.',
    );
  });

  it('should show nothing for receivers that never report', () => {
    const { container } = renderNote(delivery(), false);

    expect(container).toBeEmptyDOMElement();
  });
});
