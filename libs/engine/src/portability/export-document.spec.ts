import { describe, expect, it } from '@jest/globals';
import type { ConnectionSnapshot, StepSnapshot } from '@fluxo/contracts';
import {
  accountReferencesOf,
  buildExportDocument,
  importedCancelWhen,
  importedTrigger,
  jsonDepth,
  readExportDocument,
} from './export-document';

const step = (overrides: Partial<StepSnapshot>): StepSnapshot => ({
  id: 'st-1',
  role: 'receiver',
  connectorKey: 'email',
  actionKey: 'send-email',
  accountId: 'acc-mail',
  settings: {},
  mapping: { to: '{{ email }}', subject: 'Thanks' },
  conditions: null,
  delay: null,
  cancelWhen: null,
  ...overrides,
});

const snapshot = (overrides: Partial<ConnectionSnapshot>): ConnectionSnapshot => ({
  name: 'Orders',
  trigger: { type: 'manual' },
  conditions: null,
  steps: [
    step({
      id: 'src',
      role: 'source',
      connectorKey: 'forms',
      actionKey: 'new-submission',
      accountId: null,
      mapping: {},
    }),
    step({}),
  ],
  ...overrides,
});

const ACCOUNTS: Record<string, { system: string; name: string }> = {
  'acc-mail': { system: 'email', name: 'Shop mail' },
};
const accountOf = (id: string) => ACCOUNTS[id] ?? null;
const AT = new Date('2026-12-07T10:00:00Z');

describe(buildExportDocument.name, () => {
  it('should name connections by references in name order, accounts by system and name, and leave secrets out', () => {
    const document = buildExportDocument(
      [
        {
          id: 'id-b',
          snapshot: snapshot({
            name: 'B: reminders',
            trigger: { type: 'after', connectionId: 'id-a' },
          }),
        },
        {
          id: 'id-a',
          snapshot: snapshot({
            name: 'A: boletos',
            steps: [
              step({
                connectorKey: 'http',
                actionKey: 'request',
                accountId: null,
                mapping: { url: 'https://crm.example', token: 'fluxo-sealed:abc' },
                cancelWhen: { key: '{{ id }}', connectionIds: ['id-b', 'id-elsewhere'] },
              }),
            ],
          }),
        },
      ],
      accountOf,
      AT,
    );

    expect(document).toMatchObject({
      format: 'fluxo.connections',
      formatVersion: 1,
      exportedAt: '2026-12-07T10:00:00.000Z',
    });
    expect(document.connections.map((c) => [c.ref, c.name])).toEqual([
      ['c1', 'A: boletos'],
      ['c2', 'B: reminders'],
    ]);
    expect(document.connections[1].trigger).toEqual({ type: 'after', connectionRef: 'c1' });
    expect(document.connections[0].steps[0]).toMatchObject({
      account: null,
      mapping: { url: 'https://crm.example' },
      cancelWhen: { key: '{{ id }}', connectionRefs: ['c2'] },
    });
    expect(document.connections[1].steps[1].account).toEqual({
      system: 'email',
      name: 'Shop mail',
    });
    expect(JSON.stringify(document)).not.toContain('id-');
  });

  it('should drop a chain or a cancellation that points outside the exported connections', () => {
    const document = buildExportDocument(
      [
        {
          id: 'only',
          snapshot: snapshot({
            trigger: { type: 'after', connectionId: 'not-exported', onlyOnSuccess: true },
            steps: [step({ cancelWhen: { key: '{{ id }}', connectionIds: ['not-exported'] } })],
          }),
        },
      ],
      accountOf,
      AT,
    );

    expect(document.connections[0].trigger).toEqual({
      type: 'after',
      connectionRef: null,
      onlyOnSuccess: true,
    });
    expect(document.connections[0].steps[0].cancelWhen).toBeNull();
  });
});

