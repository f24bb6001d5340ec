import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../common/domain-error';
import { Public } from '../auth/auth-context';

export const WEB_DIST = Symbol('WEB_DIST');

/**
 * The editor is a single-page app: any GET that is not an API route or a built file gets
 * index.html, so deep links like /connections/123 survive a reload.
 */
@ApiExcludeController()
@Public()
@Controller()
export class WebController {
  private indexHtml: string | null = null;

  constructor(@Inject(WEB_DIST) private readonly webDist: string | null) {}

  @Get('*')
  serveApp(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): string {
    if (/^\/(api|hooks)(\/|$)/.test(request.url) || !this.webDist)
      throw new NotFoundError('This page');
    this.indexHtml ??= readFileSync(join(this.webDist, 'index.html'), 'utf8');
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache');
    return this.indexHtml;
  }
}
