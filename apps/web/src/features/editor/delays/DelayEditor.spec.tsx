import type { Delay } from '@fluxo/contracts';
import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DelayEditor } from './DelayEditor';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function renderEditor(saved: Delay | null = null) {
  const onSave = jest.fn<(delay: Delay | null) => Promise<unknown>>(() => Promise.resolve());
  render(
    <DelayEditor
      saved={saved}
      variables={[{ path: 'due_date', preview: '2026-12-24' }]}
      onSave={onSave}
      saving={false}
      error={null}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

describe(DelayEditor.name, () => {
  it('should send at once by default', () => {
    renderEditor();

    expect(screen.getByRole('radio', { name: 'At once' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save when to send' })).toBeDisabled();
  });

  it('should save a wait after the item arrives, in the user’s time zone', async () => {
    const { onSave, user } = renderEditor();

    await user.click(screen.getByRole('radio', { name: 'After a wait' }));
    await user.clear(screen.getByLabelText('How long'));
    await user.type(screen.getByLabelText('How long'), '2');
    await user.selectOptions(screen.getByLabelText('Unit'), 'days');
    await user.click(screen.getByRole('button', { name: 'Save when to send' }));

    expect(onSave).toHaveBeenCalledWith({
      type: 'after',
      wait: { amount: 2, unit: 'days' },
      timeZone: zone,
    });
  });

  it('should save "1 day before the date, at 09:00"', async () => {
    const { onSave, user } = renderEditor();

    await user.click(screen.getByRole('radio', { name: 'At a date from the item' }));
    await user.type(screen.getByLabelText('Variable with the date'), 'due_date');
    await user.clear(screen.getByLabelText('How long before or after the date'));
    await user.type(screen.getByLabelText('How long before or after the date'), '1');
    await user.type(screen.getByLabelText('At a time of day (optional)'), '09:00');
    await user.click(screen.getByRole('button', { name: 'Save when to send' }));

    const saved = {
      type: 'at',
      variable: 'due_date',
      offset: { amount: -1, unit: 'days' },
      timeOfDay: '09:00',
      timeZone: zone,
    } as const;
    expect(onSave).toHaveBeenCalledWith(saved);
  });

  it('should refuse a wait over 365 days in words, without saving', async () => {
    const { onSave, user } = renderEditor({ type: 'after', wait: { amount: 1, unit: 'hours' } });

    await user.clear(screen.getByLabelText('How long'));
    await user.type(screen.getByLabelText('How long'), '366');
    await user.selectOptions(screen.getByLabelText('Unit'), 'days');
    await user.click(screen.getByRole('button', { name: 'Save when to send' }));

    expect(screen.getByText('A delay can be at most 365 days.')).toBeVisible();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('should go back to "at once"', async () => {
    const { onSave, user } = renderEditor({ type: 'after', wait: { amount: 1, unit: 'hours' } });

    await user.click(screen.getByRole('radio', { name: 'At once' }));
    await user.click(screen.getByRole('button', { name: 'Save when to send' }));

    expect(onSave).toHaveBeenCalledWith(null);
  });
});
