import { describe, expect, it } from '@jest/globals';
import { MAX_LIST_ITEMS, MAX_VALUE_LENGTH } from './bounded-values';
import { renderMapping } from './render-mapping';

/** Doubles a captured 8-character string `times` times: 8 × 2^times characters. */
const doubled = (times: number) =>
  `{% capture a %}xxxxxxxx{% endcapture %}{% for i in (1..${times}) %}{% capture a %}{{a}}{{a}}{% endcapture %}{% endfor %}`;

async function renderOne(template: string, variables: Record<string, unknown> = {}) {
  const { payload, errors } = await renderMapping({ out: template }, variables);
  return { value: payload.out, error: errors[0] };
}

describe('bounded template values', () => {
  // Each of these blocked the event loop for seconds, took a gigabyte or aborted the process
  // before every filter and capture was bounded.
  it.each([
    ['capture doubling printed', `${doubled(30)}{{ a | size }}`],
    ['replace with a captured replacement', `${doubled(17)}{{ a | replace: "x", a | size }}`],
    ['url_encode of a captured string', `${doubled(25)}{{ a | url_encode | size }}`],
    ['split of a captured string', `${doubled(24)}{{ a | split: "" | size }}`],
    ['upcase of a captured string', `${doubled(26)}{{ a | upcase | size }}`],
    [
      'escape after replace',
      `${doubled(25)}{% assign b = a | replace: "x", "<" %}{{ b | escape | size }}`,
    ],
    ['a strftime width', '{{ "2024-01-01" | date: "%999999999d" | size }}'],
    ['slicing past the end of a big value', '{{ big | slice: 0, 999999999 | size }}'],
    [
      'a list printed a hundred times',
      '{% assign p = big | split: "," %}{% for i in (1..100) %}{{ p }}{% endfor %}',
    ],
  ])('should stop %s with a "too much text" error', async (_name, template) => {
    const { value, error } = await renderOne(template, { big: 'x,'.repeat(400_000) });

    expect(value).toBe('');
    expect(error).toMatchObject({
      field: 'out',
      code: 'template.tooMuchText',
      message: expect.stringMatching(/^The template produces too much text/),
    });
  });

  it('should report a "too slow" error with its code when a filter chain runs past the time budget', async () => {
    // A budget of 1 ms against a sort of 50,000 values: far apart on any machine.
    const { errors } = await renderMapping(
      {
        out: '{% assign p = big | split: "," %}{% assign q = p | sort_natural | reverse | sort_natural %}{{ q | size }}',
      },
      { big: 'ab,'.repeat(MAX_LIST_ITEMS - 1) },
      { renderLimit: 1 },
    );

    expect(errors[0]).toMatchObject({
      code: 'template.tooSlow',
      message: expect.stringMatching(/^The template takes too long to fill in/),
    });
  });

  it('should give the line and column of the step that went over when LiquidJS knows it', async () => {
    const { error } = await renderOne(`{{ "ok" }}\n${doubled(17)}{{ a | replace: "x", a }}`);

    expect(error.params).toEqual({ line: 2, column: expect.any(Number) });
    expect(error.message).toMatch(/\(line 2, column \d+\)$/);
  });

  it('should refuse a value longer than the bound when a filter receives it', async () => {
    const { error } = await renderOne('{{ big | upcase }}', {
      big: 'x'.repeat(MAX_VALUE_LENGTH + 1),
    });

    expect(error).toMatchObject({ code: 'template.tooMuchText' });
  });

  it('should pass a value exactly at the bound through a filter', async () => {
    const { value, error } = await renderOne('{{ big | size }}', {
      big: 'x'.repeat(MAX_VALUE_LENGTH),
    });

    expect(error).toBeUndefined();
    expect(value).toBe(String(MAX_VALUE_LENGTH));
  });

  it('should refuse a list longer than the bound when a filter receives it', async () => {
    const { error } = await renderOne('{{ list | first }}', {
      list: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => i),
    });

    expect(error).toMatchObject({ code: 'template.tooMuchText' });
  });

  it('should keep ordinary captures and filters working', async () => {
    const { value, error } = await renderOne(
      '{% capture greeting %}Olá, {{ name | capitalize }}{% endcapture %}{{ greeting | append: "!" | replace: "Olá", "Oi" }}',
      { name: 'ana' },
    );

    expect(error).toBeUndefined();
    expect(value).toBe('Oi, Ana!');
  });

  it('should keep keyword arguments working when filters are bounded', async () => {
    const { value, error } = await renderOne('{{ list | sort: "n" | map: "n" | join: "," }}', {
      list: [{ n: 'b' }, { n: 'a' }],
    });

    expect(error).toBeUndefined();
    expect(value).toBe('a,b');
  });
});
