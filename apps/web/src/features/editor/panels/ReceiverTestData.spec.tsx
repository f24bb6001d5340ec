import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { ReceiverTestData } from './ReceiverTestData';

const idle = { error: null, isPending: false };

describe(ReceiverTestData.name, () => {
  const original = Element.prototype.scrollIntoView;

  afterEach(() => {
    Element.prototype.scrollIntoView = original;
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
    const { rerender } = render(<ReceiverTestData {...props} preview={idle} />);
    expect(scrolled).not.toHaveBeenCalled();

    rerender(
      <ReceiverTestData
        {...props}
        preview={{
          ...idle,
          data: { payload: { subject: 'Thanks, Ana' }, errors: [], skipped: null },
        }}
      />,
    );

    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveAttribute('aria-live', 'polite');
  });
});
