import { describe, expect, it } from '@jest/globals';
import {
  conditionsSchema,
  describeSkip,
  evaluateConditions,
  parseDate,
  parseNumber,
  readVariable,
  ruleHolds,
  type ConditionOperator,
  type Conditions,
} from './conditions';

const item = {
  status: 'Paid',
  amount: '1.234,56',
  total: 49.9,
  email: 'ana@example.com',
  tags: ['vip', 'br'],
  empty: '',
  blank: '   ',
  nothing: null,
  list: [],
  object: {},
  due: '2026-12-24',
  customer: { name: 'Ana Souza', address: { city: 'Recife' } },
  items: [{ sku: 'A-1' }, { sku: 'B-2' }],
  'First name': 'Ana',
};

function holds(variable: string, operator: ConditionOperator, value = ''): boolean {
  return ruleHolds({ variable, operator, value }, item);
}

describe(evaluateConditions.name, () => {
  it('should let every item through when there are no conditions', () => {
    expect(evaluateConditions(null, item)).toEqual({ passes: true });
    expect(evaluateConditions({ groups: [] }, item)).toEqual({ passes: true });
  });

  it('should require every rule of a group', () => {
    const conditions: Conditions = {
      groups: [
        {
          rules: [
            { variable: 'status', operator: 'equals', value: 'paid' },
            { variable: 'total', operator: 'greaterThan', value: '100' },
          ],
        },
      ],
    };

    expect(evaluateConditions(conditions, item)).toEqual({
      passes: false,
      failures: [
        {
          group: 0,
          rule: 1,
          variable: 'total',
          operator: 'greaterThan',
          value: '100',
          actual: '49.9',
        },
      ],
    });
  });

  it('should pass when any group holds, and report the first failing rule of each group otherwise', () => {
    const failing = { variable: 'status', operator: 'equals' as const, value: 'refunded' };
    const passing = { variable: 'email', operator: 'contains' as const, value: '@EXAMPLE' };

    expect(
      evaluateConditions({ groups: [{ rules: [failing] }, { rules: [passing] }] }, item),
    ).toEqual({ passes: true });
    const verdict = evaluateConditions(
      { groups: [{ rules: [failing] }, { rules: [passing, failing] }] },
      item,
    );
    expect(verdict.passes).toBe(false);
    expect(!verdict.passes && verdict.failures.map((f) => [f.group, f.rule])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe(ruleHolds.name, () => {
  it.each([
    ['status', 'equals', 'paid', true],
    ['status', 'equals', ' PAID ', true],
    ['status', 'equals', 'pending', false],
    ['status', 'notEquals', 'pending', true],
    ['status', 'notEquals', 'Paid', false],
    ['amount', 'equals', '1234.56', true],
    ['total', 'equals', '49,90', true],
    ['total', 'equals', 'R$ 49,90', true],
    ['due', 'equals', '24/12/2026', true],
    ['email', 'contains', 'EXAMPLE.COM', true],
    ['email', 'contains', 'gmail', false],
    ['email', 'notContains', 'gmail', true],
    ['email', 'notContains', 'ana', false],
    ['tags', 'contains', 'vip', true],
    ['email', 'startsWith', 'Ana@', true],
    ['email', 'startsWith', 'example', false],
    ['customer.name', 'isOneOf', 'Bo\nana souza\n', true],
    ['customer.name', 'isOneOf', 'Bo\nCy', false],
    ['total', 'isOneOf', '10\n49,90', true],
  ] as const)('%s %s %p → %p', (variable, operator, value, expected) => {
    expect(holds(variable, operator, value)).toBe(expected);
  });

  it.each(['empty', 'blank', 'nothing', 'list', 'object', 'missing', 'customer.missing.deeper'])(
    'should count %s as empty',
    (variable) => {
      expect(holds(variable, 'isEmpty')).toBe(true);
      expect(holds(variable, 'isNotEmpty')).toBe(false);
    },
  );

  it.each(['status', 'total', 'tags', 'customer'])('should count %s as not empty', (variable) => {
    expect(holds(variable, 'isNotEmpty')).toBe(true);
    expect(holds(variable, 'isEmpty')).toBe(false);
  });

  it('should treat a missing variable as empty text in every comparison', () => {
    expect(holds('missing', 'equals', '')).toBe(true);
    expect(holds('missing', 'contains', 'a')).toBe(false);
    expect(holds('missing', 'notContains', 'a')).toBe(true);
  });

  it.each([
    // Numbers as numbers, not as text ("9" > "10" as text).
    ['total', 'greaterThan', '9', true],
    ['total', 'greaterThan', '49,90', false],
    ['total', 'lessThan', '100', true],
    ['amount', 'greaterThan', '999,99', true],
    ['amount', 'lessThan', '1 234,57', true],
    // Dates as dates, whichever way they are written.
    ['due', 'greaterThan', '2026-12-23T23:59:00Z', true],
    ['due', 'lessThan', '25.12.2026', true],
    ['due', 'greaterThan', '01/01/2027', false],
    // Anything else as text, numbers inside it in order.
    ['customer.name', 'greaterThan', 'Ana', true],
    ['customer.name', 'lessThan', 'bruno', true],
  ] as const)('%s %s %p → %p', (variable, operator, value, expected) => {
    expect(holds(variable, operator, value)).toBe(expected);
  });
});

describe(readVariable.name, () => {
  it.each([
    ['customer.address.city', 'Recife'],
    ['items.1.sku', 'B-2'],
    ['items[0].sku', 'A-1'],
    ['["First name"]', 'Ana'],
    ['{{ customer.name }}', 'Ana Souza'],
  ])('should read %s', (path, expected) => {
    expect(readVariable(item, path)).toBe(expected);
  });

  it.each(['customer.name.first', 'items.9.sku', 'constructor', '__proto__.x', 'a..b', 'a b'])(
    'should find nothing at %s',
    (path) => {
      expect(readVariable(item, path)).toBeUndefined();
    },
  );
});

describe(parseNumber.name, () => {
  it.each([
    ['49.90', 49.9],
    ['49,90', 49.9],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ['1.234.567', 1234567],
    ['R$ 49,90', 49.9],
    ['49,90 kr', 49.9],
    ['₴100', 100],
    ['100 грн', 100],
    ['BRL 10', 10],
    ['-3', -3],
    ['+7', 7],
  ])('should read %p as %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    '',
    'abc',
    'A1',
    '12 kg',
    '2026-12-24',
    '1e5',
    '12.5.',
    '1.23.456',
    '1,2.5',
    '--1',
    '1'.repeat(80),
  ])('should not read %p as a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('should give up at once on a long text built to make patterns backtrack', () => {
    const hostile = `1${' '.repeat(50_000)}1a1`;
    const started = process.hrtime.bigint();

    expect(parseNumber(hostile)).toBeNull();
    // A bound on work, not a timing target: quadratic backtracking here takes seconds.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });
});

describe(parseDate.name, () => {
  it.each([
    ['2026-12-24', Date.UTC(2026, 11, 24)],
    ['2026-12-24 09:30', Date.UTC(2026, 11, 24, 9, 30)],
    ['2026-12-24T09:30:15.123Z', Date.UTC(2026, 11, 24, 9, 30, 15)],
    ['2026-12-24T09:30:00-03:00', Date.UTC(2026, 11, 24, 12, 30)],
    ['24/12/2026', Date.UTC(2026, 11, 24)],
    ['24.12.2026 18:05', Date.UTC(2026, 11, 24, 18, 5)],
    ['4-1-2027', Date.UTC(2027, 0, 4)],
  ])('should read %p', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each(['31/02/2026', '2026-13-01', '24/12/26', 'tomorrow', '2026-12-24T25:00'])(
    'should not read %p as a date',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe(describeSkip.name, () => {
  it('should say which rule did not hold and what the item had', () => {
    expect(
      describeSkip([
        {
          group: 0,
          rule: 0,
          variable: 'status',
          operator: 'equals',
          value: 'paid',
          actual: 'pending',
        },
      ]),
    ).toBe(
      `Skipped by the receiver's conditions: status equals "paid" does not hold (it is "pending")`,
    );
    expect(
      describeSkip(
        [{ group: 0, rule: 0, variable: 'phone', operator: 'isNotEmpty', value: '', actual: '' }],
        'connection',
      ),
    ).toBe(
      `Skipped by the connection's conditions: phone is not empty does not hold (it is empty)`,
    );
  });
});

describe('conditionsSchema', () => {
  it('should refuse a rule without a variable and a group without rules', () => {
    expect(
      conditionsSchema.safeParse({
        groups: [{ rules: [{ variable: ' ', operator: 'equals', value: 'x' }] }],
      }).success,
    ).toBe(false);
    expect(conditionsSchema.safeParse({ groups: [{ rules: [] }] }).success).toBe(false);
  });

  it('should default a missing value to empty text', () => {
    const parsed = conditionsSchema.parse({
      groups: [{ rules: [{ variable: 'phone', operator: 'isEmpty' }] }],
    });
    expect(parsed.groups[0].rules[0].value).toBe('');
  });
});
