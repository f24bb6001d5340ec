import type { DynamicFieldsDeclaration } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { dynamicFieldList, dynamicFieldsSettings, isDynamicKey } from './dynamic-fields';

const columns: DynamicFieldsDeclaration = {
  optionsLoader: 'columns',
  dependsOn: ['spreadsheet', 'sheet'],
  keyPrefix: 'column:',
  label: 'Columns',
};

describe(dynamicFieldsSettings.name, () => {
  it('should send each dependsOn key with its mapped value and nothing else', () => {
    const sut = dynamicFieldsSettings(columns, {
      spreadsheet: 'sheet-id-1',
      sheet: 'Orders',
      row: '{{ name }}',
      'column:Name': '{{ name }}',
    });

    expect(sut).toEqual({ spreadsheet: 'sheet-id-1', sheet: 'Orders' });
  });

  it('should be null when a dependsOn value is missing', () => {
    expect(dynamicFieldsSettings(columns, { spreadsheet: 'sheet-id-1' })).toBeNull();
  });

  it('should be null when a dependsOn value is blank', () => {
    expect(dynamicFieldsSettings(columns, { spreadsheet: 'sheet-id-1', sheet: '  ' })).toBeNull();
  });

  it('should be an empty object when nothing is depended on', () => {
    expect(dynamicFieldsSettings({ dependsOn: [] }, {})).toEqual({});
  });
});

describe(isDynamicKey.name, () => {
  it('should take keys with the prefix that no static field declares', () => {
    const staticKeys = new Set(['spreadsheet', 'column:fixed']);

    expect(isDynamicKey(columns, 'column:Name', staticKeys)).toBe(true);
    expect(isDynamicKey(columns, 'column:fixed', staticKeys)).toBe(false);
    expect(isDynamicKey(columns, 'spreadsheet', staticKeys)).toBe(false);
  });
});

describe(dynamicFieldList.name, () => {
  const options = [
    { value: 'Name', label: 'Name' },
    { value: 'E-mail', label: 'E-mail address' },
  ];

  it('should make one optional text field per option, keyed by prefix and value, in order', () => {
    const sut = dynamicFieldList(columns, options, {});

    expect(sut.fields).toEqual([
      { key: 'column:Name', label: 'Name', type: 'text', required: false },
      { key: 'column:E-mail', label: 'E-mail address', type: 'text', required: false },
    ]);
    expect(sut.stale).toEqual([]);
  });

  it('should list mapped keys with the prefix that are no longer offered, with their values', () => {
    const sut = dynamicFieldList(columns, options, {
      spreadsheet: 'sheet-id-1',
      'column:Name': '{{ name }}',
      'column:Phone': '{{ phone }}',
    });

    expect(sut.stale).toEqual([{ key: 'column:Phone', name: 'Phone', value: '{{ phone }}' }]);
  });

  it('should not count a blank mapped value as no longer listed', () => {
    const sut = dynamicFieldList(columns, options, { 'column:Phone': ' ' });

    expect(sut.stale).toEqual([]);
  });

  it('should treat every mapped key with the prefix as no longer listed when nothing is offered', () => {
    const sut = dynamicFieldList(columns, [], { 'column:Name': 'a', sheet: 'Orders' });

    expect(sut.fields).toEqual([]);
    expect(sut.stale).toEqual([{ key: 'column:Name', name: 'Name', value: 'a' }]);
  });

  it('should show an option offered twice once', () => {
    const sut = dynamicFieldList(columns, [...options, { value: 'Name', label: 'Name (2)' }], {});

    expect(sut.fields.map((f) => f.key)).toEqual(['column:Name', 'column:E-mail']);
  });

  it('should leave out keys a static field already declares', () => {
    const sut = dynamicFieldList(
      columns,
      [{ value: 'fixed', label: 'Fixed' }],
      { 'column:fixed': 'x' },
      new Set(['column:fixed']),
    );

    expect(sut).toEqual({ fields: [], stale: [] });
  });

  it('should label an option without a label by its value', () => {
    const sut = dynamicFieldList(columns, [{ value: 'C', label: '' }], {});

    expect(sut.fields[0].label).toBe('C');
  });
});
