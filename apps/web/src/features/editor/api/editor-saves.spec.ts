import type { ConnectionDto, UpdateStepDto } from '@fluxo/contracts';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from '@jest/globals';
import { connectionQueryKey } from '@/features/connections/api/connections.api';
import { connection, receiverStep, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import { editorSaveKey, patchStep, revertStep, saveStatus, storeStep } from '../store/save-queue';
import { editorSaveOptions, retrySave } from './editor-saves';

type Vars = UpdateStepDto & { stepId: string };

/** A fake API call the spec answers by hand, in any order. */
function deferredApi() {
  const calls: { vars: Vars; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const mutationFn = (vars: Vars) =>
    new Promise<ReturnType<typeof receiverStep>>((resolve, reject) =>
      calls.push({
        vars,
        resolve: () => resolve(receiverStep(vars.stepId, { mapping: vars.mapping ?? {} })),
        reject,
      }),
    );
  return { calls, mutationFn };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(editorSaveOptions.name, () => {
  let client: QueryClient;
  const cached = () => client.getQueryData<ConnectionDto>(connectionQueryKey('conn-1'));
  const status = () =>
    saveStatus(
      client
        .getMutationCache()
        .findAll({ mutationKey: editorSaveKey('conn-1') })
        .map((m) => ({
          mutationId: m.mutationId,
          kind: 'step' as const,
          variables: m.state.variables,
          status: m.state.status,
          error: m.state.error,
          submittedAt: m.state.submittedAt,
        })),
    );

  const makeSut = (mutationFn: (vars: Vars) => Promise<ReturnType<typeof receiverStep>>) => {
    client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    client.setQueryData(connectionQueryKey('conn-1'), connection([sourceStep, receiverStep('r1')]));
    const options = editorSaveOptions(client, {
      connectionId: 'conn-1',
      kind: 'step',
      mutationFn,
      optimistic: (c, { stepId, ...body }: Vars) => patchStep(c, stepId, body),
      rollback: (current, before, { stepId, ...body }: Vars) =>
        revertStep(current, before, stepId, body),
      store: storeStep,
    });
    return (vars: Vars) => new MutationObserver(client, options).mutate(vars);
  };

  afterEach(() => client.clear());

  it('should show a change at once and send the saves one after another', async () => {
    const api = deferredApi();
    const save = makeSut(api.mutationFn);

    const first = save({ stepId: 'r1', mapping: { to: 'a' } });
    const second = save({ stepId: 'r1', mapping: { to: 'b' } });
    await flush();

    expect(cached()?.steps[1].mapping).toEqual({ to: 'b' });
    expect(api.calls.map((c) => c.vars.mapping)).toEqual([{ to: 'a' }]);
    expect(status()).toEqual({ kind: 'saving' });

    api.calls[0].resolve();
    await first;
    await flush();
    expect(api.calls.map((c) => c.vars.mapping)).toEqual([{ to: 'a' }, { to: 'b' }]);
    // The first answer does not hide the second change still on its way.
    expect(cached()?.steps[1].mapping).toEqual({ to: 'b' });

    api.calls[1].resolve();
    await second;
    expect(status()).toEqual({ kind: 'saved' });
  });

  it('should undo a refused change, report it and send it again on retry', async () => {
    const api = deferredApi();
    const save = makeSut(api.mutationFn);

    const refused = save({ stepId: 'r1', mapping: { to: 'x' } }).catch(() => 'refused');
    await flush();
    api.calls[0].reject(new Error('offline'));

    expect(await refused).toBe('refused');
    expect(cached()?.steps[1].mapping).toEqual(receiverStep('r1').mapping);
    const failed = status();
    expect(failed).toMatchObject({ kind: 'failed', error: new Error('offline') });

    const again = retrySave(client, failed.kind === 'failed' ? failed.mutationId : -1);
    await flush();
    expect(cached()?.steps[1].mapping).toEqual({ to: 'x' });
    expect(status()).toEqual({ kind: 'saving' });

    api.calls[1].resolve();
    await again;
    expect(api.calls.map((c) => c.vars)).toEqual([
      { stepId: 'r1', mapping: { to: 'x' } },
      { stepId: 'r1', mapping: { to: 'x' } },
    ]);
    expect(status()).toEqual({ kind: 'saved' });
  });
});
