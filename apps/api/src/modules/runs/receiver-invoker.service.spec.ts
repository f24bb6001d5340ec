import type { ReceiverDefinition } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import { fieldsOf } from './receiver-invoker.service';

describe(fieldsOf.name, () => {
  const receiver: ReceiverDefinition = {
    key: 'add-row',
    name: 'Add row',
    description: '',
    fields: [{ key: 'sheet', label: 'Sheet', type: 'text', required: true }],
    dynamicFields: {
      optionsLoader: 'columns',
      dependsOn: ['sheet'],
      keyPrefix: 'column:',
      label: 'Columns',
    },
    deliver: async () => ({ response: {} }),
  };

  it('should add one optional text field per mapped dynamic key', () => {
    const fields = fieldsOf(receiver, { sheet: 'S', 'column:Name': '{{ name }}', 'column:': 'x' });

    expect(fields).toEqual([
      { key: 'sheet', label: 'Sheet', type: 'text', required: true },
      { key: 'column:Name', label: 'Name', type: 'text', required: false },
    ]);
  });

  it('should keep only the declared fields when the receiver lists none from the account', () => {
    const { dynamicFields: _none, ...plain } = receiver;

    expect(fieldsOf(plain, { sheet: 'S', 'column:Name': 'x' })).toEqual(plain.fields);
  });
});
