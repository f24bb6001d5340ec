import type { Conditions } from '@fluxo/contracts';
import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConditionsEditor } from './ConditionsEditor';

const variables = [
  { path: 'status', preview: 'pending' },
  { path: 'total', preview: '49,90' },
];

function renderEditor(
  saved: Conditions | null = null,
  sample: Record<string, unknown> | null = { status: 'pending', total: '49,90' },
) {
  const onSave = jest.fn<(conditions: Conditions | null) => Promise<unknown>>(() =>
    Promise.resolve(),
  );
  render(
    <ConditionsEditor
      saved={saved}
      variables={variables}
      sample={sample}
      onSave={onSave}
      saving={false}
      error={null}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

describe(ConditionsEditor.name, () => {
  it('should say every item is sent until a condition is added', () => {
    renderEditor();

    expect(screen.getByText('No conditions: every item is sent.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save conditions' })).toBeDisabled();
  });

  it('should build a rule in words, show live that the test item fails it and why, and save it', async () => {
    const { onSave, user } = renderEditor();

    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    const rule = screen.getByRole('group', { name: 'Condition 1' });
    expect(screen.getByLabelText('Variable')).toHaveValue('status');
    await user.selectOptions(screen.getByLabelText('Condition'), 'equals');
    await user.type(screen.getByLabelText('Value'), 'paid');

    expect(rule).toHaveTextContent('Not true for the test item: it has “pending”.');
    expect(screen.getByRole('status')).toHaveTextContent(
      'The test item does not meet the conditions: it would be skipped.',
    );

    await user.click(screen.getByRole('button', { name: 'Save conditions' }));
    expect(onSave).toHaveBeenCalledWith({
      groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'paid' }] }],
    });
    expect(await screen.findByText('Saved')).toBeVisible();
  });

  it('should pass the test item when any set of conditions holds (or), comparing amounts as numbers', async () => {
    const { user } = renderEditor({
      groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'paid' }] }],
    });

    await user.click(screen.getByRole('button', { name: '+ Or: another set of conditions' }));
    const second = screen.getAllByRole('group', { name: 'Condition 1' })[1];
    const [variable] = second.querySelectorAll('input');
    await user.clear(variable);
    await user.type(variable, 'total');
    await user.selectOptions(screen.getAllByLabelText('Condition')[1], 'greaterThan');
    await user.type(screen.getAllByLabelText('Value')[1], '49,5');

    expect(screen.getByRole('status')).toHaveTextContent(
      'The test item meets the conditions: it would be sent.',
    );
  });

  it('should hide the value for "is empty" and ask for a variable before saving', async () => {
    const { onSave, user } = renderEditor();

    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    await user.clear(screen.getByLabelText('Variable'));
    await user.selectOptions(screen.getByLabelText('Condition'), 'isEmpty');
    expect(screen.queryByLabelText('Value')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save conditions' }));
    expect(screen.getByText('Choose a variable for this condition.')).toBeVisible();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('should save no conditions once the last rule is removed', async () => {
    const { onSave, user } = renderEditor({
      groups: [{ rules: [{ variable: 'status', operator: 'isNotEmpty', value: '' }] }],
    });

    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    await user.click(screen.getByRole('button', { name: 'Save conditions' }));

    expect(onSave).toHaveBeenCalledWith(null);
  });

  it('should say when there is no test item to check against', async () => {
    const { user } = renderEditor(null, null);

    await user.click(screen.getByRole('button', { name: 'Add a condition' }));

    expect(screen.getByRole('status')).toHaveTextContent(
      'There is no test item yet: the check appears once data arrives.',
    );
  });
});
