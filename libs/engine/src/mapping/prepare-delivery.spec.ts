import type { FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { prepareDelivery } from './prepare-delivery';

const fields: FieldDefinition[] = [
  { key: 'to', label: 'To', type: 'email', required: true },
  { key: 'subject', label: 'Subject', type: 'text', required: true },
  { key: 'text', label: 'Text body', type: 'textarea', required: false },
];

describe(prepareDelivery.name, () => {
  it('should render and validate when the mapping is complete', async () => {
    const result = await prepareDelivery(
      fields,
      { to: '{{ email }}', subject: 'Order {{ id }}', text: 'Thanks, {{ name }}' },
      { email: 'ana@example.com', id: 7, name: 'Ana' },
    );

    expect(result).toEqual({
      payload: { to: 'ana@example.com', subject: 'Order 7', text: 'Thanks, Ana' },
      errors: [],
    });
  });

  it('should render missing mapping entries as empty when a field is not mapped', async () => {
    const result = await prepareDelivery(fields, { to: 'a@example.com', subject: 'Hi' }, {});

    expect(result).toEqual({
      payload: { to: 'a@example.com', subject: 'Hi', text: '' },
      errors: [],
    });
  });

  it('should use the declared default when a field with one is not mapped', async () => {
    const withLanguage: FieldDefinition[] = [
      ...fields,
      {
        key: 'language',
        label: 'Language',
        type: 'select',
        required: false,
        default: 'uk',
        options: [{ value: 'uk', label: 'Українська' }],
      },
    ];

    const result = await prepareDelivery(withLanguage, { to: 'a@example.com', subject: 'Hi' }, {});

    expect(result.payload.language).toBe('uk');
  });

  it('should neither send nor require a field its sibling choice hides', async () => {
    const withAuth: FieldDefinition[] = [
      { key: 'authType', label: 'Auth', type: 'select', required: false, options: [] },
      {
        key: 'token',
        label: 'Token',
        type: 'text',
        required: true,
        showWhen: { field: 'authType', equals: ['bearer'] },
      },
    ];

    const hidden = await prepareDelivery(withAuth, { authType: 'none', token: 'x' }, {});
    const shown = await prepareDelivery(withAuth, { authType: 'bearer' }, {});

    expect(hidden).toEqual({ payload: { authType: 'none' }, errors: [] });
    expect(shown.errors).toMatchObject([{ field: 'token', message: 'Token is required' }]);
  });

  it('should drop mapping keys when the receiver does not declare them', async () => {
    const result = await prepareDelivery(
      fields,
      { to: 'a@example.com', subject: 'Hi', legacy: '{{ secret }}' },
      { secret: 'x' },
    );

    expect(Object.keys(result.payload)).toEqual(['to', 'subject', 'text']);
  });

  it('should report a required field when its variable is missing in the item', async () => {
    const result = await prepareDelivery(fields, { to: '{{ email }}', subject: 'Hi' }, {});

    expect(result.errors).toMatchObject([{ field: 'to', message: 'To is required' }]);
  });

  it('should report only the template error when a required field fails to render', async () => {
    const result = await prepareDelivery(fields, { to: '{{ email | nope }}', subject: 'Hi' }, {});

    expect(result.errors).toEqual([
      { field: 'to', message: 'Unknown filter "nope" (line 1, column 1)' },
    ]);
  });

  it('should name the field label when the output is too long', async () => {
    const result = await prepareDelivery(
      fields,
      { to: 'a@example.com', subject: 'Hi', text: '{{ body }}' },
      { body: 'y'.repeat(50) },
      { maxFieldLength: 20 },
    );

    expect(result.errors).toEqual([
      { field: 'text', message: '"Text body" is longer than 20 characters' },
    ]);
  });

  it('should report a type error when a rendered value is invalid', async () => {
    const result = await prepareDelivery(
      fields,
      { to: '{{ name }}', subject: 'Hi' },
      { name: 'Ana' },
    );

    expect(result.errors).toEqual([
      {
        field: 'to',
        message: 'To must be an e-mail address: "Ana" is not one',
        code: 'field.email',
        params: { label: 'To', value: 'Ana' },
      },
    ]);
  });

  it('should ignore inherited mapping keys when the mapping object has a prototype', async () => {
    const mapping = Object.create({ to: 'inherited@example.com' }) as Record<string, string>;
    mapping.subject = 'Hi';

    const result = await prepareDelivery(fields, mapping, {});

    expect(result.payload.to).toBe('');
  });

  it('should refuse a payload where none of a "one of" rule\'s fields rendered anything', async () => {
    const bodies: FieldDefinition[] = [
      ...fields,
      { key: 'html', label: 'HTML body', type: 'textarea', required: false },
    ];
    const rules = [{ type: 'oneOf' as const, fields: ['text', 'html'] }];
    const mapping = { to: 'a@example.com', subject: 'Hi', text: '{{ note }}', html: '' };

    const empty = await prepareDelivery(bodies, mapping, {}, undefined, rules);
    const filled = await prepareDelivery(bodies, mapping, { note: 'Thanks' }, undefined, rules);

    expect(empty.errors).toEqual([
      {
        field: 'text',
        message: 'Fill in Text body or HTML body',
        code: 'fields.oneOf',
        params: { label: 'Text body', labels: 'Text body or HTML body', fields: 'text,html' },
      },
    ]);
    expect(filled.errors).toEqual([]);
  });
});
