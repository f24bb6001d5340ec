import type { InvitationDto, MemberDto, SessionDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { sessionQueryKey } from '@/app/query-client';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { MembersPage } from './MembersPage';

const session = (role: SessionDto['workspace']['role']): SessionDto => ({
  user: { id: 'u-owner', email: 'olena@shop.example' },
  workspace: { id: 'w1', name: 'Shop', role },
});

const member = (overrides: Partial<MemberDto>): MemberDto => ({
  userId: 'u-owner',
  email: 'olena@shop.example',
  role: 'owner',
  joinedAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

const invitation = (overrides: Partial<InvitationDto>): InvitationDto => ({
  id: 'i1',
  email: 'joao@agencia.example',
  role: 'editor',
  state: 'pending',
  invitedBy: 'olena@shop.example',
  acceptedBy: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: '2026-12-08T10:00:00.000Z',
  ...overrides,
});

function renderAs(role: SessionDto['workspace']['role']) {
  return renderInApp(<MembersPage />, { cached: [[sessionQueryKey, session(role)]] });
}

describe(MembersPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
    api.on('GET /api/workspace/members', [
      member({}),
      member({ userId: 'u-viewer', email: 'lucia@contabilidad.example', role: 'viewer' }),
    ]);
  });

  afterEach(() => api.uninstall());

  it('should invite by e-mail with a role, and show the link to copy when the instance has no mail', async () => {
    let invitations: InvitationDto[] = [];
    api
      .on('GET /api/workspace/invitations', () => invitations)
      .on('POST /api/workspace/invitations', ({ body }) => {
        invitations = [invitation({ email: (body as { email: string }).email, role: 'viewer' })];
        return {
          status: 201,
          body: {
            invitation: invitations[0],
            link: `http://fluxo.test/invitation#token=${'t'.repeat(43)}`,
            mailed: false,
          },
        };
      });
    const { user } = renderAs('owner');
    expect(await screen.findByText('No invitations yet.')).toBeVisible();

    await user.type(screen.getByLabelText('E-mail'), 'ana@shop.example');
    await user.selectOptions(screen.getByLabelText('Role'), 'viewer');
    expect(
      screen.getByText('Reads the connections and their history; changes nothing.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(
      await screen.findByText(
        /This instance has no mail of its own: send this link to ana@shop\.example/,
      ),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Invitation link' })).toHaveValue(
      `http://fluxo.test/invitation#token=${'t'.repeat(43)}`,
    );
    expect(api.callsTo('POST /api/workspace/invitations')[0].body).toEqual({
      email: 'ana@shop.example',
      role: 'viewer',
      locale: 'en',
    });
    const row = await screen.findByRole('row', { name: /ana@shop\.example/ });
    expect(within(row).getByText('Waiting')).toBeVisible();
    expect(
      within(row).getByRole('button', { name: 'Withdraw the invitation of ana@shop.example' }),
    ).toBeVisible();
  });

  it('should change a role at once and ask before removing someone, never offering to remove oneself', async () => {
    api
      .on('GET /api/workspace/invitations', [])
      .on('PATCH /api/workspace/members/u-viewer', ({ body }) =>
        member({ userId: 'u-viewer', email: 'lucia@contabilidad.example', ...(body as object) }),
      )
      .on('DELETE /api/workspace/members/u-viewer', { status: 204 });
    const { user } = renderAs('owner');

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Role of lucia@contabilidad.example' }),
      'editor',
    );
    await user.click(screen.getByRole('button', { name: 'Remove lucia@contabilidad.example' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'Remove lucia@contabilidad.example from this workspace?',
    );
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );

    expect(api.callsTo('PATCH /api/workspace/members/u-viewer')[0].body).toEqual({
      role: 'editor',
    });
    expect(api.callsTo('DELETE /api/workspace/members/u-viewer')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Remove olena@shop.example' })).toBeNull();
  });

  it('should show a viewer the team without invitations or controls, and say why leaving is refused', async () => {
    api.on('POST /api/workspace/leave', {
      status: 409,
      body: {
        statusCode: 409,
        code: 'LAST_OWNER',
        message:
          'A workspace needs an owner: make someone else an owner first, then leave or change this role',
      },
    });
    const { user } = renderAs('viewer');

    const row = await screen.findByRole('row', { name: /lucia@contabilidad\.example/ });
    expect(within(row).getByText('Viewer')).toBeVisible();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Invite a colleague' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Invitations' })).toBeNull();
    expect(api.callsTo('GET /api/workspace/invitations')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Leave workspace' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Leave workspace' }),
    );
    expect(
      await screen.findByText('A workspace needs an owner: make someone else an owner first.'),
    ).toBeVisible();
  });

  it('should delete the workspace only once its name is typed again', async () => {
    api.on('GET /api/workspace/invitations', []).on('POST /api/workspace/delete', {
      user: { id: 'u-owner', email: 'olena@shop.example' },
      workspace: { id: 'w2', name: 'olena’s workspace', role: 'owner' },
    });
    const { user } = renderAs('owner');
    const button = await screen.findByRole('button', { name: 'Delete the workspace' });

    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Type “Shop” to confirm'), 'Sho');
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('Type “Shop” to confirm'), 'p');
    await user.click(button);

    expect(api.callsTo('POST /api/workspace/delete')[0]?.body).toEqual({ name: 'Shop' });
  });
});
