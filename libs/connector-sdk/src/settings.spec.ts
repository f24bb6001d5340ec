import { describe, expect, it } from '@jest/globals';
import { defineFields, readSettings, type SettingsOf } from './settings';

const fields = defineFields([
  { key: 'sheet', label: 'Sheet', type: 'text', required: true },
  { key: 'limit', label: 'Limit', type: 'number', required: false, default: 50 },
  { key: 'test', label: 'Test calls too', type: 'boolean', required: false },
  {
    key: 'events',
    label: 'Events',
    type: 'multi-select',
    required: true,
    options: [
      { value: 'paid', label: 'Paid' },
      { value: 'refunded', label: 'Refunded' },
    ],
  },
  {
    key: 'questions',
    label: 'Questions',
    type: 'list',
    required: false,
    itemFields: [{ key: 'label', label: 'Question', type: 'text', required: true }],
  },
]);

describe(readSettings.name, () => {
  it('should give every declared field its type and an empty value when it is missing', () => {
    const sut: SettingsOf<typeof fields> = readSettings(fields, {});

    expect(sut).toEqual({ sheet: '', limit: '50', test: false, events: [], questions: [] });
  });

  it('should read what older saves and hand-made API calls hold', () => {
    const sut = readSettings(fields, {
      sheet: 2026,
      test: 'true',
      events: 'paid, refunded',
      questions: [{ label: 'Name?' }],
    });

    expect(sut).toEqual({
      sheet: '2026',
      limit: '50',
      test: true,
      events: ['paid', 'refunded'],
      questions: [{ label: 'Name?' }],
    });
  });

  it('should keep settings no field declares', () => {
    expect(readSettings(fields, { legacy: 'kept' })).toMatchObject({ legacy: 'kept' });
  });

  it('should type each setting from its field', () => {
    const sut = readSettings(fields, { events: ['paid'] });
    // Compile-time checks: the types follow the declaration, and unknown keys are refused.
    const events: string[] = sut.events;
    const test: boolean = sut.test;
    // @ts-expect-error no field is called "sheetId"
    void sut.sheetId;

    expect([events, test]).toEqual([['paid'], false]);
  });
});
