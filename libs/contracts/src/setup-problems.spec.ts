import { describe, expect, it } from '@jest/globals';
import type { ConnectorManifest } from './connectors';
import { requiredFieldsMapped, setupProblemsOf, type SetupStep } from './setup-problems';

const mail = {
  key: 'mail',
  name: 'Mail',
  auth: { fields: [] },
  sources: [],
  receivers: [
    {
      key: 'send',
      name: 'Send',
      fields: [
        { key: 'to', label: 'To', type: 'text', required: true },
        { key: 'mode', label: 'Mode', type: 'text', required: false },
        {
          key: 'token',
          label: 'Token',
          type: 'text',
          required: true,
          showWhen: { field: 'mode', equals: ['token'] },
        },
      ],
    },
  ],
} as unknown as ConnectorManifest;
const form = {
  key: 'form',
  name: 'Form',
  sources: [{ key: 'new' }],
  receivers: [],
} as unknown as ConnectorManifest;

const source: SetupStep = {
  id: 's',
  role: 'source',
  connectorKey: 'form',
  actionKey: 'new',
  accountId: null,
  mapping: {},
};
const receiver = (mapping: Record<string, string>, accountId: string | null = 'a'): SetupStep => ({
  id: 'r',
  role: 'receiver',
  connectorKey: 'mail',
  actionKey: 'send',
  accountId,
  mapping,
});

describe(setupProblemsOf.name, () => {
  it('should ask for a source and a receiver first', () => {
    expect(setupProblemsOf([], [mail, form])).toEqual([
      { code: 'source.missing' },
      { code: 'receiver.missing' },
    ]);
  });

  it('should name the account and each required field still missing', () => {
    expect(setupProblemsOf([source, receiver({ to: ' ' }, null)], [mail, form])).toEqual([
      { code: 'account.missing', stepId: 'r', system: 'Mail' },
      { code: 'field.missing', stepId: 'r', system: 'Mail', field: 'to', label: 'To' },
    ]);
  });

  it('should ask for a required field only while it is shown', () => {
    expect(setupProblemsOf([source, receiver({ to: 'x', mode: 'basic' })], [mail, form])).toEqual(
      [],
    );
    expect(setupProblemsOf([source, receiver({ to: 'x', mode: 'token' })], [mail, form])).toEqual([
      { code: 'field.missing', stepId: 'r', system: 'Mail', field: 'token', label: 'Token' },
    ]);
  });
});

describe(requiredFieldsMapped.name, () => {
  it('should be false for an action the connector does not have', () => {
    expect(requiredFieldsMapped({ actionKey: 'gone', mapping: {} }, mail)).toBe(false);
  });
});

describe('field rules in the set-up problems', () => {
  const bodies = {
    ...mail,
    receivers: [
      {
        key: 'send',
        name: 'Send',
        fields: [
          { key: 'to', label: 'To', type: 'text', required: true },
          { key: 'text', label: 'Text body', type: 'textarea', required: false },
          { key: 'html', label: 'HTML body', type: 'textarea', required: false },
        ],
        fieldRules: [{ type: 'oneOf', fields: ['text', 'html'] }],
      },
    ],
  } as unknown as ConnectorManifest;

  it('should ask for one of the fields of a "one of" rule until one has a template', () => {
    expect(setupProblemsOf([source, receiver({ to: '{{ email }}' })], [bodies, form])).toEqual([
      { code: 'fields.oneOf', stepId: 'r', system: 'Mail', labels: ['Text body', 'HTML body'] },
    ]);
    expect(requiredFieldsMapped({ actionKey: 'send', mapping: { to: 'x' } }, bodies)).toBe(false);
    expect(
      setupProblemsOf([source, receiver({ to: '{{ email }}', html: '<p>Hi</p>' })], [bodies, form]),
    ).toEqual([]);
    expect(
      requiredFieldsMapped({ actionKey: 'send', mapping: { to: 'x', text: 'Hi' } }, bodies),
    ).toBe(true);
  });
});
