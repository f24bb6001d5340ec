import { describe, expect, it } from '@jest/globals';
import { pushHandlerOf, type InstantSource, type PollingSource } from './connector';

const parse = () => [];

const instant: InstantSource = {
  key: 'hook',
  name: 'Hook',
  description: '',
  kind: 'instant',
  fields: [],
  parse,
  secretBodyPaths: ['key'],
};

const polled = (push?: PollingSource['push']): PollingSource => ({
  key: 'poll',
  name: 'Poll',
  description: '',
  kind: 'polling',
  fields: [],
  poll: async () => ({ items: [] }),
  ...(push ? { push } : {}),
});

describe(pushHandlerOf.name, () => {
  it('should make an instant source its own handler, needing an account only when it says so', () => {
    expect(pushHandlerOf(instant)).toMatchObject({
      parse,
      secretBodyPaths: ['key'],
      requiresAccount: false,
    });
    expect(pushHandlerOf({ ...instant, requiresAccount: true })?.requiresAccount).toBe(true);
  });

  it("should take a polled source's pushes as always needing its account", () => {
    expect(pushHandlerOf(polled({ parse }))).toMatchObject({ parse, requiresAccount: true });
  });

  it('should have no handler for a polled source that takes no pushes', () => {
    expect(pushHandlerOf(polled())).toBeNull();
  });
});
