import { describe, expect, it } from '@jest/globals';
import { assignRowKeys, MAX_TRACKED_ROWS } from './row-identity';

describe(assignRowKeys.name, () => {
  const keysOf = (rows: string[][], cursor?: unknown) => assignRowKeys(rows, cursor);

  it('should keep every key when the rows are sorted differently', () => {
    const first = keysOf([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);

    const second = keysOf(
      [
        ['c', '3'],
        ['a', '1'],
        ['b', '2'],
      ],
      first.cursor,
    );

    expect(new Set(second.keyed.map((row) => row.key))).toEqual(
      new Set(first.keyed.map((row) => row.key)),
    );
  });

  it('should give a row a new key when most of its cells changed', () => {
    const first = keysOf([['Ana', 'ana@x', '10']]);

    const second = keysOf([['Bo', 'bo@x', '10']], first.cursor);

    expect(second.keyed[0].key).not.toBe(first.keyed[0].key);
  });

  it("should keep an edited row's key through later polls when it was edited twice", () => {
    const first = keysOf([['Ana', 'ana@x', '10']]);
    const second = keysOf([['Ana', 'ana@x', '11']], first.cursor);

    const third = keysOf([['Ana', 'ana@x', '12']], second.cursor);

    expect(third.keyed[0].key).toBe(first.keyed[0].key);
  });

  it('should ignore a cursor it does not understand', () => {
    const result = keysOf([['a']], { something: 'else' });

    expect(result.keyed).toHaveLength(1);
  });

  it('should track only the last rows when the sheet is larger than the window', () => {
    const rows = Array.from({ length: MAX_TRACKED_ROWS + 10 }, (_, i) => [`row ${i}`]);

    const { cursor } = keysOf(rows);

    expect(cursor.rows).toHaveLength(MAX_TRACKED_ROWS);
  });
});
