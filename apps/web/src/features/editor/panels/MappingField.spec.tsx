import type { FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { MappingField, type FieldPreview } from './MappingField';

const field: FieldDefinition = { key: 'subject', label: 'Subject', type: 'text', required: true };

const renderField = (preview?: FieldPreview) =>
  render(
    <MappingField
      field={field}
      value="Thanks, {{ name }}"
      onChange={() => undefined}
      variables={null}
      preview={preview}
    />,
  );

describe(MappingField.name, () => {
  it('should show the value the preview gave the field, as part of its description', () => {
    renderField({ value: 'Thanks, Ana', outdated: false });

    expect(screen.getByText('With this test data:')).toBeVisible();
    expect(screen.getByText('Thanks, Ana')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Subject/ })).toHaveAccessibleDescription(
      'With this test data: Thanks, Ana',
    );
  });

  it.each([undefined, ''])('should say (empty) when the preview gave the field %p', (value) => {
    renderField({ value, outdated: false });

    expect(screen.getByText('(empty)')).toBeVisible();
  });

  it('should say the value is outdated when the field changed since the preview', () => {
    renderField({ value: 'Thanks, Ana', outdated: true });

    expect(screen.getByText(/^Changed since the preview: press Preview again/)).toBeVisible();
    expect(screen.queryByText('Thanks, Ana')).not.toBeInTheDocument();
  });

  it('should describe the field by nothing but its own help when there is no preview', () => {
    renderField();

    expect(screen.queryByText('With this test data:')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Subject/ })).not.toHaveAccessibleDescription();
  });
});
