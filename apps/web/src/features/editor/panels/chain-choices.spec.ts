import type { ConnectionDto, Trigger } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { loopFreeChoices } from './chain-choices';

const connection = (id: string, trigger: Trigger = { type: 'manual' }) =>
  ({ id, trigger }) as ConnectionDto;
const after = (id: string, of: string) => connection(id, { type: 'after', connectionId: of });
const ids = (list: ConnectionDto[]) => list.map((c) => c.id);

describe(loopFreeChoices.name, () => {
  it('should offer every other connection when nothing runs after this one', () => {
    expect(ids(loopFreeChoices([connection('a'), connection('b'), after('c', 'b')], 'a'))).toEqual([
      'b',
      'c',
    ]);
  });

  it('should leave out connections that run after this one, directly or down a chain', () => {
    const all = [connection('a'), after('b', 'a'), after('c', 'b'), connection('d')];

    expect(ids(loopFreeChoices(all, 'a'))).toEqual(['d']);
  });

  it('should still offer the connection this one already runs after', () => {
    expect(ids(loopFreeChoices([after('a', 'b'), connection('b')], 'a'))).toEqual(['b']);
  });

  it('should not hang on a loop already in the data that does not involve this one', () => {
    const all = [connection('a'), after('x', 'y'), after('y', 'x')];

    expect(ids(loopFreeChoices(all, 'a'))).toEqual(['x', 'y']);
  });
});
