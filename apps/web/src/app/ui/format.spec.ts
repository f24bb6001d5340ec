import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';

describe(formatDuration.name, () => {
  const start = '2025-03-01T10:00:00.000Z';

  it('should be null while the run has not finished', () => {
    expect(formatDuration(start, null)).toBeNull();
  });

  it('should show milliseconds under a second', () => {
    expect(formatDuration(start, '2025-03-01T10:00:00.850Z')).toBe('850 ms');
  });

  it('should show seconds with one decimal under a minute', () => {
    expect(formatDuration(start, '2025-03-01T10:00:04.230Z')).toBe('4.2 s');
  });

  it('should show minutes and seconds for long runs', () => {
    expect(formatDuration(start, '2025-03-01T10:03:05.000Z')).toBe('3 min 5 s');
  });

  it('should be null when the clock went backwards', () => {
    expect(formatDuration(start, '2025-03-01T09:59:00.000Z')).toBeNull();
  });
});
