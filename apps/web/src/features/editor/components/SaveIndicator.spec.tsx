import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../../app/api-client';
import { editorSaveKey } from '../store/save-queue';
import { SaveIndicator } from './SaveIndicator';

async function render(outcome: 'none' | 'pending' | 'refused') {
  const client = new QueryClient();
  const save = client.getMutationCache().build(client, {
    mutationKey: editorSaveKey('conn-1', 'connection'),
    mutationFn: () =>
      outcome === 'refused'
        ? Promise.reject(new ApiError(0, 'network_error', 'Fluxo could not be reached'))
        : new Promise(() => undefined),
  });
  if (outcome !== 'none') {
    const done = save.execute({ id: 'conn-1', name: 'Sales' }).catch(() => undefined);
    if (outcome === 'refused') await done;
  }
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <SaveIndicator connectionId="conn-1" />
    </QueryClientProvider>,
  );
}

describe(SaveIndicator.name, () => {
  it('should say all changes are saved when nothing waits', async () => {
    const html = await render('none');

    expect(html).toContain('role="status"');
    expect(html).toContain('All changes saved');
    expect(html).not.toContain('<button');
  });

  it('should say saving while a change is on its way', async () => {
    expect(await render('pending')).toContain('Saving…');
  });

  it('should give the reason of a refusal in plain words and offer to retry', async () => {
    const html = await render('refused');

    expect(html).toMatch(/Failed to save: .*reach/);
    expect(html).toContain('<button type="button" class="btn btn--small">Retry</button>');
  });
});
