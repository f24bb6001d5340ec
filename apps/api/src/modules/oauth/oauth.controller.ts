import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Inject } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { PLAIN_PAGE_CSP } from '../../security-headers';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CurrentAuth, MinimumRole, Public, type AuthContext } from '../auth/auth-context';
import { languageFromAcceptLanguage } from '../hosted-forms/hosted-form.i18n';
import {
  BINDING_COOKIE_PATH,
  bindingCookieName,
  bindingFor,
  isStartedInThisBrowser,
} from './oauth-browser-binding';
import { renderOAuthRefusedPage } from './oauth-refused-page';
import { OAuthService } from './oauth.service';

/** As long as the state row lives (STATE_TTL_MINUTES in the service). */
const BINDING_MAX_AGE_SECONDS = 10 * 60;

/**
 * Browser navigations, not XHR: both answers are redirects, and failures land the user back
 * on the accounts page with the reason in words.
 */
@ApiTags('accounts')
@Controller('api/oauth')
export class OAuthController {
  constructor(
    private readonly oauth: OAuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A GET that makes an account: an editor's, like adding one by its form. */
  @Get(':connectorKey/start')
  @MinimumRole('editor')
  async start(
    @CurrentAuth() auth: AuthContext,
    @Param('connectorKey') connectorKey: string,
    @Query('name') name: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const { url, state } = await this.oauth.startOrThrow(
        auth.workspaceId,
        connectorKey,
        name ?? '',
        this.redirectUri(request),
      );
      void reply.setCookie(bindingCookieName(state), bindingFor(state, this.config.encryptionKey), {
        path: BINDING_COOKIE_PATH,
        httpOnly: true,
        // Lax: the vendor's redirect back is a top-level navigation, which Lax lets through.
        sameSite: 'lax',
        secure: this.config.secureCookies,
        maxAge: BINDING_MAX_AGE_SECONDS,
      });
      void reply.redirect(url, 302);
    } catch (error) {
      void reply.redirect(this.backToAccounts({ oauthError: messageOf(error) }), 302);
    }
  }

  // Public: the vendor redirects here; the one-time state names the workspace, and the
  // binding cookie proves this browser started the consent.
  @Public()
  @Get('callback')
  async callback(
    @Query() query: { code?: string; state?: string; error?: string },
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const state = query.state ?? '';
    if (!isStartedInThisBrowser(state, request.cookies, this.config.encryptionKey)) {
      if (state) await this.oauth.discardState(state);
      const language = languageFromAcceptLanguage(request.headers['accept-language']);
      void reply
        .status(400)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', PLAIN_PAGE_CSP)
        .send(renderOAuthRefusedPage(language));
      return;
    }
    void reply.clearCookie(bindingCookieName(state), { path: BINDING_COOKIE_PATH });
    try {
      const accountId = await this.oauth.finishOrThrow(query, this.redirectUri(request));
      void reply.redirect(this.backToAccounts({ connected: accountId }), 302);
    } catch (error) {
      void reply.redirect(this.backToAccounts({ oauthError: messageOf(error) }), 302);
    }
  }

  private redirectUri(request: FastifyRequest): string {
    const base = this.config.publicUrl ?? `${request.protocol}://${request.headers.host}`;
    return `${base}/api/oauth/callback`;
  }

  private backToAccounts(params: Record<string, string>): string {
    return `${this.config.publicUrl ?? ''}/accounts?${new URLSearchParams(params).toString()}`;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  return 'The sign-in failed unexpectedly; try again';
}
