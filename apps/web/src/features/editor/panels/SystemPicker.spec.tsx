import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { connectors } from '../canvas/__fixtures__/connection.fixture';
import { SystemPicker } from './SystemPicker';

/** The picker as a panel holds it: the choice is the panel's state. */
function Panel({ initial, onChange }: { initial: string | null; onChange: (key: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <SystemPicker
      connectors={connectors}
      value={value}
      onChange={(key) => {
        setValue(key);
        onChange(key);
      }}
    />
  );
}

const renderPicker = (initial: string | null) => {
  const onChange = jest.fn<(key: string) => void>();
  render(<Panel initial={initial} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
};

describe(SystemPicker.name, () => {
  it('should list every system while none is chosen', () => {
    renderPicker(null);

    expect(screen.getByRole('radio', { name: /Web form/ })).toBeVisible();
    expect(screen.getByRole('radio', { name: /E-mail \(SMTP\)/ })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Change system' })).not.toBeInTheDocument();
  });

  it('should fold to the chosen system, keeping its radio checked, and unfold on Change', async () => {
    const { onChange, user } = renderPicker(null);

    await user.click(screen.getByRole('radio', { name: /Web form/ }));

    expect(onChange).toHaveBeenCalledWith('forms');
    expect(screen.getByRole('button', { name: 'Change system' })).toBeVisible();
    // Hidden, not removed: the radio just chosen stays checked in the page.
    expect(screen.getByRole('radio', { name: /Web form/, hidden: true })).toBeChecked();
    expect(screen.getByRole('radio', { name: /E-mail/, hidden: true })).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Change system' }));
    expect(screen.getByRole('radio', { name: /E-mail \(SMTP\)/ })).toBeVisible();
  });
});
