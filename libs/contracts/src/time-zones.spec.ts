import { describe, expect, it } from '@jest/globals';
import { triggerSchema } from './connections';
import { canonicalTimeZone, isKnownTimeZone } from './time-zones';

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

describe(isKnownTimeZone.name, () => {
  it('should know the zones of the time-zone database and nothing else', () => {
    expect(isKnownTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isKnownTimeZone('Europe/Kyiv')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
