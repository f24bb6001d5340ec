import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Inject } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CurrentAuth, Public, type AuthContext } from '../auth/auth-context';
import { OAuthService } from './oauth.service';

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

  @Get(':connectorKey/start')
  async start(
    @CurrentAuth() auth: AuthContext,
    @Param('connectorKey') connectorKey: string,
    @Query('name') name: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const url = await this.oauth.startOrThrow(
        auth.workspaceId,
        connectorKey,
        name ?? '',
        this.redirectUri(request),
      );
      void reply.redirect(url, 302);
    } catch (error) {
      void reply.redirect(this.backToAccounts({ oauthError: messageOf(error) }), 302);
    }
  }

  // Public: the vendor redirects here; the one-time state names the workspace.
  @Public()
  @Get('callback')
  async callback(
    @Query() query: { code?: string; state?: string; error?: string },
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
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
