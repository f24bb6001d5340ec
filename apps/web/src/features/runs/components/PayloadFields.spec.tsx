import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { PayloadFields } from './PayloadFields';

describe(PayloadFields.name, () => {
  it('should name each field as the receiver does and fold the raw JSON', () => {
    render(
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
