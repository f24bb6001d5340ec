import { describe, expect, it } from '@jest/globals';
import type { InboundRequest, OptionsLoader } from './connector';
import { defineReceiver, defineSource } from './declare-step';
import { defineConnector, toManifest } from './define-connector';
import { testContext } from './testing';

const loadSheets: OptionsLoader = async () => ({ options: [{ value: 'Sheet1', label: 'Sheet1' }] });
const loadColumns: OptionsLoader = async () => ({ options: [] });
const request = { body: { id: '1' } } as unknown as InboundRequest;

describe(defineSource.name, () => {
  it('should hand poll the settings read from its fields', async () => {
    let seen: unknown;
    const sut = defineSource({
      key: 'rows',
      name: 'Rows',
      description: 'Rows',
      kind: 'polling',
      fields: [
        { key: 'events', label: 'Events', type: 'multi-select', required: true, options: [] },
      ],
      async poll(ctx) {
        const events: string[] = ctx.settings.events;
        seen = events;
        return { items: [] };
      },
    });

    await sut.poll(testContext({ settings: { events: 'paid,refunded' } }), undefined);

    expect(seen).toEqual(['paid', 'refunded']);
  });

  it('should read the settings for parse and a sample that follows them', () => {
    const sut = defineSource({
      key: 'hook',
      name: 'Hook',
      description: 'Hook',
      kind: 'instant',
      fields: [{ key: 'test', label: 'Test', type: 'boolean', required: false }],
      parse: (_request, eventId, ctx) => [{ key: eventId, payload: { test: ctx.settings.test } }],
      sample: (settings) => ({ test: settings.test }),
    });

    const items = sut.parse(request, 'e1', testContext({ settings: { test: 'true' } }));
    const sample = typeof sut.sample === 'function' ? sut.sample({}) : sut.sample;

    expect(items).toEqual([{ key: 'e1', payload: { test: true } }]);
    expect(sample).toEqual({ test: false });
  });

  it("should name a dynamic-select's loader by the field's key in the manifest", () => {
    const sut = defineSource({
      key: 'rows',
      name: 'Rows',
      description: 'Rows',
      kind: 'polling',
      fields: [
        {
          key: 'sheet',
          label: 'Sheet',
          type: 'dynamic-select',
          required: true,
          loadOptions: loadSheets,
        },
      ],
      poll: async () => ({ items: [] }),
    });

    expect(sut.fields).toEqual([
      {
        key: 'sheet',
        label: 'Sheet',
        type: 'dynamic-select',
        required: true,
        optionsLoader: 'sheet',
      },
    ]);
    expect(sut.optionLoaders).toEqual({ sheet: loadSheets });
  });
});

describe(defineReceiver.name, () => {
  const receiver = (deliverTo: (payload: Record<string, string>) => void) =>
    defineReceiver({
      key: 'add-row',
      name: 'Add row',
      description: 'Adds a row',
      fields: [
        { key: 'to', label: 'To', type: 'email', required: true },
        { key: 'note', label: 'Note', type: 'text', required: false },
      ],
      dynamicFields: {
        loadOptions: loadColumns,
        dependsOn: ['sheet'],
        keyPrefix: 'col:',
        label: 'Columns',
      },
      async deliver(payload) {
        const to: string = payload.to;
        deliverTo({ ...payload, to });
        return { response: {} };
      },
    });

  it('should hand deliver every declared field, an unmapped one as empty text', async () => {
    let delivered: unknown;
    const sut = receiver((payload) => (delivered = payload));

    await sut.deliver({ to: 'a@example.com', 'col:Name': 'Ana' }, testContext());

    expect(delivered).toEqual({ to: 'a@example.com', note: '', 'col:Name': 'Ana' });
  });

  it('should serve its listed fields through a loader named after the receiver', () => {
    const sut = receiver(() => undefined);

    expect(sut.dynamicFields?.optionsLoader).toBe('add-row-fields');
    expect(sut.optionLoaders).toEqual({ 'add-row-fields': loadColumns });
  });
});

describe(defineConnector.name, () => {
  const source = (loader: OptionsLoader) =>
    defineSource({
      key: `rows-${Math.random()}`,
      name: 'Rows',
      description: 'Rows',
      kind: 'polling',
      fields: [
        {
          key: 'sheet',
          label: 'Sheet',
          type: 'dynamic-select',
          required: true,
          loadOptions: loader,
        },
      ],
      poll: async () => ({ items: [] }),
    });
  const connector = (...sources: ReturnType<typeof source>[]) =>
    defineConnector({
      key: 'sheets',
      name: 'Sheets',
      description: 'Sheets',
      group: 'spreadsheets',
      logoSvg: '<svg/>',
      auth: null,
      sources,
      receivers: [],
    });

  it("should gather its steps' loaders, one per name", () => {
    const sut = connector(source(loadSheets), source(loadSheets));

    expect(sut.optionLoaders).toEqual({ sheet: loadSheets });
    expect(JSON.stringify(toManifest(sut))).toContain('"optionsLoader":"sheet"');
  });

  it('should refuse two different loaders under one name', () => {
    expect(() => connector(source(loadSheets), source(loadColumns))).toThrow(
      'Sheets declares two different option loaders named "sheet"',
    );
  });
});
