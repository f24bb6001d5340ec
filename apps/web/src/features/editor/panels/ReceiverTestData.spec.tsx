import type { TestSendResultDto } from '@fluxo/contracts';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { ReceiverTestData } from './ReceiverTestData';

const idle = { error: null, isPending: false };

describe(ReceiverTestData.name, () => {
  const original = Element.prototype.scrollIntoView;

  const api = new FakeApi();

  afterEach(() => {
    Element.prototype.scrollIntoView = original;
    api.uninstall();
  });

  it('should bring a new preview into view and announce it', () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    const props = {
      receiverName: 'E-mail (SMTP)',
      fields: [{ key: 'subject', label: 'Subject', type: 'text' as const, required: true }],
      hasSample: true,
      test: idle,
      onPreview: jest.fn(),
      onTest: jest.fn(),
    };
    api.install().on('GET /api/accounts', []);
    const { rerender, queryClient } = renderInApp(<ReceiverTestData {...props} preview={idle} />);
    expect(scrolled).not.toHaveBeenCalled();

    rerender(
      <QueryClientProvider client={queryClient}>
        <ReceiverTestData
          {...props}
          preview={{
            ...idle,
            data: { payload: { subject: 'Thanks, Ana' }, errors: [], skipped: null },
          }}
        />
      </QueryClientProvider>,
    );

    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveAttribute('aria-live', 'polite');
  });
});

describe('a test send’s answer', () => {
  const api = new FakeApi();

  afterEach(() => api.uninstall());

  const sent = (response: Record<string, unknown>) => ({
    data: {
      ok: true,
      payload: { email: 'ana@example.com' },
      response,
      error: null,
    } satisfies TestSendResultDto,
    error: null,
    isPending: false,
  });
  const props = {
    receiverName: 'Portmone',
    fields: [{ key: 'email', label: 'Payer e-mail', type: 'email' as const, required: true }],
    outputs: [
      { key: 'paymentLink', label: 'Payment link', example: 'https://pay' },
      { key: 'orderNumber', label: 'Invoice number', example: 'FLX-1' },
    ],
    hasSample: true,
    preview: idle,
    onPreview: jest.fn(),
    onTest: jest.fn(),
  };

  it('should show what later receivers can use by its labels, with the raw answer folded', () => {
    api.install();
    renderInApp(
      <ReceiverTestData
        {...props}
        test={sent({
          paymentLink: 'https://pay/1',
          orderNumber: 'FLX-9',
          sentTo: 'ana@example.com',
        })}
      />,
    );

    const outputs = screen.getByText('Reported for the receivers after it')
      .parentElement as HTMLElement;
    expect(within(outputs).getByText('Payment link')).toBeVisible();
    expect(within(outputs).getByText('https://pay/1')).toBeVisible();
    expect(within(outputs).getByText('Invoice number')).toBeVisible();
    expect(screen.getByText('sentTo')).not.toBeVisible();
  });

  it('should list an answer without declared outputs as it came', () => {
    api.install();
    renderInApp(<ReceiverTestData {...props} outputs={[]} test={sent({ id: 'msg-1' })} />);

    expect(screen.getByText('id')).toBeVisible();
    expect(screen.getByText('What Portmone answered')).toBeVisible();
  });
});
