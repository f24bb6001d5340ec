import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import { ApiError } from '@/app/api-client';
import { deferred } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { useEditorSave } from '../api/editor-saves';
import { SaveIndicator } from './SaveIndicator';

type Rename = { id: string; name: string };

/** An editor with one change to make (a rename) and the top bar's save status. */
function Editor({ send }: { send: (change: Rename) => Promise<Rename> }) {
  const rename = useEditorSave({ connectionId: 'conn-1', kind: 'connection', mutationFn: send });
  return (
    <>
      <button type="button" onClick={() => rename.mutate({ id: 'conn-1', name: 'Sales' })}>
        Rename
      </button>
      <SaveIndicator connectionId="conn-1" />
    </>
  );
}

describe(SaveIndicator.name, () => {
  let send: jest.Mock<(change: Rename) => Promise<Rename>>;

  beforeEach(() => {
    send = jest.fn<(change: Rename) => Promise<Rename>>();
  });

  it('should say all changes are saved when nothing waits, with nothing to retry', () => {
    renderInApp(<Editor send={send} />);

    expect(screen.getByRole('status')).toHaveTextContent('All changes saved');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('should say saving while a change is on its way, then saved once Fluxo took it', async () => {
    const answer = deferred<Rename>();
    send.mockReturnValue(answer.promise);
    const { user } = renderInApp(<Editor send={send} />);

    await user.click(screen.getByRole('button', { name: 'Rename' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saving…');
    answer.resolve({ id: 'conn-1', name: 'Sales' });
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });

  it('should give the reason of a refusal in plain words and save again on Retry', async () => {
    send
      .mockRejectedValueOnce(new ApiError(0, 'network_error', 'Fluxo could not be reached'))
      .mockResolvedValueOnce({ id: 'conn-1', name: 'Sales' });
    const { user } = renderInApp(<Editor send={send} />);

    await user.click(screen.getByRole('button', { name: 'Rename' }));

    expect(await screen.findByText(/^Failed to save: .*reach/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1][0]).toEqual({ id: 'conn-1', name: 'Sales' });
  });
});
