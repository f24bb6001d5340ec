import type { FieldDefinition } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import type { FormValue, FormValues } from './field-values';
import type { FieldContext } from './field-control.types';
import { FieldInput } from './FieldInput';
import { FieldList } from './FieldList';

/** A form holding one field's value, as the settings and account forms do. */
function Form({
  field,
  initial,
  context,
}: {
  field: FieldDefinition;
  initial: FormValue;
  context?: FieldContext;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <FieldInput field={field} idPrefix="f" value={value} onChange={setValue} context={context} />
      <output aria-label="Value">{JSON.stringify(value)}</output>
    </>
  );
}

const valueShown = () =>
  JSON.parse(screen.getByRole('status', { name: 'Value' }).textContent ?? '');

const events: FieldDefinition = {
  key: 'events',
  label: 'Events',
  type: 'multi-select',
  required: true,
  options: [
    { value: 'approved', label: 'Approved' },
    { value: 'refunded', label: 'Refunded' },
  ],
};

const questions: FieldDefinition = {
  key: 'questions',
  label: 'Questions',
  type: 'list',
  required: true,
  itemFields: [
    { key: 'label', label: 'Question', type: 'text', required: true },
    {
      key: 'choices',
      label: 'Options',
      type: 'textarea',
      required: false,
      showWhen: { field: 'type', equals: ['choice'] },
    },
    { key: 'type', label: 'Answer type', type: 'text', required: true },
  ],
};

describe(FieldInput.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => api.uninstall());

  it('should offer a multi-select as a named group of checkboxes the user ticks', async () => {
    const { user } = renderInApp(<Form field={events} initial={['refunded']} />);

    const group = screen.getByRole('group', { name: /Events/ });
    expect(within(group).getByRole('checkbox', { name: 'Refunded' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Approved' })).not.toBeChecked();

    await user.click(within(group).getByRole('checkbox', { name: 'Approved' }));

    expect(valueShown()).toEqual(expect.arrayContaining(['approved', 'refunded']));
    expect(valueShown()).toHaveLength(2);
  });

  it('should start a list empty, saying so, and add a row of labelled inputs', async () => {
    const { user } = renderInApp(<Form field={questions} initial={[]} />);
    expect(screen.getByText(/^Nothing added yet\./)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Add an item: Questions' }));
    const row = screen.getByRole('group', { name: 'Item 1' });
    await user.type(within(row).getByLabelText(/^Question/), 'Name');

    expect(screen.queryByText(/^Nothing added yet\./)).not.toBeInTheDocument();
    expect(valueShown()).toEqual([expect.objectContaining({ label: 'Name' })]);
  });

  it("should show a row's conditional input only when its condition holds", async () => {
    const { user } = renderInApp(
      <Form
        field={questions}
        initial={[
          { label: 'Name', type: 'text', choices: '' },
          { label: 'Size', type: 'choice', choices: 'S' },
        ]}
      />,
    );
    const first = screen.getByRole('group', { name: 'Item 1' });
    expect(within(first).queryByLabelText(/^Options/)).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Item 2' })).getByLabelText(/^Options/),
    ).toHaveValue('S');

    await user.clear(within(first).getByLabelText(/^Answer type/));
    await user.type(within(first).getByLabelText(/^Answer type/), 'choice');

    expect(within(first).getByLabelText(/^Options/)).toBeVisible();
  });

  it('should move and remove rows, never past either end', async () => {
    const { user } = renderInApp(
      <Form
        field={questions}
        initial={[
          { label: 'Name', type: 'text', choices: '' },
          { label: 'Size', type: 'choice', choices: 'S' },
        ]}
      />,
    );
    expect(screen.getByRole('button', { name: 'Move up: item 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down: item 2' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move up: item 2' }));
    expect(valueShown().map((row: { label: string }) => row.label)).toEqual(['Size', 'Name']);

    await user.click(screen.getByRole('button', { name: 'Remove: item 1' }));
    expect(valueShown().map((row: { label: string }) => row.label)).toEqual(['Name']);
  });

  it('should let the user type a dynamic-select value when its choices cannot be listed', async () => {
    const sheet: FieldDefinition = {
      key: 'spreadsheet',
      label: 'Spreadsheet',
      type: 'dynamic-select',
      required: true,
      optionsLoader: 'spreadsheets',
    };
    const { user } = renderInApp(
      <Form
        field={sheet}
        initial="https://docs.google.com/spreadsheets/d/abc"
        context={{ connectorKey: 'google-sheets', accountId: 'a1', settings: {} }}
      />,
    );

    const box = await screen.findByRole('textbox', { name: /Spreadsheet/ });
    expect(box).toHaveValue('https://docs.google.com/spreadsheets/d/abc');
    await user.clear(box);
    await user.type(box, 'https://docs.google.com/spreadsheets/d/xyz');
    expect(valueShown()).toBe('https://docs.google.com/spreadsheets/d/xyz');
  });
});

describe(FieldList.name, () => {
  it('should show a field whose showWhen matches once the user picks its value', async () => {
    const fields: FieldDefinition[] = [
      { key: 'authType', label: 'Sign-in method', type: 'text', required: true },
      {
        key: 'key',
        label: 'Service-account key',
        type: 'textarea',
        required: true,
        showWhen: { field: 'authType', equals: ['serviceAccount'] },
      },
    ];
    function Fields() {
      const [values, setValues] = useState<FormValues>({ authType: 'oauth2' });
      return (
        <FieldList
          fields={fields}
          idPrefix="f"
          values={values}
          onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
        />
      );
    }
    const { user } = renderInApp(<Fields />);
    expect(screen.queryByLabelText(/Service-account key/)).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Sign-in method/));
    await user.type(screen.getByLabelText(/Sign-in method/), 'serviceAccount');

    expect(screen.getByLabelText(/Service-account key/)).toBeVisible();
  });
});
