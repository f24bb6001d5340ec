import type { FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { receiverStep } from '../canvas/__fixtures__/connection.fixture';
import { cleanMapping, initialMapping, sameMapping, shownMapping } from './use-mapping-draft';

const fields: FieldDefinition[] = [
  { key: 'to', label: 'To', type: 'email', required: true },
  { key: 'subject', label: 'Subject', type: 'text', required: true, default: 'Hello' },
  { key: 'text', label: 'Text body', type: 'textarea', required: false },
];

describe(initialMapping.name, () => {
  it('should take saved templates first, then defaults, then empty text', () => {
    const sut = initialMapping(receiverStep('r1', { mapping: { to: '{{ email }}' } }), fields);

    expect(sut).toEqual({ to: '{{ email }}', subject: 'Hello', text: '' });
  });

  it('should keep saved keys with the dynamic fields prefix and leave out other unknown keys', () => {
    const step = receiverStep('r1', {
      mapping: { to: 'a@b.c', 'column:Name': '{{ name }}', gone: 'x' },
    });

    const sut = initialMapping(step, fields, 'column:');

    expect(sut).toEqual({ to: 'a@b.c', subject: 'Hello', text: '', 'column:Name': '{{ name }}' });
  });
});

describe(cleanMapping.name, () => {
  it('should leave out blank templates', () => {
    expect(cleanMapping({ to: '{{ email }}', cc: '  ', text: '' })).toEqual({ to: '{{ email }}' });
  });
});

describe(sameMapping.name, () => {
  it('should treat a blank template and a missing key as the same', () => {
    expect(sameMapping({ to: 'a', text: '' }, { to: 'a' })).toBe(true);
  });

  it('should see a changed template', () => {
    expect(sameMapping({ to: 'a' }, { to: 'b' })).toBe(false);
  });
});

describe(shownMapping.name, () => {
  it('should leave out fields hidden by their condition', () => {
    const withCondition: FieldDefinition[] = [
      { key: 'auth', label: 'Auth', type: 'select', required: false, options: [] },
      {
        key: 'token',
        label: 'Token',
        type: 'text',
        required: true,
        showWhen: { field: 'auth', equals: ['bearer'] },
      },
    ];

    expect(shownMapping({ auth: 'none', token: 'x' }, withCondition)).toEqual({ auth: 'none' });
    expect(shownMapping({ auth: 'bearer', token: 'x' }, withCondition)).toEqual({
      auth: 'bearer',
      token: 'x',
    });
  });
});
