import { describe, expect, it } from '@jest/globals';
import { connection, receiverStep, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import {
  hasUnsavedChanges,
  patchConnection,
  patchStep,
  removeStep,
  restoreStep,
  revertConnection,
  revertStep,
  saveStatus,
  saveTarget,
  storeStep,
  type SaveRecord,
} from './save-queue';

let nextId = 1;
const record = (overrides: Partial<SaveRecord>): SaveRecord => {
  const mutationId = nextId++;
  return {
    mutationId,
    kind: 'step',
    variables: { stepId: 'r1', mapping: { to: 'a' } },
    status: 'success',
    error: null,
    submittedAt: mutationId,
    ...overrides,
  };
};

describe(saveTarget.name, () => {
  it('should tell apart the fields of one step and the steps themselves', () => {
    expect(saveTarget('step', { stepId: 'r1', mapping: {} })).toBe('step:r1:mapping');
    expect(saveTarget('step', { stepId: 'r1', settings: {} })).toBe('step:r1:settings');
    expect(saveTarget('step', { stepId: 'r2', mapping: {} })).toBe('step:r2:mapping');
  });

  it('should name a connection change by its fields, not its id', () => {
    expect(saveTarget('connection', { id: 'c1', enabled: false })).toBe('connection:enabled');
    expect(saveTarget('connection', { id: 'c1', trigger: {}, startFrom: {} })).toBe(
      'connection:startFrom,trigger',
    );
  });

  it('should name a removal by its step and a new source or receiver by its kind', () => {
    expect(saveTarget('delete-step', 'r1')).toBe('delete:r1');
    expect(saveTarget('source', { connectorKey: 'forms' })).toBe('source');
    expect(saveTarget('add-receiver', { connectorKey: 'email' })).toBe('add-receiver');
  });
});

describe(saveStatus.name, () => {
  it('should say all saved when nothing was saved yet or everything got through', () => {
    expect(saveStatus([])).toEqual({ kind: 'saved' });
    expect(
      saveStatus([record({}), record({ kind: 'connection', variables: { id: 'c' } })]),
    ).toEqual({ kind: 'saved' });
  });

  it('should say saving while any save waits in the queue or runs', () => {
    const failed = record({ status: 'error', error: new Error('no') });

    expect(saveStatus([failed, record({ status: 'pending', kind: 'source' })])).toEqual({
      kind: 'saving',
    });
  });

  it('should report the newest refused change with its error', () => {
    const older = record({ status: 'error', error: 'first' });
    const newer = record({
      status: 'error',
      error: 'second',
      variables: { stepId: 'r1', settings: {} },
    });

    expect(saveStatus([newer, older])).toEqual({
      kind: 'failed',
      error: 'second',
      mutationId: newer.mutationId,
    });
  });

  it('should forget a refusal once the same change got through later', () => {
    const refused = record({ status: 'error', error: 'no' });
    const again = record({});

    expect(saveStatus([refused, again])).toEqual({ kind: 'saved' });
  });

  it('should keep a refusal when only another change got through later', () => {
    const refused = record({ status: 'error', error: 'no' });
    const other = record({ variables: { stepId: 'r1', settings: { sheet: 'A' } } });

    expect(saveStatus([refused, other])).toMatchObject({ kind: 'failed', error: 'no' });
  });

  it('should keep a refusal that came after the same change had got through', () => {
    const saved = record({});
    const refused = record({ status: 'error', error: 'no' });

    expect(saveStatus([refused, saved])).toMatchObject({ kind: 'failed' });
  });
});

describe(hasUnsavedChanges.name, () => {
  it('should warn before leaving while saving or after a refusal only', () => {
    expect(hasUnsavedChanges({ kind: 'saved' })).toBe(false);
    expect(hasUnsavedChanges({ kind: 'saving' })).toBe(true);
    expect(hasUnsavedChanges({ kind: 'failed', error: null, mutationId: 1 })).toBe(true);
  });
});

describe(patchConnection.name, () => {
  const before = connection([sourceStep], { name: 'Orders', enabled: true });

  it('should show a rename or a switch at once', () => {
    expect(patchConnection(before, { name: 'Sales', enabled: false })).toMatchObject({
      name: 'Sales',
      enabled: false,
    });
  });

  it('should undo a refused change unless a newer one changed the same field', () => {
    const renamed = patchConnection(before, { name: 'Sales' });
    const renamedAgain = patchConnection(renamed, { name: 'Leads' });

    expect(revertConnection(renamed, before, { name: 'Sales' }).name).toBe('Orders');
    expect(revertConnection(renamedAgain, before, { name: 'Sales' }).name).toBe('Leads');
  });

  it('should leave fields the save did not touch as they are', () => {
    const current = patchConnection(patchConnection(before, { enabled: false }), {
      name: 'Sales',
    });

    expect(revertConnection(current, before, { name: 'Sales' })).toMatchObject({
      name: 'Orders',
      enabled: false,
    });
  });
});

describe(patchStep.name, () => {
  const receiver = receiverStep('r1');
  const before = connection([sourceStep, receiver]);

  it('should change only the given fields of that step', () => {
    const after = patchStep(before, 'r1', { mapping: { to: 'x' } });

    expect(after.steps[1]).toEqual({ ...receiver, mapping: { to: 'x' } });
    expect(after.steps[0]).toBe(sourceStep);
  });

  it('should put back a refused mapping but keep a newer one and other fields', () => {
    const refused = { mapping: { to: 'x' } };
    const current = patchStep(patchStep(before, 'r1', refused), 'r1', { accountId: 'acc-2' });

    expect(revertStep(current, before, 'r1', refused).steps[1]).toEqual({
      ...receiver,
      accountId: 'acc-2',
    });

    const newer = patchStep(current, 'r1', { mapping: { to: 'y' } });
    expect(revertStep(newer, before, 'r1', refused).steps[1].mapping).toEqual({ to: 'y' });
  });

  it('should put back a null account the save had replaced', () => {
    const noAccount = connection([receiverStep('r1', { accountId: null })]);
    const current = patchStep(noAccount, 'r1', { accountId: 'acc-9' });

    expect(revertStep(current, noAccount, 'r1', { accountId: 'acc-9' }).steps[0].accountId).toBe(
      null,
    );
  });
});

describe(removeStep.name, () => {
  const before = connection([sourceStep, receiverStep('r1'), receiverStep('r2')]);

  it('should take the step off at once and put it back in place when refused', () => {
    const removed = removeStep(before, 'r1');

    expect(removed.steps.map((s) => s.id)).toEqual(['st-source', 'r2']);
    expect(restoreStep(removed, before, 'r1').steps.map((s) => s.id)).toEqual([
      'st-source',
      'r1',
      'r2',
    ]);
  });

  it('should not add the step twice when it is already back', () => {
    expect(restoreStep(before, before, 'r1').steps).toHaveLength(3);
  });
});

describe(storeStep.name, () => {
  it("should replace a step with the API's answer or add a new one", () => {
    const before = connection([sourceStep, receiverStep('r1')]);

    expect(storeStep(before, receiverStep('r1', { mapping: {} })).steps[1].mapping).toEqual({});
    expect(storeStep(before, receiverStep('r2')).steps.map((s) => s.id)).toEqual([
      'st-source',
      'r1',
      'r2',
    ]);
  });

  it('should replace the source when another one is saved', () => {
    const before = connection([sourceStep, receiverStep('r1')]);
    const other = { ...sourceStep, id: 'st-other', connectorKey: 'sheets' };

    expect(storeStep(before, other).steps.map((s) => s.id)).toEqual(['r1', 'st-other']);
  });
});