describe(readExportDocument.name, () => {
  const exported = () =>
    JSON.parse(
      JSON.stringify(
        buildExportDocument(
          [
            { id: 'a', snapshot: snapshot({ name: 'A' }) },
            {
              id: 'b',
              snapshot: snapshot({ name: 'B', trigger: { type: 'after', connectionId: 'a' } }),
            },
          ],
          accountOf,
          AT,
        ),
      ),
    );

  it('should read back what an export wrote', () => {
    const read = readExportDocument(exported());

    if (!read.document) throw new Error(read.problem.message);
    expect(accountReferencesOf(read.document)).toEqual([
      { system: 'email', name: 'Shop mail', key: 'email/Shop mail' },
    ]);
  });

  it.each([
    ['a list', [], 'IMPORT_NOT_AN_EXPORT'],
    ['another JSON file', { name: 'package' }, 'IMPORT_NOT_AN_EXPORT'],
    ['null', null, 'IMPORT_NOT_AN_EXPORT'],
  ])('should say that %s is not an export', (_what, raw, code) => {
    expect(readExportDocument(raw).problem?.code).toBe(code);
  });

  it('should refuse a newer format by name, before reading the rest', () => {
    const read = readExportDocument({ ...exported(), formatVersion: 2, connections: 'whatever' });

    expect(read.problem).toMatchObject({
      code: 'IMPORT_FORMAT_NEWER',
      message: expect.stringContaining('made by a newer Fluxo (format 2; this one reads up to 1)'),
    });
  });

  it('should refuse a deeply nested document without walking it recursively', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const document = exported();
    document.connections[0].steps[1].settings = { rows: deep };

    expect(readExportDocument(document).problem?.code).toBe('IMPORT_TOO_DEEP');
    expect(jsonDepth(deep, 20)).toBe(21);
  });

  it('should say where a damaged document is damaged', () => {
    const document = exported();
    document.connections[1].steps[0].role = 'middle';
    document.connections[0].trigger = { type: 'interval', minutes: 7 };

    const damaged = readExportDocument(document).problem;
    const twice = exported();
    twice.connections[1].ref = 'c1';

    expect(damaged?.code).toBe('IMPORT_INVALID');
    expect(damaged?.details.map((d) => d.field)).toContain('connections.1.steps.0.role');
    expect(readExportDocument(twice).problem?.message).toBe(
      'This export is damaged: the reference c1 is used twice',
    );
  });

  it('should refuse an interval Fluxo does not offer and a chain that loops', () => {
    const interval = exported();
    interval.connections[0].trigger = { type: 'interval', minutes: 7 };
    const loop = exported();
    loop.connections[0].trigger = { type: 'after', connectionRef: 'c2' };

    expect(readExportDocument(interval).problem?.details[0].field).toBe(
      'connections.0.trigger.minutes',
    );
    expect(readExportDocument(loop).problem?.message).toBe(
      'This export is damaged: "A" → "B" → "A" run after each other in a loop',
    );
  });
});

describe('imported references', () => {
  const idOf = (ref: string) => ({ c1: 'new-1', c2: 'new-2' })[ref];

  it('should point chains and cancellations at the imported ids, and run by hand without a chain', () => {
    expect(
      importedTrigger({ type: 'after', connectionRef: 'c1', onlyOnSuccess: true }, idOf),
    ).toEqual({
      type: 'after',
      connectionId: 'new-1',
      onlyOnSuccess: true,
    });
    expect(importedTrigger({ type: 'after', connectionRef: null }, idOf)).toEqual({
      type: 'manual',
    });
    expect(importedTrigger({ type: 'interval', minutes: 15 }, idOf)).toEqual({
      type: 'interval',
      minutes: 15,
    });
    expect(importedCancelWhen({ key: '{{ id }}', connectionRefs: ['c2', 'c9'] }, idOf)).toEqual({
      key: '{{ id }}',
      connectionIds: ['new-2'],
    });
    expect(importedCancelWhen({ key: '{{ id }}', connectionRefs: ['c9'] }, idOf)).toBeNull();
  });
});
