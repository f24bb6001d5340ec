import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { ReportedOutputs } from './ReportedOutputs';

const declared = [
  { key: 'paymentLink', label: 'Payment link', example: 'https://pay/x' },
  { key: 'billId', label: 'Portmone bill id', example: '1' },
];

describe(ReportedOutputs.name, () => {
  it('should list, by label, the outputs the receiver reported', () => {
    render(
      <ReportedOutputs
        declared={declared}
        response={{ paymentLink: 'https://pay/42', orderNumber: 'FLX-1' }}
      />,
    );

    expect(screen.getByText('Reported for the receivers after it')).toBeVisible();
    expect(screen.getByText('Payment link').nextSibling).toHaveTextContent('https://pay/42');
    expect(screen.queryByText('Portmone bill id')).toBeNull();
  });

  it('should show nothing when the receiver declares or reported no outputs', () => {
    const { container } = render(<ReportedOutputs declared={declared} response={null} />);
    render(<ReportedOutputs declared={undefined} response={{ paymentLink: 'x' }} />);

    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByText('Reported for the receivers after it')).toBeNull();
  });
});
