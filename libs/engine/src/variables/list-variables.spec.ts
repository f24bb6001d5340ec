import { describe, expect, it } from '@jest/globals';
import { renderMapping } from '../mapping/render-mapping';
import { MAX_VARIABLES, listVariables } from './list-variables';

describe(listVariables.name, () => {
  it('should list every leaf as a dotted path in document order when data is nested', () => {
    const sut = listVariables({
      id: 7,
      customer: { name: 'Ana', address: { city: 'Lisbon' } },
      items: [{ sku: 'A1', qty: 2 }, { sku: 'B2' }],
      paid: true,
      note: null,
    });

    expect(sut).toEqual([
      { path: 'id', preview: '7' },
      { path: 'customer.name', preview: 'Ana' },
      { path: 'customer.address.city', preview: 'Lisbon' },
      { path: 'items.0.sku', preview: 'A1' },
      { path: 'items.0.qty', preview: '2' },
      { path: 'items.1.sku', preview: 'B2' },
      { path: 'paid', preview: 'true' },
      { path: 'note', preview: '' },
    ]);
  });

  it('should use bracket paths when keys are not plain words', () => {
    const sut = listVariables({
      'First name': 'Ana',
      form: { 'e-mail': 'a@x.com', 'user[city]': 'Porto' },
    });

    expect(sut.map((variable) => variable.path)).toEqual([
      '["First name"]',
      'form.e-mail',
      'form["user[city]"]',
    ]);
  });

  it('should list lists of plain values by index when an array holds strings', () => {
    expect(listVariables({ tags: ['a', 'b'] })).toEqual([
      { path: 'tags.0', preview: 'a' },
      { path: 'tags.1', preview: 'b' },
    ]);
  });

  it('should keep empty lists and objects when they have no leaves', () => {
    expect(listVariables({ tags: [], meta: {} })).toEqual([
      { path: 'tags', preview: '[]' },
      { path: 'meta', preview: '{}' },
    ]);
  });

  it('should truncate the preview with an ellipsis when the value is long', () => {
    const [variable] = listVariables({ text: 'abcdefghij' }, 5);

    expect(variable.preview).toBe('abcd…');
    expect(variable.preview).toHaveLength(5);
  });

  it('should keep the preview whole when it fits exactly', () => {
    expect(listVariables({ text: 'abcde' }, 5)[0].preview).toBe('abcde');
  });

  it('should put the preview on one line when the value has line breaks', () => {
    expect(listVariables({ text: 'line 1\r\n  line 2' })[0].preview).toBe('line 1 line 2');
  });

  it('should stop at depth 8 and show the rest as JSON when data is deeper', () => {
    const deep = { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: 1 } } } } } } } } } };

    expect(listVariables(deep)).toEqual([{ path: 'a.b.c.d.e.f.g.h', preview: '{"i":{"j":1}}' }]);
  });

  it('should stop at 500 variables when data has more leaves', () => {
    const data = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`k${i}`, i]));

    const sut = listVariables(data);

    expect(sut).toHaveLength(MAX_VARIABLES);
    expect(sut.at(-1)).toEqual({ path: 'k499', preview: '499' });
  });

  it('should stop at 500 variables when the leaves are nested in arrays', () => {
    const sut = listVariables({ rows: Array.from({ length: 300 }, (_, i) => ({ a: i, b: i })) });

    expect(sut).toHaveLength(MAX_VARIABLES);
    expect(sut.at(-1)?.path).toBe('rows.249.b');
  });

  it('should return nothing when data is empty', () => {
    expect(listVariables({})).toEqual([]);
  });

  it('should give paths the mapping can read back when keys are awkward', async () => {
    const data = {
      'First name': 'Ana',
      form: { 'e-mail': 'a@x.com', 'user[city]': 'Porto', 'say "hi"': 'quoted' },
      items: [{ sku: 'A1' }],
      _files: [{ filename: 'cv.pdf' }],
    };
    const variables = listVariables(data);
    const mapping = Object.fromEntries(variables.map((v) => [v.path, `{{ ${v.path} }}`]));

    const { payload, errors } = await renderMapping(mapping, data);

    expect(errors).toEqual([]);
    expect(payload).toEqual(Object.fromEntries(variables.map((v) => [v.path, v.preview])));
    expect(variables).toHaveLength(6);
  });
});
