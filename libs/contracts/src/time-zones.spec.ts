import { describe, expect, it } from '@jest/globals';
import { triggerSchema } from './connections';
import { canonicalTimeZone } from './time-zones';

describe(canonicalTimeZone.name, () => {
  it('should give the current name of a renamed zone and keep the others', () => {
    expect(canonicalTimeZone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('America/Sao_Paulo')).toBe('America/Sao_Paulo');
  });

  it('should save a schedule under the current name of its zone', () => {
    const parsed = triggerSchema.parse({
      type: 'schedule',
      times: ['09:00'],
      timezone: 'Europe/Kiev',
    });

    expect(parsed).toEqual({ type: 'schedule', times: ['09:00'], timezone: 'Europe/Kyiv' });
  });
});
