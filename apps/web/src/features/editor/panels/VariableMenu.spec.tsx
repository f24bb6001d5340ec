import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VariableMenu } from './VariableMenu';

function renderMenu(variables = [{ path: 'name', preview: 'Ana' }]) {
  const onPick = jest.fn<(path: string, filter: string | null) => void>();
  const onClose = jest.fn<() => void>();
  render(
    <>
      <button type="button">Elsewhere</button>
      <VariableMenu
        id="menu"
        fieldLabel="Subject"
        variables={variables}
        onPick={onPick}
        onClose={onClose}
      />
    </>,
  );
  return { onPick, onClose, user: userEvent.setup() };
}

describe(VariableMenu.name, () => {
  it('should name each variable by its path, with its plain tag and sample, focused first', () => {
    renderMenu();

    const variable = screen.getByRole('button', { name: 'name' });
    expect(variable).toHaveTextContent('{{ name }}');
    expect(variable).toHaveTextContent('Ana');
    expect(variable).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Variables for Subject' })).toBeVisible();
  });

  it('should pick the variable as it is by default', async () => {
    const { onPick, user } = renderMenu();

    expect(screen.getByLabelText('Insert as')).toHaveDisplayValue('as it is');
    await user.click(screen.getByRole('button', { name: 'name' }));

    expect(onPick).toHaveBeenCalledWith('name', null);
  });

  it('should show and pick the filter of the format chosen under Insert as', async () => {
    const { onPick, user } = renderMenu();

    await user.selectOptions(screen.getByLabelText('Insert as'), 'UPPER CASE');

    expect(screen.getByRole('button', { name: 'name' })).toHaveTextContent('{{ name | upcase }}');
    await user.click(screen.getByRole('button', { name: 'name' }));
    expect(onPick).toHaveBeenCalledWith('name', 'upcase');
  });

  it('should ask for the text when empty only for the default format', async () => {
    const { onPick, user } = renderMenu();
    expect(screen.queryByLabelText('Text when empty')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Insert as'), 'with a default when empty');
    await user.type(screen.getByLabelText('Text when empty'), 'friend');
    await user.click(screen.getByRole('button', { name: 'name' }));

    expect(onPick).toHaveBeenCalledWith('name', 'default: "friend"');
  });

  it('should close on Escape and on a click outside it', async () => {
    const { onClose, user } = renderMenu();

    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('should say there are no variables yet instead of an empty list', () => {
    renderMenu([]);

    expect(screen.queryByLabelText('Insert as')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Variables for Subject' })).toHaveTextContent(
      /test data/i,
    );
  });
});
