import type { FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import {
  clearDependents,
  initialFieldValues,
  missingRequiredFields,
  moveRow,
  scalarValues,
  toggleChoice,
  toSubmitValues,
  visibleFields,
} from './field-values';

const fields: FieldDefinition[] = [
  { key: 'host', label: 'SMTP host', type: 'text', required: true },
  { key: 'port', label: 'Port', type: 'number', required: true, default: 587 },
  {
    key: 'security',
    label: 'Security',
    type: 'select',
    required: true,
    default: 'starttls',
    options: [
      { value: 'starttls', label: 'STARTTLS' },
      { value: 'tls', label: 'TLS' },
    ],
  },
  { key: 'password', label: 'Password', type: 'password', required: false, secret: true },
  { key: 'pool', label: 'Keep open', type: 'boolean', required: false },
];

// A connector account with OAuth2 or a service-account key (Google Sheets).
const authFields: FieldDefinition[] = [
  {
    key: 'authType',
    label: 'Sign-in method',
    type: 'select',
    required: true,
    default: 'oauth2',
    options: [
      { value: 'oauth2', label: 'Google sign-in' },
      { value: 'serviceAccount', label: 'Service-account key' },
    ],
  },
  {
    key: 'serviceAccountKey',
    label: 'Service-account key (JSON)',
    type: 'textarea',
    required: true,
    secret: true,
    showWhen: { field: 'authType', equals: ['serviceAccount'] },
  },
];

const events: FieldDefinition = {
  key: 'events',
  label: 'Events',
  type: 'multi-select',
  required: true,
  options: [
    { value: 'approved', label: 'Approved' },
    { value: 'cancelled', label: 'Cancelled' },
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
      key: 'type',
      label: 'Answer type',
      type: 'select',
      required: true,
      default: 'text',
      options: [
        { value: 'text', label: 'Text' },
        { value: 'choice', label: 'Choice' },
      ],
    },
    { key: 'required', label: 'Required', type: 'boolean', required: false, default: false },
    { key: 'max', label: 'Longest answer', type: 'number', required: false },
    {
      key: 'choices',
      label: 'Options',
      type: 'textarea',
      required: true,
      showWhen: { field: 'type', equals: ['choice'] },
    },
  ],
};

// Spreadsheet → sheet tab → column, each listed from the one before.
const sheetFields: FieldDefinition[] = [
  {
    key: 'spreadsheet',
    label: 'Spreadsheet',
    type: 'dynamic-select',
    required: true,
    optionsLoader: 'spreadsheet',
  },
  {
    key: 'sheet',
    label: 'Sheet',
    type: 'dynamic-select',
    required: true,
    optionsLoader: 'sheet',
    dependsOn: ['spreadsheet'],
  },
  {
    key: 'columns',
    label: 'Columns',
    type: 'dynamic-select',
    required: false,
    optionsLoader: 'column',
    dependsOn: ['sheet'],
  },
  { key: 'note', label: 'Note', type: 'text', required: false },
];

describe(initialFieldValues.name, () => {
  it('should prefill defaults as text and booleans as flags when nothing is saved', () => {
    expect(initialFieldValues(fields)).toEqual({
      host: '',
      port: '587',
      security: 'starttls',
      password: '',
      pool: false,
    });
  });

  it('should prefer saved values over defaults', () => {
    expect(initialFieldValues(fields, { port: 465, pool: true })).toMatchObject({
      port: '465',
      pool: true,
    });
  });

  it('should start a multi-select from its saved list, or from a comma-separated value', () => {
    expect(initialFieldValues([events], { events: ['approved'] })).toEqual({
      events: ['approved'],
    });
    expect(initialFieldValues([events], { events: 'approved, refunded' })).toEqual({
      events: ['approved', 'refunded'],
    });
    expect(initialFieldValues([events])).toEqual({ events: [] });
  });

  it('should turn saved list rows into editable rows with each item field filled', () => {
    const sut = initialFieldValues([questions], {
      questions: [{ label: 'Your e-mail', type: 'email', required: true, max: 254 }],
    });

    expect(sut).toEqual({
      questions: [{ label: 'Your e-mail', type: 'email', required: true, max: '254', choices: '' }],
    });
  });

  it('should start a list empty when nothing is saved or the saved value is not a list', () => {
    expect(initialFieldValues([questions])).toEqual({ questions: [] });
    expect(initialFieldValues([questions], { questions: 'oops' })).toEqual({ questions: [] });
  });
});

describe(visibleFields.name, () => {
  it('should keep the declared order and leave out hidden fields', () => {
    expect(visibleFields(authFields, { authType: 'oauth2' }).map((f) => f.key)).toEqual([
      'authType',
    ]);
    expect(visibleFields(authFields, { authType: 'serviceAccount' }).map((f) => f.key)).toEqual([
      'authType',
      'serviceAccountKey',
    ]);
  });
});

