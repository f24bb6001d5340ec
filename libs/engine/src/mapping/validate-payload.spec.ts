import type { FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { splitEmailList, validatePayload } from './validate-payload';

const field = (
  key: string,
  type: FieldDefinition['type'],
  extra: Record<string, unknown> = {},
): FieldDefinition =>
  ({
    key,
    label: key[0].toUpperCase() + key.slice(1),
    type,
    required: false,
    ...extra,
  }) as FieldDefinition;

describe(validatePayload.name, () => {
  it('should return no errors when every value is valid', () => {
    const fields = [
      field('to', 'email', { required: true }),
      field('count', 'number'),
      field('price', 'money'),
      field('site', 'url'),
      field('phone', 'phone'),
      field('note', 'text'),
    ];

    const errors = validatePayload(fields, {
      to: 'ana@example.com',
      count: '-3',
      price: '12.50',
      site: 'https://example.com/path?q=1',
      phone: '+1 (415) 555-0123',
      note: 'anything goes',
    });

    expect(errors).toMatchObject([]);
  });

  it('should report the label when a required field is blank after trimming', () => {
    const fields = [field('subject', 'text', { required: true, label: 'Subject' })];

    expect(validatePayload(fields, { subject: '  \n\t ' })).toMatchObject([
      { field: 'subject', message: 'Subject is required' },
    ]);
  });

  it('should report a required field when it is absent from the payload', () => {
    const fields = [field('to', 'email', { required: true, label: 'To' })];

    expect(validatePayload(fields, {})).toMatchObject([{ field: 'to', message: 'To is required' }]);
  });

  it('should treat an e-mail list of only commas as blank when the field is required', () => {
    const fields = [field('to', 'email', { required: true, label: 'To' })];

    expect(validatePayload(fields, { to: ' , ,' })).toMatchObject([
      { field: 'to', message: 'To is required' },
    ]);
  });

  it('should skip type checks when an optional field is blank', () => {
    const fields = [field('cc', 'email'), field('count', 'number'), field('site', 'url')];

    expect(validatePayload(fields, { cc: ' ', count: '', site: '' })).toMatchObject([]);
  });

  it('should accept comma-separated and named addresses when the field is an e-mail', () => {
    const fields = [field('to', 'email')];

    const errors = validatePayload(fields, {
      to: 'a@example.com, Ana Lima <ana@example.org>,b.c+tag@sub.example.co.uk,',
    });

    expect(errors).toMatchObject([]);
  });

  it.each([
    'ana',
    'ana@',
    '"Lima, Ana" ana@example.com',
    '@example.com',
    'ana@example',
    'a b@example.com',
    'a@example.com; b@example.com',
  ])('should name the bad address when the e-mail field holds "%s"', (value) => {
    const errors = validatePayload([field('to', 'email', { label: 'To' })], {
      to: `ok@example.com, ${value}`,
    });

    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('to');
    expect(errors[0].message).toMatch(/^To must be an e-mail address: ".+" is not one$/);
  });

  it.each(['42', '-7', '+3.5', '0.25', '.5', '1e3'])(
    'should accept %s when the field is a number',
    (value) => {
      expect(validatePayload([field('n', 'number')], { n: value })).toMatchObject([]);
    },
  );

  it.each(['abc', '12,50', '1.2.3', '12 apples', 'NaN', 'Infinity', '0x10'])(
    'should reject %s when the field is a number',
    (value) => {
      expect(
        validatePayload([field('n', 'number', { label: 'Quantity' })], { n: value }),
      ).toMatchObject([{ field: 'n', message: 'Quantity must be a number, like 42 or 3.5' }]);
    },
  );

  it.each(['$12', '12 apples', '1.2.3,4', '12,', ',5', '1 23,50', 'abc'])(
    'should reject %s when the field is money',
    (value) => {
      expect(
        validatePayload([field('amount', 'money', { label: 'Amount' })], { amount: value }),
      ).toMatchObject([
        { field: 'amount', message: 'Amount must be an amount, like 12.50 or 12,50' },
      ]);
    },
  );

  it.each(['12.50', '12,50', '97,5', '1 234,50', '1.234,56', '1,234.56', "1'234.50", '-3', '1250'])(
    'should accept %s when the field is money, as people write amounts in their locale',
    (value) => {
      expect(
        validatePayload([field('amount', 'money', { label: 'Amount' })], { amount: value }),
      ).toMatchObject([]);
    },
  );

  it.each(['example.com', 'ftp://example.com', 'javascript:alert(1)', 'http://'])(
    'should reject %s when the field is a url',
    (value) => {
      expect(
        validatePayload([field('site', 'url', { label: 'Website' })], { site: value }),
      ).toMatchObject([
        {
          field: 'site',
          message: 'Website must be a web address starting with http:// or https://',
        },
      ]);
    },
  );

  it.each(['+14155550123', '0044 20 7946 0958', '415.555.0123', '+351-912-345-678'])(
    'should accept %s when the field is a phone',
    (value) => {
      expect(validatePayload([field('phone', 'phone')], { phone: value })).toMatchObject([]);
    },
  );

  it.each(['call me', '12345', '+1 415 555 0123 ext 4', '++14155550123', '+1234567890123456'])(
    'should reject %s when the field is a phone',
    (value) => {
      expect(
        validatePayload([field('phone', 'phone', { label: 'Phone' })], { phone: value }),
      ).toMatchObject([
        {
          field: 'phone',
          message: 'Phone must be a phone number in international format, like +14155550123',
        },
      ]);
    },
  );

  it('should list the choices when a select value is not one of its options', () => {
    const fields = [
      field('mode', 'select', {
        label: 'Mode',
        options: [
          { value: 'a', label: 'Alpha' },
          { value: 'b', label: 'Beta' },
        ],
      }),
    ];

    expect(validatePayload(fields, { mode: 'a' })).toMatchObject([]);
    expect(validatePayload(fields, { mode: 'c' })).toMatchObject([
      { field: 'mode', message: 'Mode must be one of: Alpha, Beta' },
    ]);
  });

  it('should accept any value when a select declares no options', () => {
    expect(validatePayload([field('sheet', 'select')], { sheet: 'whatever' })).toMatchObject([]);
  });

  it('should accept yes/no words when the field is a boolean', () => {
    const fields = [field('flag', 'boolean', { label: 'Flag' })];

    expect(validatePayload(fields, { flag: 'TRUE' })).toMatchObject([]);
    expect(validatePayload(fields, { flag: 'maybe' })).toMatchObject([
      { field: 'flag', message: 'Flag must be yes or no' },
    ]);
  });

  it('should report every invalid field when several are wrong', () => {
    const fields = [
      field('to', 'email', { required: true, label: 'To' }),
      field('subject', 'text', { required: true, label: 'Subject' }),
      field('n', 'number', { label: 'N' }),
    ];

    const errors = validatePayload(fields, { to: 'nope', subject: '', n: 'x' });

    expect(errors.map((error) => error.field)).toMatchObject(['to', 'subject', 'n']);
  });
});

describe(splitEmailList.name, () => {
  it('should return bare addresses when the list mixes names and blanks', () => {
    expect(splitEmailList(' a@x.com ,, "Lima, Ana" <ana@y.com>, Bo <bo@z.com> ')).toEqual([
      'a@x.com',
      'ana@y.com',
      'bo@z.com',
    ]);
  });
});
