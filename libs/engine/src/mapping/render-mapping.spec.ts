import { describe, expect, it } from '@jest/globals';
import { renderMapping } from './render-mapping';
import { TemplateCache } from './template-cache';

const variables = {
  name: 'Ana',
  email: 'ana@example.com',
  amount: '12.5',
  paid_at: '2024-03-05T10:00:00Z',
  customer: { name: 'Bo', 'first name': 'Bob', address: { city: 'Lisbon' } },
  items: [{ sku: 'A1' }, { sku: 'B2' }],
  'e-mail': 'dash@example.com',
  empty: '',
};

async function renderOne(template: string, vars: Record<string, unknown> = variables) {
  const { payload, errors } = await renderMapping({ out: template }, vars);
  return { value: payload.out, errors };
}

describe(renderMapping.name, () => {
  it('should substitute variables when the template references them', async () => {
    const { payload, errors } = await renderMapping(
      { to: '{{ email }}', subject: 'Hello {{ name }}!' },
      variables,
    );

    expect(errors).toEqual([]);
    expect(payload).toEqual({ to: 'ana@example.com', subject: 'Hello Ana!' });
  });

  it('should keep text as is when the template has no tags', async () => {
    const { value, errors } = await renderOne('Plain {text} with } braces');

    expect(errors).toEqual([]);
    expect(value).toBe('Plain {text} with } braces');
  });

  it('should read nested paths when they use dots, indexes and brackets', async () => {
    const { value } = await renderOne(
      '{{ customer.name }}|{{ customer.address.city }}|{{ items.0.sku }}|{{ items[1].sku }}|{{ customer["first name"] }}|{{ e-mail }}',
    );

    expect(value).toBe('Bo|Lisbon|A1|B2|Bob|dash@example.com');
  });

  it('should apply filters when they are chained', async () => {
    const { value } = await renderOne('{{ name | upcase }} {{ amount | times: 100 }}');

    expect(value).toBe('ANA 1250');
  });

  it('should format dates when the date filter gets a pattern', async () => {
    const { value } = await renderOne('{{ paid_at | date: "%d.%m.%Y %H:%M" }}');

    expect(value).toBe('05.03.2024 10:00');
  });

  it('should keep the offset of a date when the data carries one', async () => {
    const { value } = await renderOne('{{ at | date: "%H:%M" }}', {
      at: '2024-03-05T10:00:00+02:00',
    });

    expect(value).toBe('10:00');
  });

  it('should use the fallback when the default filter meets a missing or empty value', async () => {
    const { value } = await renderOne(
      '{{ missing | default: "n/a" }}/{{ empty | default: "none" }}',
    );

    expect(value).toBe('n/a/none');
  });

  it('should render nothing when a variable is missing', async () => {
    const { value, errors } = await renderOne('[{{ missing }}][{{ customer.missing.deeper }}]');

    expect(errors).toEqual([]);
    expect(value).toBe('[][]');
  });

  it('should support control flow when the template uses if and for', async () => {
    const { value } = await renderOne(
      '{% if name == "Ana" %}yes{% else %}no{% endif %}:{% for item in items %}{{ item.sku }};{% endfor %}',
    );

    expect(value).toBe('yes:A1;B2;');
  });

  it('should report a plain error when an output tag is not closed', async () => {
    const { value, errors } = await renderOne('Hi {{ name');

    expect(value).toBe('');
    expect(errors).toEqual([
      { field: 'out', message: 'A "{{" is opened but never closed with "}}" (line 1, column 4)' },
    ]);
  });

  it('should report a plain error when a block is not closed', async () => {
    const { errors } = await renderOne('{% if name %}yes');

    expect(errors).toEqual([
      {
        field: 'out',
        message: 'The "if" block is never closed: add {% endif %} (line 1, column 1)',
      },
    ]);
  });

  it('should report a plain error when a tag is not closed', async () => {
    const { errors } = await renderOne('{% if name');

    expect(errors[0].message).toBe(
      'A "{%" is opened but never closed with "%}" (line 1, column 1)',
    );
  });

  it('should name the filter when the filter is unknown', async () => {
    const { value, errors } = await renderOne('{{ name | shout }}');

    expect(value).toBe('');
    expect(errors).toEqual([
      { field: 'out', message: 'Unknown filter "shout" (line 1, column 1)' },
    ]);
  });

  it('should name the tag when the tag is unknown', async () => {
    const { errors } = await renderOne('{% shout %}');

    expect(errors[0].message).toBe('Unknown tag "shout" (line 1, column 1)');
  });

  it('should explain a missing filter argument when a filter needs one', async () => {
    const { errors } = await renderOne('{{ name | append }}');

    expect(errors[0].message).toBe(
      'The "append" filter is missing a value after ":" (line 1, column 1)',
    );
  });

  it.each(['include', 'render', 'layout'])(
    'should refuse to load files when the template uses {%% %s %%}',
    async (tag) => {
      const { value, errors } = await renderOne(`{% ${tag} "../../../etc/passwd" %}`);

      expect(value).toBe('');
      expect(errors).toEqual([
        {
          field: 'out',
          message: `{% ${tag} %} is not supported: templates cannot load other templates`,
        },
      ]);
    },
  );

  it.each([
    '{{ constructor }}',
    '{{ constructor.name }}',
    '{{ name.__proto__ }}',
    '{{ customer.constructor }}',
    '{{ customer.__proto__.toString }}',
    '{{ items.constructor.name }}',
    '{{ hasOwnProperty }}',
  ])('should render nothing when %s reaches outside the data', async (template) => {
    const { value, errors } = await renderOne(template);

    expect(errors).toEqual([]);
    expect(value).toBe('');
  });

  it('should not read inherited properties when the data is a class instance', async () => {
    class Secretive {
      own = 'visible';
      get hidden() {
        return 'leaked';
      }
    }

    const { value } = await renderOne('{{ obj.own }}{{ obj.hidden }}', { obj: new Secretive() });

    expect(value).toBe('visible');
  });

  it('should report an error naming the limit when the output is too long', async () => {
    const { payload, errors } = await renderMapping(
      { body: '{{ big }}', ok: 'fine' },
      { big: 'x'.repeat(70_000) },
    );

    expect(payload).toEqual({ body: '', ok: 'fine' });
    expect(errors).toEqual([{ field: 'body', message: '"body" is longer than 65,536 characters' }]);
  });

  it('should accept output exactly at the limit when a custom limit is given', async () => {
    const { payload, errors } = await renderMapping(
      { a: '{{ v }}', b: '{{ v }}!' },
      { v: 'x'.repeat(10) },
      { maxFieldLength: 10 },
    );

    expect(payload.a).toHaveLength(10);
    expect(errors).toEqual([{ field: 'b', message: '"b" is longer than 10 characters' }]);
  });

  it('should refuse a template when it is longer than the parse limit', async () => {
    const { errors } = await renderMapping({ a: '{{ name }}'.repeat(5) }, variables, {
      parseLimit: 20,
    });

    expect(errors).toEqual([
      { field: 'a', message: 'The template of "a" is longer than 20 characters' },
    ]);
  });

  it('should stop a template when it exceeds the memory limit', async () => {
    const { errors } = await renderOne('{% for i in (1..100000000) %}{{ i }}{% endfor %}');

    expect(errors[0].message).toBe('The template produces too much text (line 1, column 1)');
  });

  it('should stop a template when it exceeds the render time limit', async () => {
    const { errors } = await renderMapping(
      { slow: '{% for i in (1..50000) %}{% for j in (1..20) %}{{ j }}{% endfor %}{% endfor %}' },
      {},
      { renderLimit: 5, memoryLimit: Number.MAX_SAFE_INTEGER },
    );

    expect(errors[0].message).toMatch(/^The template takes too long to fill in/);
  });

  it('should keep rendering other fields when one field fails', async () => {
    const { payload, errors } = await renderMapping(
      { broken: '{{ name | nope }}', good: '{{ name }}' },
      variables,
    );

    expect(payload).toEqual({ broken: '', good: 'Ana' });
    expect(errors.map((error) => error.field)).toEqual(['broken']);
  });

  it('should render the same result when a template is served from the cache', async () => {
    const first = await renderMapping({ a: 'Hi {{ name }}' }, { name: 'One' });
    const second = await renderMapping({ a: 'Hi {{ name }}' }, { name: 'Two' });

    expect(first.payload.a).toBe('Hi One');
    expect(second.payload.a).toBe('Hi Two');
  });

  it('should render an empty string when a mapping value is not a string', async () => {
    const mapping = { a: null } as unknown as Record<string, string>;

    const { payload, errors } = await renderMapping(mapping, variables);

    expect(payload).toEqual({ a: '' });
    expect(errors).toEqual([]);
  });

  it('should not evaluate JavaScript when the template looks like code', async () => {
    const { value } = await renderOne('{{ "x" | append: process.env.HOME }}{{ this }}');

    expect(value).toBe('x');
  });
});

describe(TemplateCache.name, () => {
  it('should evict the least recently used template when it is full', () => {
    const sut = new TemplateCache(2);
    const first = sut.parse('{{ a }}');
    sut.parse('{{ b }}');
    sut.parse('{{ a }}');

    sut.parse('{{ c }}');

    expect(sut.size).toBe(2);
    expect(sut.parse('{{ a }}')).toBe(first);
  });

  it('should parse again when an entry was evicted', () => {
    const sut = new TemplateCache(1);
    const first = sut.parse('{{ a }}');
    sut.parse('{{ b }}');

    expect(sut.parse('{{ a }}')).not.toBe(first);
  });

  it('should remember a syntax error when the template is broken', () => {
    const sut = new TemplateCache();

    const outcome = sut.parse('{{ a');

    expect(outcome.ok).toBe(false);
    expect(sut.parse('{{ a')).toBe(outcome);
  });
});
