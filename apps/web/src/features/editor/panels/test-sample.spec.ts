import type { SampleDto } from '@fluxo/contracts';
import { describe, expect, it } from 'vitest';
import { freshSampleGap, latestSample, mappingVariables } from './test-sample';

const sample = (data: Record<string, unknown> | null, origin: SampleDto['origin']): SampleDto => ({
  data,
  variables: data ? Object.keys(data).map((path) => ({ path, preview: String(data[path]) })) : [],
  receivedAt: origin === 'item' ? '2026-01-01T10:00:00.000Z' : null,
  origin,
});

const stored = sample({ Name: 'Ana' }, 'item');
const fresh = sample({ Name: 'Bia' }, 'fresh');

describe(latestSample.name, () => {
  it('should show the data just read when it came after the stored sample', () => {
    expect(
      latestSample({ data: stored, dataUpdatedAt: 1 }, { data: fresh, dataUpdatedAt: 2 }),
    ).toBe(fresh);
  });

  it('should show the stored sample when it was loaded again afterwards', () => {
    expect(
      latestSample({ data: stored, dataUpdatedAt: 3 }, { data: fresh, dataUpdatedAt: 2 }),
    ).toBe(stored);
  });

  it('should show the stored sample when nothing was read afresh', () => {
    expect(
      latestSample({ data: stored, dataUpdatedAt: 1 }, { data: undefined, dataUpdatedAt: 0 }),
    ).toBe(stored);
  });
});

describe(freshSampleGap.name, () => {
  it('should say nothing when nothing was read afresh or the source had nothing', () => {
    expect(freshSampleGap(stored, undefined)).toBe('none');
    expect(freshSampleGap(stored, sample(null, 'fresh'))).toBe('none');
  });

  it('should say nothing when the data just read is the stored item', () => {
    expect(freshSampleGap(stored, sample({ Name: 'Ana' }, 'fresh'))).toBe('none');
  });

  it('should say the receivers use the stored item when it differs', () => {
    expect(freshSampleGap(stored, fresh)).toBe('stored');
  });

  it('should say the receivers have nothing yet when no item is stored', () => {
    expect(freshSampleGap(sample(null, undefined), fresh)).toBe('nothing-stored');
    expect(freshSampleGap(undefined, fresh)).toBe('nothing-stored');
  });
});

describe(mappingVariables.name, () => {
  it('should prefer the stored sample the preview uses', () => {
    expect(mappingVariables(stored, fresh)).toEqual([{ path: 'Name', preview: 'Ana' }]);
  });

  it('should offer the variables just read while nothing is stored', () => {
    expect(mappingVariables(sample(null, undefined), fresh)).toEqual([
      { path: 'Name', preview: 'Bia' },
    ]);
    expect(mappingVariables(undefined, undefined)).toBeNull();
  });
});
