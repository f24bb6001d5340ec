import { describe, expect, it } from '@jest/globals';
import { triggerSchema } from './connections';

describe('triggerSchema', () => {
  it('should accept a schedule with HH:MM times', () => {
    const parsed = triggerSchema.parse({ type: 'schedule', times: ['09:30'], timezone: 'UTC' });
    expect(parsed).toEqual({ type: 'schedule', times: ['09:30'], timezone: 'UTC' });
  });

  it('should reject a time of day that does not exist', () => {
    expect(
      triggerSchema.safeParse({ type: 'schedule', times: ['24:10'], timezone: 'UTC' }).success,
    ).toBe(false);
  });
});
