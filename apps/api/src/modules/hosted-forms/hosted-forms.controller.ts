import { randomBytes } from 'node:crypto';
import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Public } from '../auth/auth-context';
import { rawHookCallOf } from '../hooks/hooks.controller';
import {
  renderClosedPage,
  renderFormPage,
  renderNotFoundPage,
  renderSuccessPage,
} from './hosted-form-page';
import { languageFromAcceptLanguage } from './hosted-form.i18n';
import { HostedFormsService } from './hosted-forms.service';

/**
 * The public page of a hosted form at /f/:token (the connection's hook token). Posts go through
 * the same ingest path as /hooks/:token; the raw body arrives as a Buffer
 * (see configure-body-parsing.ts).
 */
@ApiExcludeController()
@Public()
@Controller('f')
export class HostedFormsController {
  constructor(
    private readonly hostedForms: HostedFormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  async show(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const found = await this.hostedForms.find(token);
    const nonce = newNonce();
    if (found.state === 'missing') {
      const language = languageFromAcceptLanguage(request.headers['accept-language']);
      return sendPage(reply, 404, renderNotFoundPage(language, nonce), nonce);
    }
    if (found.state === 'closed') {
      return sendPage(reply, 200, renderClosedPage(found.language, nonce), nonce);
    }
    return sendPage(reply, 200, renderFormPage(found.form, {}, nonce), nonce);
  }

  @Post(':token')
  async submit(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const outcome = await this.hostedForms.submit(
      token,
      rawHookCallOf(request, this.config.publicUrl),
    );
    const nonce = newNonce();
    switch (outcome.kind) {
      case 'missing': {
        const language = languageFromAcceptLanguage(request.headers['accept-language']);
        return sendPage(reply, 404, renderNotFoundPage(language, nonce), nonce);
      }
      case 'closed':
        return sendPage(reply, 409, renderClosedPage(outcome.language, nonce), nonce);
      case 'refused':
        return sendPage(
          reply,
          outcome.status,
          renderFormPage(outcome.form, outcome.page, nonce),
          nonce,
        );
      case 'sent':
        // 303: the browser follows with a GET, so a reload does not post the answers again.
        if (outcome.form.redirectUrl) {
          void reply.header('cache-control', 'no-store').redirect(outcome.form.redirectUrl, 303);
          return;
        }
        return sendPage(reply, 200, renderSuccessPage(outcome.form, nonce), nonce);
    }
  }
}

const newNonce = (): string => randomBytes(16).toString('base64');

function sendPage(reply: FastifyReply, status: number, html: string, nonce: string): void {
  void reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    // Only our own inline style and script run; no other origin is ever contacted.
    .header(
      'content-security-policy',
      `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'`,
    )
    .send(html);
}
