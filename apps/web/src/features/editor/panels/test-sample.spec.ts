import type { SampleDto } from '@fluxo/contracts';
import { describe, expect, it } from 'vitest';
import { latestSample, mappingVariables, testSampleBody } from './test-sample';

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

describe(testSampleBody.name, () => {
  it('should send the data just read from the source', () => {
    expect(testSampleBody(fresh)).toEqual({ sample: { Name: 'Bia' } });
  });

  it('should send no body when the stored item or the example is shown', () => {
    expect(testSampleBody(stored)).toBeUndefined();
    expect(testSampleBody(sample({ Name: 'Example' }, 'example'))).toBeUndefined();
  });

  it('should send no body when the source had nothing to read or nothing is shown', () => {
    expect(testSampleBody(sample(null, 'fresh'))).toBeUndefined();
    expect(testSampleBody(undefined)).toBeUndefined();
  });
});

describe(mappingVariables.name, () => {
  it('should offer the variables of the sample the preview uses', () => {
    expect(mappingVariables(fresh, stored)).toEqual([{ path: 'Name', preview: 'Bia' }]);
    expect(mappingVariables(stored, stored)).toEqual([{ path: 'Name', preview: 'Ana' }]);
  });

  it('should fall back to the stored variables when the source had nothing to read', () => {
    expect(mappingVariables(sample(null, 'fresh'), stored)).toEqual([
      { path: 'Name', preview: 'Ana' },
    ]);
    expect(mappingVariables(undefined, undefined)).toBeNull();
  });
});
