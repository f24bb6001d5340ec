import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from '@jest/globals';
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

const render = (dynamic: Partial<DynamicFieldsState>, values: Record<string, string> = {}) =>
  renderToStaticMarkup(
    <DynamicMappingFields
      dynamic={{ ...base, ...dynamic }}
      values={values}
      onChange={() => undefined}
      variables={null}
      errors={{}}
      context={{ connectorKey: 'google-sheets', accountId: 'a1', settings: {} }}
    />,
  );

describe(DynamicMappingFields.name, () => {
  it('should render nothing when the receiver declares no dynamic fields', () => {
    expect(render({ declaration: undefined })).toBe('');
  });

  it('should say which fields to fill in first while one is empty', () => {
    const html = render({ waiting: true, listed: false, missing: ['Sheet'] });

    expect(html).toContain('<legend class="field-group__legend">Columns</legend>');
    expect(html).toContain('Fill in Sheet above to see what can be mapped here.');
  });

  it('should offer Try again when the list could not be loaded', () => {
    const html = render({ listed: false, error: new Error('Account expired.') });

    expect(html).toContain('The list could not be loaded');
    expect(html).toContain('Try again');
  });

  it('should show a templated field per listed entry and the entries no longer listed', () => {
    const html = render(
      {
        fields: [{ key: 'column:Name', label: 'Name', type: 'text', required: false }],
        stale: [{ key: 'column:Phone', name: 'Phone', value: '{{ phone }}' }],
      },
      { 'column:Name': '{{ name }}' },
    );

    expect(html).toContain('value="{{ name }}"');
    expect(html).toContain('aria-label="Insert variable into Name"');
    expect(html).toContain('No longer in the list');
    expect(html).toContain('{{ phone }}');
    expect(html).toContain('aria-label="Remove “Phone”"');
  });

  it('should show the connector hint when nothing is listed', () => {
    const html = render({ hint: 'The first row of the sheet is empty.' });

    expect(html).toContain('The first row of the sheet is empty.');
  });
});
