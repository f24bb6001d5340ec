import type { CancelWhen } from '@fluxo/contracts';
import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CancelWhenEditor } from './CancelWhenEditor';

const OWN = '7b6f3c1e-4a52-4f7e-9d2c-0a1b2c3d4e5f';
const SALES = '0c9d8e7f-6a5b-4c3d-8e2f-1a2b3c4d5e6f';
const connections = [
  { id: SALES, name: 'PayT approved sales' },
  { id: OWN, name: 'Abandoned carts' },
];
const variables = [
  { path: 'customer.email', preview: 'ana@example.com' },
  { path: 'status', preview: 'abandoned' },
];

function renderEditor(saved: CancelWhen | null = null) {
  const onSave = jest.fn<(cancelWhen: CancelWhen | null) => Promise<unknown>>(() =>
    Promise.resolve(),
  );
  render(
    <CancelWhenEditor
      saved={saved}
      ownConnectionId={OWN}
      connections={connections}
      variables={variables}
      item={{ customer: { email: 'Ana@Example.com' }, status: 'abandoned' }}
      onSave={onSave}
      saving={false}
      error={null}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

describe(CancelWhenEditor.name, () => {
  it('should build a cancellation by another connection’s approved sale and save it', async () => {
    const { onSave, user } = renderEditor();

    await user.click(
      screen.getByLabelText('Cancel a waiting send when a later item with the same key arrives'),
    );
    await user.type(screen.getByLabelText('Key'), 'customer.email');
    expect(screen.getByText('Key of the test item: ana@example.com')).toBeVisible();

    const [own, sales] = screen.getAllByRole('checkbox').slice(1);
    expect(own).toBeChecked();
    expect(own.parentElement).toHaveTextContent('Abandoned carts (this connection)');
    await user.click(own);
    await user.click(sales);
    await user.type(screen.getByLabelText('Variable with the status'), 'status');
    await user.type(screen.getByLabelText('Values, one per line'), 'approved');
    await user.click(screen.getByRole('button', { name: 'Save cancellation' }));

    expect(onSave).toHaveBeenCalledWith({
      key: '{{ customer.email }}',
      connectionIds: [SALES],
      onlyIf: { variable: 'status', values: ['approved'] },
    });
    expect(await screen.findByText('Saved')).toBeVisible();
  });

  it('should refuse to save without a connection whose items cancel, saying why', async () => {
    const { onSave, user } = renderEditor({ key: '{{ customer.email }}', connectionIds: [OWN] });

    await user.click(screen.getByLabelText('Abandoned carts (this connection)'));
    await user.click(screen.getByRole('button', { name: 'Save cancellation' }));

    expect(screen.getByText('Choose at least one connection whose items cancel.')).toBeVisible();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('should say when the test item has no value for the key', async () => {
    const { user } = renderEditor();

    await user.click(
      screen.getByLabelText('Cancel a waiting send when a later item with the same key arrives'),
    );
    await user.type(screen.getByLabelText('Key'), 'customer.phone');

    expect(screen.getByText(/The test item has no value for this key/)).toBeVisible();
  });

  it('should save "no cancellation" when switched off', async () => {
    const { onSave, user } = renderEditor({ key: '{{ customer.email }}', connectionIds: [OWN] });

    await user.click(
      screen.getByLabelText('Cancel a waiting send when a later item with the same key arrives'),
    );
    await user.click(screen.getByRole('button', { name: 'Save cancellation' }));

    expect(onSave).toHaveBeenCalledWith(null);
  });
});
