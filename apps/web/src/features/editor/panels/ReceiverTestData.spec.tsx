import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { QueryClientProvider } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
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
