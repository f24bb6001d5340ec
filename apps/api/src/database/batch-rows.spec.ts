import { describe, expect, it } from '@jest/globals';
import { numberedJson, rowsByInput } from './batch-rows';

describe(rowsByInput.name, () => {
  it('should hand each input its own rows, in order, and none to an input nothing answered', () => {
    const rows = [
      { n: 2, id: 'c1' },
      { n: 0, id: 'a1' },
      { n: 2, id: 'c2' },
    ];

    expect(rowsByInput(rows, 3)).toEqual([[{ n: 0, id: 'a1' }], [], [rows[0], rows[2]]]);
  });
});

describe(numberedJson.name, () => {
  it('should number the inputs by position', () => {
    expect(JSON.parse(numberedJson([{ id: 'a' }, { id: 'b' }]))).toEqual([
      { n: 0, id: 'a' },
      { n: 1, id: 'b' },
    ]);
  });
});
