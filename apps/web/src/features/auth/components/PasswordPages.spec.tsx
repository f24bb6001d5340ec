import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { FakeApi } from '@/testing/fake-api';
import { renderInApp } from '@/testing/render';
import { ForgotPasswordPage, ProfilePage, ResetPasswordPage } from './PasswordPages';

const TOKEN = 'a'.repeat(43);
const instance = (instanceMail: boolean) => ({ hasUsers: true, publicUrl: null, instanceMail });

describe('password pages', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.uninstall();
    window.location.hash = '';
  });

  it('should send the address with the page language and say the same whatever the answer', async () => {
    api
      .on('GET /api/auth/instance', instance(true))
      .on('POST /api/auth/password/forgot', { status: 202, body: { sent: true } });
    const { user } = renderInApp(<ForgotPasswordPage />);

    await user.type(await screen.findByLabelText('E-mail'), 'ana@shop.example');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByText(/If an account has this address/)).toBeVisible();
    expect(api.callsTo('POST /api/auth/password/forgot')[0].body).toEqual({
      email: 'ana@shop.example',
      locale: 'en',
    });
  });

  it('should tell the administrator’s command where the instance has no mail', async () => {
    api.on('GET /api/auth/instance', instance(false));
    renderInApp(<ForgotPasswordPage />);

    expect(
      await screen.findByText(/npm run fluxo -- reset-password you@example\.com/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Send the link' })).not.toBeInTheDocument();
  });

  it('should set the new password with the token of the link, and word a spent link', async () => {
    window.location.hash = `#token=${TOKEN}`;
    api.on('POST /api/auth/password/reset/inspect', { state: 'valid' });
    api.on('POST /api/auth/password/reset', {
      status: 400,
      body: {
        statusCode: 400,
        code: 'RESET_LINK_USED',
        message:
          'This link was already used, or a newer one was: ask for a new one on the log-in page',
      },
    });
    const { user } = renderInApp(<ResetPasswordPage />);

    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(screen.getByText('The password needs at least 8 characters.')).toBeVisible();
    await user.type(screen.getByLabelText('New password'), ' but now long enough');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(
      await screen.findByText('This link was already used, or a newer one was: ask for a new one.'),
    ).toBeVisible();
    expect(api.callsTo('POST /api/auth/password/reset')[0].body).toEqual({
      token: TOKEN,
      password: 'short but now long enough',
    });
  });

  it.each([
    ['expired', 'This link has expired (links last an hour): ask for a new one.'],
    ['used', 'This link was already used, or a newer one was: ask for a new one.'],
    ['unknown', 'This link is not known here: ask for a new one.'],
  ])('should say at once when a link is %s, and offer a new one', async (state, words) => {
    window.location.hash = `#token=${TOKEN}`;
    api.on('POST /api/auth/password/reset/inspect', { state });
    renderInApp(<ResetPasswordPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });

  it('should say the link is not complete when it carries no token', () => {
    renderInApp(<ResetPasswordPage />);

    expect(
      screen.getByText('This link is not complete: open it from the e-mail again.'),
    ).toBeVisible();
  });

  it('should change the password with the current one and say the others were logged out', async () => {
    api.on('POST /api/auth/password', ({ body }) =>
      (body as { currentPassword: string }).currentPassword === 'right one here'
        ? { status: 204 }
        : {
            status: 400,
            body: {
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              message: 'The current password is not right',
              details: [{ field: 'currentPassword', message: 'The current password is not right' }],
            },
          },
    );
    const { user } = renderInApp(<ProfilePage />);

    await user.type(screen.getByLabelText('Current password'), 'wrong one');
    await user.type(screen.getByLabelText('New password'), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The current password is not right.')).toBeVisible();
    await user.clear(screen.getByLabelText('Current password'));
    await user.type(screen.getByLabelText('Current password'), 'right one here');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(
      await screen.findByText('Password changed. You were logged out everywhere else.'),
    ).toBeVisible();
  });
});
