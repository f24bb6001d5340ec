import { describe, expect, it } from '@jest/globals';
import { findChainCycle } from './find-chain-cycle';

/** 'B>A C>B' means B runs after A and C runs after B. */
function chain(spec: string): Map<string, string> {
  return new Map(
    spec
      .split(' ')
      .filter(Boolean)
      .map((link) => link.split('>') as [string, string]),
  );
}

describe(findChainCycle.name, () => {
  it('should return the self loop when a connection would run after itself', () => {
    expect(findChainCycle(new Map(), { connectionId: 'A', afterConnectionId: 'A' })).toEqual([
      'A',
      'A',
    ]);
  });

  it('should return the two-step loop when two connections would run after each other', () => {
    const links = chain('B>A');

    expect(findChainCycle(links, { connectionId: 'A', afterConnectionId: 'B' })).toEqual([
      'A',
      'B',
      'A',
    ]);
  });

  it('should return the three-step loop in order when the last link closes it', () => {
    // B runs after C, C runs after A; A after B closes A -> B -> C -> A.
    const links = chain('B>C C>A');

    expect(findChainCycle(links, { connectionId: 'A', afterConnectionId: 'B' })).toEqual([
      'A',
      'B',
      'C',
      'A',
    ]);
  });

  it('should return null when a long chain does not come back', () => {
    const ids = Array.from({ length: 500 }, (_, index) => `c${index}`);
    const links = new Map(ids.slice(1).map((id, index) => [id, ids[index]]));

    expect(findChainCycle(links, { connectionId: 'x', afterConnectionId: 'c499' })).toBeNull();
    expect(findChainCycle(links, { connectionId: 'c0', afterConnectionId: 'x' })).toBeNull();
  });

  it('should return the whole loop when a long chain comes back to its start', () => {
    const ids = Array.from({ length: 500 }, (_, index) => `c${index}`);
    // c0 runs after c1, c1 after c2, …; c499 after c0 closes it.
    const links = new Map(ids.slice(0, -1).map((id, index) => [id, ids[index + 1]]));

    const loop = findChainCycle(links, { connectionId: 'c499', afterConnectionId: 'c0' });

    expect(loop).toEqual(['c499', ...ids]);
  });

  it('should ignore the current link of the connection when the proposal replaces it', () => {
    // A runs after B today; moving A after C (which runs after nothing) closes no loop.
    const links = chain('A>B B>A C>D');

    expect(findChainCycle(links, { connectionId: 'A', afterConnectionId: 'C' })).toBeNull();
  });

  it('should find the loop when the replacing link closes one', () => {
    // A runs after X today; C runs after B, B after A. Moving A after C closes A -> C -> B -> A.
    const links = chain('A>X B>A C>B');

    expect(findChainCycle(links, { connectionId: 'A', afterConnectionId: 'C' })).toEqual([
      'A',
      'C',
      'B',
      'A',
    ]);
  });

  it('should return null when several connections run after one (a diamond)', () => {
    // B and C both run after A; D runs after B, E after C.
    const links = chain('B>A C>A D>B E>C');

    expect(findChainCycle(links, { connectionId: 'F', afterConnectionId: 'D' })).toBeNull();
    expect(findChainCycle(links, { connectionId: 'E', afterConnectionId: 'D' })).toBeNull();
    expect(findChainCycle(links, { connectionId: 'A', afterConnectionId: 'Z' })).toBeNull();
  });

  it('should find the loop through one branch when the root would run after a leaf', () => {
    const links = chain('B>A C>A D>B E>C');

    expect(findChainCycle(links, { connectionId: 'A', afterConnectionId: 'E' })).toEqual([
      'A',
      'E',
      'C',
      'A',
    ]);
    expect(findChainCycle(links, { connectionId: 'B', afterConnectionId: 'D' })).toEqual([
      'B',
      'D',
      'B',
    ]);
  });

  it('should return null and stop when an older loop does not include the connection', () => {
    // B and C already run after each other (saved before refusal existed): A joining it is no loop of A's.
    const links = chain('B>C C>B');

    expect(findChainCycle(links, { connectionId: 'A', afterConnectionId: 'B' })).toBeNull();
  });
});
