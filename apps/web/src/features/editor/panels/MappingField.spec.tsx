import type { FieldDefinition } from '@fluxo/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from '@jest/globals';
import { MappingField, type FieldPreview } from './MappingField';

const field: FieldDefinition = { key: 'subject', label: 'Subject', type: 'text', required: true };

const render = (preview?: FieldPreview) =>
  renderToStaticMarkup(
    <MappingField
      field={field}
      value="Thanks, {{ name }}"
      onChange={() => undefined}
      variables={null}
      preview={preview}
    />,
  );

describe(MappingField.name, () => {
  it('should show the value the preview gave the field', () => {
    const sut = render({ value: 'Thanks, Ana', outdated: false });

    expect(sut).toContain('With this test data:');
    expect(sut).toContain('Thanks, Ana');
    expect(sut).toMatch(/aria-describedby="[^"]*-preview"/);
  });

  it('should say (empty) when the preview gave the field no value', () => {
    expect(render({ value: undefined, outdated: false })).toContain('(empty)');
    expect(render({ value: '', outdated: false })).toContain('(empty)');
  });

  it('should say the value is outdated when the field changed since the preview', () => {
    const sut = render({ value: 'Thanks, Ana', outdated: true });

    expect(sut).toContain('Changed since the preview: press Preview again');
    expect(sut).not.toContain('Thanks, Ana');
  });

  it('should show no preview line when there is no preview', () => {
    expect(render()).not.toContain('field__preview');
  });
});
