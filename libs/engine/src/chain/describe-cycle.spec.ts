import { describe, expect, it } from '@jest/globals';
import { describeCycle } from './describe-cycle';

const names: Record<string, string> = { a: 'New orders', b: 'Invoices', c: 'Send receipt' };
const nameOf = (id: string): string => names[id] ?? id;

describe(describeCycle.name, () => {
  it('should name every connection in order when the loop has three steps', () => {
    expect(describeCycle(['a', 'b', 'c', 'a'], nameOf)).toBe(
      'Connection "New orders" → "Invoices" → "Send receipt" → "New orders" would run in a loop',
    );
  });

  it('should name the connection twice when it would run after itself', () => {
    expect(describeCycle(['a', 'a'], nameOf)).toBe(
      'Connection "New orders" → "New orders" would run in a loop',
    );
  });
});
