import type { SampleDto } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { connection, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import { mappingVariables, shownSample, sourceSignature, testSampleBody } from './test-sample';

const sample = (data: Record<string, unknown> | null, origin: SampleDto['origin']): SampleDto => ({
  data,
  variables: data ? Object.keys(data).map((path) => ({ path, preview: String(data[path]) })) : [],
  receivedAt: origin === 'item' ? '2026-01-01T10:00:00.000Z' : null,
  origin,
});

const stored = sample({ Name: 'Ana' }, 'item');
const fresh = sample({ Name: 'Bia' }, 'fresh');

describe(shownSample.name, () => {
  it('should show the data just read while the editor keeps it', () => {
    expect(shownSample(stored, fresh)).toBe(fresh);
  });

  it('should show the stored sample when nothing was read in this editor', () => {
    expect(shownSample(stored, null)).toBe(stored);
    expect(shownSample(undefined, null)).toBeUndefined();
  });
});

describe(sourceSignature.name, () => {
  const withSource = (settings: Record<string, string>, accountId: string | null = 'acc-1') =>
    connection([{ ...sourceStep, accountId, settings }]);

  it('should not change when only the order of the settings differs', () => {
    expect(sourceSignature(withSource({ sheet: 'Paid', spreadsheet: 's1' }))).toBe(
      sourceSignature(withSource({ spreadsheet: 's1', sheet: 'Paid' })),
    );
  });

  it('should change with another sheet or another account', () => {
    const before = sourceSignature(withSource({ spreadsheet: 's1', sheet: 'Paid' }));
    expect(sourceSignature(withSource({ spreadsheet: 's1', sheet: 'Drafts' }))).not.toBe(before);
    expect(sourceSignature(withSource({ spreadsheet: 's1', sheet: 'Paid' }, 'acc-2'))).not.toBe(
      before,
    );
  });

  it('should be null without a source', () => {
    expect(sourceSignature(connection([]))).toBeNull();
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
