import { describe, expect, it } from '@jest/globals';
import type { ConnectionSnapshot, StepSnapshot } from '@fluxo/contracts';
import { diffSnapshots } from './connection-snapshot';

const step = (overrides: Partial<StepSnapshot>): StepSnapshot => ({
  id: 'st-1',
  role: 'receiver',
  connectorKey: 'email',
  actionKey: 'send-email',
  accountId: 'acc-1',
  settings: {},
  mapping: { to: '{{ email }}', subject: 'Thanks' },
  conditions: null,
  delay: null,
  cancelWhen: null,
  ...overrides,
});

const version = (overrides: Partial<ConnectionSnapshot>): ConnectionSnapshot => ({
  name: 'Orders',
  trigger: { type: 'interval', minutes: 15 },
  conditions: null,
  steps: [step({ id: 'src', role: 'source', connectorKey: 'forms', mapping: {} }), step({})],
  ...overrides,
});

describe(diffSnapshots.name, () => {
  it('should list nothing for the first version, or for the same settings in another key order', () => {
    expect(diffSnapshots(null, version({}))).toEqual([]);
    expect(
      diffSnapshots(
        version({ trigger: { type: 'interval', minutes: 15 } }),
        version({ trigger: { minutes: 15, type: 'interval' } }),
      ),
    ).toEqual([]);
  });

  it('should say each changed part in reading order: name, schedule, then each field of a step', () => {
    const before = version({});
    const after = version({
      name: 'Paid orders',
      trigger: { type: 'interval', minutes: 5 },
      steps: [
        before.steps[0],
        step({
          accountId: 'acc-2',
          mapping: { to: '{{ email }}', subject: 'Thank you', text: 'Hi' },
        }),
      ],
    });

    expect(diffSnapshots(before, after)).toEqual([
      { kind: 'name', before: 'Orders', after: 'Paid orders' },
      {
        kind: 'trigger',
        before: { type: 'interval', minutes: 15 },
        after: { type: 'interval', minutes: 5 },
      },
      expect.objectContaining({
        kind: 'step-changed',
        what: 'account',
        before: 'acc-1',
        after: 'acc-2',
      }),
      expect.objectContaining({
        what: 'subject',
        part: 'mapping',
        before: 'Thanks',
        after: 'Thank you',
      }),
      expect.objectContaining({ what: 'text', part: 'mapping', before: null, after: 'Hi' }),
    ]);
  });

  it('should name a receiver added and one removed by their system', () => {
    const before = version({});
    const after = version({
      steps: [before.steps[0], step({ id: 'st-2', connectorKey: 'portmone' })],
    });

    expect(diffSnapshots(before, after)).toEqual([
      { kind: 'step-added', role: 'receiver', connectorKey: 'portmone' },
      { kind: 'step-removed', role: 'receiver', connectorKey: 'email' },
    ]);
  });
});
