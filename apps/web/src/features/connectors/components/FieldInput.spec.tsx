import type { FieldDefinition } from '@fluxo/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from '@jest/globals';
import { FieldInput } from './FieldInput';
import { FieldList } from './FieldList';

function render(element: ReactElement): string {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter>{element}</MemoryRouter>
    </QueryClientProvider>,
  );
}

const noop = () => undefined;

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
  it('should render a multi-select as a named group of labelled checkboxes', () => {
    const html = render(
      <FieldInput field={events} idPrefix="f" value={['refunded']} onChange={noop} />,
    );

    expect(html).toContain('<fieldset');
    expect(html).toMatch(/<legend[^>]*>Events/);
    expect(html).toContain('<label for="f-events-0">Approved</label>');
    expect(html).toMatch(/id="f-events-1"[^>]*checked=""/);
    expect(html).not.toMatch(/id="f-events-0"[^>]*checked=""/);
  });

  it('should show an empty list with its empty state and an add button', () => {
    const html = render(<FieldInput field={questions} idPrefix="f" value={[]} onChange={noop} />);

    expect(html).toContain('Nothing added yet.');
    expect(html).toContain('Add an item: Questions');
  });

  it('should render each row with its own labelled inputs and row actions', () => {
    const html = render(
      <FieldInput
        field={questions}
        idPrefix="f"
        value={[
          { label: 'Name', type: 'text', choices: '' },
          { label: 'Size', type: 'choice', choices: 'S' },
        ]}
        onChange={noop}
      />,
    );

    expect(html).toContain('for="f-questions-row0-label"');
    expect(html).toContain('Move up: item 2');
    expect(html).toContain('Remove: item 1');
    // "Options" only applies to the second row, whose type is "choice".
    expect(html).not.toContain('f-questions-row0-choices');
    expect(html).toContain('f-questions-row1-choices');
    // The first row cannot move up, the last cannot move down.
    expect(html).toMatch(/id="f-questions-row0-up"[^>]*disabled/);
    expect(html).toMatch(/id="f-questions-row1-down"[^>]*disabled/);
  });

  it('should offer a labelled text box for a dynamic-select whose choices are not listed yet', () => {
    const sheet: FieldDefinition = {
      key: 'spreadsheet',
      label: 'Spreadsheet',
      type: 'dynamic-select',
      required: true,
      optionsLoader: 'spreadsheets',
    };

    const html = render(
      <FieldInput
        field={sheet}
        idPrefix="f"
        value="https://docs.google.com/spreadsheets/d/abc"
        onChange={noop}
        context={{ connectorKey: 'google-sheets', accountId: 'a1', settings: {} }}
      />,
    );

    expect(html).toContain('<label for="f-spreadsheet">Spreadsheet</label>');
    expect(html).toMatch(/<input[^>]*id="f-spreadsheet"/);
    expect(html).toContain('value="https://docs.google.com/spreadsheets/d/abc"');
  });
});

describe(FieldList.name, () => {
  it('should leave out fields whose showWhen does not match', () => {
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

    const hidden = render(
      <FieldList fields={fields} idPrefix="f" values={{ authType: 'oauth2' }} onChange={noop} />,
    );
    const shown = render(
      <FieldList
        fields={fields}
        idPrefix="f"
        values={{ authType: 'serviceAccount' }}
        onChange={noop}
      />,
    );

    expect(hidden).not.toContain('Service-account key');
    expect(shown).toContain('Service-account key');
  });
});