describe(missingRequiredFields.name, () => {
  it('should list required fields that are blank', () => {
    const sut = missingRequiredFields(fields, {
      host: '  ',
      port: '587',
      security: '',
      pool: false,
    });

    expect(Object.keys(sut)).toEqual(['host', 'security']);
    expect(sut.host).toContain('SMTP host');
  });

  it('should not require a field that is hidden', () => {
    expect(
      missingRequiredFields(authFields, { authType: 'oauth2', serviceAccountKey: '' }),
    ).toEqual({});
    expect(
      Object.keys(
        missingRequiredFields(authFields, { authType: 'serviceAccount', serviceAccountKey: '' }),
      ),
    ).toEqual(['serviceAccountKey']);
  });

  it('should require at least one ticked choice in a required multi-select', () => {
    expect(missingRequiredFields([events], { events: [] }).events).toContain('Events');
    expect(missingRequiredFields([events], { events: ['approved'] })).toEqual({});
  });

  it('should require a row in a required list and name the row missing a required item', () => {
    expect(missingRequiredFields([questions], { questions: [] }).questions).toContain('Questions');

    const sut = missingRequiredFields([questions], {
      questions: [
        { label: 'Name', type: 'text', required: false, max: '', choices: '' },
        { label: 'Size', type: 'choice', required: true, max: '', choices: '' },
      ],
    });

    expect(sut.questions).toContain('Options');
    expect(sut.questions).toContain('2');
  });

  it('should not complain about a row the user left completely blank', () => {
    const sut = missingRequiredFields([questions], {
      questions: [
        { label: 'Name', type: 'text', required: false, max: '', choices: '' },
        { label: '', type: '', required: false, max: '', choices: '' },
      ],
    });

    expect(sut).toEqual({});
  });
});

describe(toSubmitValues.name, () => {
  it('should turn numbers into numbers and leave out empty optional fields', () => {
    const sut = toSubmitValues(fields, {
      host: 'smtp.example.com',
      port: '465',
      security: 'tls',
      password: '',
      pool: false,
    });

    expect(sut).toEqual({ host: 'smtp.example.com', port: 465, security: 'tls', pool: false });
  });

  it('should accept a decimal comma in money fields', () => {
    const money: FieldDefinition[] = [
      { key: 'amount', label: 'Amount', type: 'money', required: false },
    ];

    expect(toSubmitValues(money, { amount: '12,50' })).toEqual({ amount: 12.5 });
  });

  it('should leave out fields hidden by their condition', () => {
    const sut = toSubmitValues(authFields, { authType: 'oauth2', serviceAccountKey: '{"a":1}' });

    expect(sut).toEqual({ authType: 'oauth2' });
  });

  it('should send ticked choices as a list and leave out an empty one', () => {
    expect(toSubmitValues([events], { events: ['approved', 'refunded'] })).toEqual({
      events: ['approved', 'refunded'],
    });
    expect(toSubmitValues([events], { events: [] })).toEqual({});
  });

  it('should send list rows as records, shaped per item field, without blank rows', () => {
    const sut = toSubmitValues([questions], {
      questions: [
        { label: 'Age', type: 'number', required: true, max: '3', choices: 'ignored' },
        { label: '', type: '', required: false, max: '', choices: '' },
        { label: 'Size', type: 'choice', required: false, max: '', choices: 'S\nM' },
      ],
    });

    expect(sut).toEqual({
      questions: [
        { label: 'Age', type: 'number', required: true, max: 3 },
        { label: 'Size', type: 'choice', required: false, choices: 'S\nM' },
      ],
    });
  });
});

describe(scalarValues.name, () => {
  it('should keep only the values an account can store', () => {
    expect(scalarValues({ host: 'h', port: 1, tls: true, events: ['a'], rows: [] })).toEqual({
      host: 'h',
      port: 1,
      tls: true,
    });
  });
});

describe(clearDependents.name, () => {
  it('should empty the choices listed from the changed field, and theirs in turn', () => {
    const sut = clearDependents(
      sheetFields,
      { spreadsheet: 'new-id', sheet: 'Orders', columns: 'A', note: 'keep' },
      'spreadsheet',
    );

    expect(sut).toEqual({ spreadsheet: 'new-id', sheet: '', columns: '', note: 'keep' });
  });

  it('should leave everything else when no field depends on the changed one', () => {
    const values = { spreadsheet: 'id', sheet: 'Orders', columns: 'A', note: 'x' };

    expect(clearDependents(sheetFields, values, 'note')).toEqual(values);
  });
});

describe(toggleChoice.name, () => {
  it('should keep the ticked choices in the order the options are declared', () => {
    expect(toggleChoice(events, ['refunded'], 'approved', true)).toEqual(['approved', 'refunded']);
  });

  it('should untick a choice and keep values no longer offered', () => {
    expect(toggleChoice(events, ['approved', 'legacy'], 'approved', false)).toEqual(['legacy']);
  });
});

describe(moveRow.name, () => {
  it('should swap a row with its neighbour', () => {
    expect(moveRow(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('should change nothing when the row is already at that end', () => {
    const rows = ['a', 'b'];

    expect(moveRow(rows, 0, -1)).toBe(rows);
    expect(moveRow(rows, 1, 1)).toBe(rows);
  });
});
