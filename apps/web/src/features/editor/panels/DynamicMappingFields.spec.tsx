import { describe, expect, it, jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DynamicFieldsState } from '../hooks/use-dynamic-fields';
import { DynamicMappingFields } from './DynamicMappingFields';
const base: DynamicFieldsState = {
  declaration: {
    optionsLoader: 'columns',
    dependsOn: ['spreadsheet', 'sheet'],
    keyPrefix: 'column:',
    label: 'Columns',
    help: "The sheet's first row.",
  },
  waiting: false,
  missing: [],
  loading: false,
  error: null,
  retry: () => undefined,
  hint: undefined,
  listed: true,
  fields: [],
  stale: [],
};

function renderFields(dynamic: Partial<DynamicFieldsState>, values: Record<string, string> = {}) {
  const onChange = jest.fn<(key: string, value: string) => void>();
  const view = render(
    <DynamicMappingFields
      dynamic={{ ...base, ...dynamic }}
      values={values}
      onChange={onChange}
      variables={null}
      errors={{}}
      context={{ connectorKey: 'google-sheets', accountId: 'a1', settings: {} }}
    />,
  );
  return { ...view, onChange, user: userEvent.setup() };
}

describe(DynamicMappingFields.name, () => {
  it('should show nothing when the receiver declares no dynamic fields', () => {
    const { container } = renderFields({ declaration: undefined });

    expect(container).toBeEmptyDOMElement();
  });

  it('should say which fields to fill in first while one is empty', () => {
    renderFields({ waiting: true, listed: false, missing: ['Sheet'] });

    expect(screen.getByRole('group', { name: 'Columns' })).toHaveTextContent(
      'Fill in Sheet above to see what can be mapped here.',
    );
  });

  it('should list again when the user presses Try again after a failure', async () => {
    const retry = jest.fn<() => undefined>();
    const { user } = renderFields({ listed: false, error: new Error('Account expired.'), retry });

    expect(screen.getByText(/The list could not be loaded/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('should map each listed entry through a templated field', async () => {
    const { user, onChange } = renderFields(
      { fields: [{ key: 'column:Name', label: 'Name', type: 'text', required: false }] },
      { 'column:Name': '{{ name }}' },
    );

    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('{{ name }}');
    expect(screen.getByRole('button', { name: 'Insert variable into Name' })).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /Name/ }), '!');
    expect(onChange).toHaveBeenLastCalledWith('column:Name', '{{ name }}!');
  });

  it('should keep entries no longer listed until the user removes them', async () => {
    const { user, onChange } = renderFields({
      stale: [{ key: 'column:Phone', name: 'Phone', value: '{{ phone }}' }],
    });

    const stale = screen.getByText('No longer in the list').closest('div, section, fieldset');
    expect(stale).not.toBeNull();
    expect(within(stale as HTMLElement).getByText('{{ phone }}')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove “Phone”' }));

    expect(onChange).toHaveBeenCalledWith('column:Phone', '');
  });

  it('should show the connector hint when nothing is listed', () => {
    renderFields({ hint: 'The first row of the sheet is empty.' });

    expect(screen.getByText('The first row of the sheet is empty.')).toBeVisible();
  });
});
