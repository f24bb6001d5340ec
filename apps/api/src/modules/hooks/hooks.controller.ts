import { All, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../common/domain-error';
import { PLAIN_PAGE_CSP } from '../../security-headers';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Public } from '../auth/auth-context';
import { DeliveryStatusService } from './delivery-status.service';
import { HooksService, type RawHookCall } from './hooks.service';

/** Public inbound URLs; the raw body arrives as a Buffer (see configure-body-parsing.ts). */
@ApiExcludeController()
@Public()
@Controller('hooks')
export class HooksController {
  constructor(
    private readonly hooksService: HooksService,
    private readonly deliveryStatus: DeliveryStatusService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A vendor's report on a message sent by a delivery (see ReceiverInvoker). */
  @Post('status/:deliveryId/:mac')
  @HttpCode(200)
  async receiveStatus(
    @Param('deliveryId') deliveryId: string,
    @Param('mac') mac: string,
    @Req() request: FastifyRequest,
  ): Promise<{ ok: true; updated: boolean }> {
    const result = await this.deliveryStatus.receive(
      deliveryId,
      mac,
      rawHookCallOf(request, this.config.publicUrl),
    );
    return { ok: true, ...result };
  }

  // 200, not 202: the call is stored when we answer, and some vendors (Fygaro) retry any
  // answer that is not exactly 200.
  @All(':token')
  @HttpCode(200)
  async receive(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    if (request.method !== 'POST' && request.method !== 'PUT') {
      void reply.header('allow', 'POST, PUT');
      throw new DomainError(405, 'METHOD_NOT_ALLOWED', 'Send data to this URL with POST');
    }
    const acceptance = await this.hooksService.receive(
      token,
      rawHookCallOf(request, this.config.publicUrl),
    );
    // A plain HTML form lands its visitor on this answer: give them words, not JSON.
    if (String(request.headers.accept ?? '').includes('text/html')) {
      void reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', PLAIN_PAGE_CSP);
      return thankYouPage;
    }
    return { ok: true, ...acceptance };
  }
}

/**
 * The URL as the vendor saw it: behind a proxy only FLUXO_PUBLIC_URL knows the outside
 * scheme and host, so it wins over the Host header.
 */
function publicUrlOf(request: FastifyRequest, publicUrl: string | null): string {
  const base = publicUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
  return `${base.replace(/\/$/, '')}${request.url}`;
}

/** An inbound call as the ingest paths store it: the raw body (see configure-body-parsing.ts). */
export function rawHookCallOf(request: FastifyRequest, publicUrl: string | null): RawHookCall {
  return {
    method: request.method,
    url: publicUrlOf(request, publicUrl),
    headers: request.headers,
    query: request.query as Record<string, string>,
    body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
  };
}

const thankYouPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Thank you</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>Thank you!</h1><p>Your submission was received.</p></body></html>`;
