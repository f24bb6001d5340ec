import type { InvitationPreviewDto } from '@fluxo/contracts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { InvitationPage } from './InvitationPage';

const TOKEN = 'a'.repeat(43);

const preview = (overrides: Partial<InvitationPreviewDto>): InvitationPreviewDto => ({
  state: 'pending',
  workspaceName: 'Loja da Ana',
  email: 'joao@agencia.example',
  role: 'editor',
  invitedBy: 'ana@loja.example',
  hasAccount: false,
  ...overrides,
});

describe(InvitationPage.name, () => {
  let api: FakeApi;

  beforeEach(() => {
    window.location.hash = `#token=${TOKEN}`;
    window.sessionStorage.clear();
    api = new FakeApi().install();
    api.on('GET /api/auth/me', {
      status: 401,
      body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Log in to continue' },
    });
  });

  afterEach(() => {
    api.uninstall();
    window.location.hash = '';
  });

  it('should let someone new join with a password of their own', async () => {
    api.on('POST /api/invitations/inspect', preview({})).on('POST /api/invitations/accept', {
      user: { id: 'u2', email: 'joao@agencia.example' },
      workspace: { id: 'w1', name: 'Loja da Ana', role: 'editor' },
    });
    const { user } = renderInApp(<InvitationPage />);

    expect(
      await screen.findByText('ana@loja.example invites you to “Loja da Ana” as Editor.'),
    ).toBeVisible();
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Join the workspace' }));
    expect(api.callsTo('POST /api/invitations/accept')).toHaveLength(0);
    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Join the workspace' }));

    expect(api.callsTo('POST /api/invitations/accept')[0]?.body).toEqual({
      token: TOKEN,
      password: 'correct horse battery',
    });
  });

  it('should ask someone with an account to log in first and keep the link for the way back', async () => {
    api.on('POST /api/invitations/inspect', preview({ hasAccount: true }));
    const { user } = renderInApp(<InvitationPage />);

    const logIn = await screen.findByRole('link', { name: 'Log in' });
    expect(
      screen.getByText(/joao@agencia\.example already has a Fluxo account: log in with it/),
    ).toBeVisible();
    await user.click(logIn);

    expect(logIn).toHaveAttribute('href', '/login?next=/invitation');
    expect(window.sessionStorage.getItem('fluxo.invitation')).toBe(TOKEN);
  });

  it.each([
    [
      'accepted',
      'This invitation was already accepted. Log in, or ask ana@loja.example for a new one.',
    ],
    [
      'expired',
      'This invitation has expired (they last 7 days). Ask ana@loja.example for a new one.',
    ],
    ['revoked', 'This invitation was withdrawn. Ask ana@loja.example for a new one.'],
  ] as const)('should say when an invitation is %s, and whom to ask', async (state, words) => {
    api.on('POST /api/invitations/inspect', preview({ state }));
    renderInApp(<InvitationPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    expect(screen.queryByRole('button', { name: 'Join the workspace' })).toBeNull();
  });

  it('should say a link is unknown, and that an incomplete one must be opened again', async () => {
    api.on('POST /api/invitations/inspect', {
      status: 404,
      body: { statusCode: 404, code: 'NOT_FOUND', message: 'The invitation was not found' },
    });
    const unknown = renderInApp(<InvitationPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation link is not known here.',
    );
    unknown.unmount();

    window.location.hash = '#token=short';
    renderInApp(<InvitationPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link is not complete: open it from the invitation again.',
    );
  });
});
