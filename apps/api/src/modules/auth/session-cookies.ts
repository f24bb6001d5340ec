import { Inject, Injectable } from '@nestjs/common';
import type { SessionDto } from '@fluxo/contracts';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SESSION_COOKIE } from './auth-context';
import { SESSION_TTL_MS, type StartedSession } from './auth.service';

/** Hands a started session to the browser as its cookie (log-in, reset, invitation, leaving). */
@Injectable()
export class SessionCookies {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(reply: FastifyReply, started: StartedSession): SessionDto {
    void reply.setCookie(SESSION_COOKIE, started.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      maxAge: SESSION_TTL_MS / 1000,
    });
    return started.session;
  }
}
