import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  credentialsSchema,
  type Credentials,
  type InstanceStatusDto,
  type SessionDto,
} from '@fluxo/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CurrentAuth, Public, SESSION_COOKIE, type AuthContext } from './auth-context';
import { AuthService, SESSION_TTL_MS, type StartedSession } from './auth.service';
import { InvalidCredentialsError } from './auth.errors';
import { LoginLockouts } from './login-lockout';
import { LoginRateLimiter } from './login-rate-limiter';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly lockouts: LoginLockouts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('signup')
  @ApiZodBody(credentialsSchema)
  async signUp(
    @Body(new ZodValidationPipe(credentialsSchema)) credentials: Credentials,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    this.rateLimiter.assertAllowedOrThrow(`signup:${request.ip}`);
    return this.withCookie(reply, await this.authService.signUp(credentials));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiZodBody(credentialsSchema)
  async logIn(
    @Body(new ZodValidationPipe(credentialsSchema)) credentials: Credentials,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    // Per address, not per address and e-mail: spraying one password over many e-mails counts.
    this.rateLimiter.assertAllowedOrThrow(`login:${request.ip}`);
    // The schema has lower-cased the e-mail: one account, however it is typed.
    const account = credentials.email;
    this.lockouts.assertNotLockedOrThrow(request.ip, account);
    let started: StartedSession;
    try {
      started = await this.authService.logIn(credentials);
    } catch (error) {
      if (error instanceof InvalidCredentialsError)
        this.lockouts.recordFailure(request.ip, account);
      throw error;
    }
    this.lockouts.recordSuccess(account);
    return this.withCookie(reply, started);
  }

  @Post('logout')
  @HttpCode(204)
  async logOut(
    @CurrentAuth() auth: AuthContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.authService.logOut(auth.sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Public: a fresh instance (nobody signed up yet) opens on sign-up instead of log-in. */
  @Public()
  @Get('instance')
  async instance(): Promise<InstanceStatusDto> {
    return {
      hasUsers: await this.authService.hasUsers(),
      publicUrl: this.config.publicUrl,
      instanceMail: Boolean(this.config.smtpUrl),
    };
  }

  @Get('me')
  me(@CurrentAuth() auth: AuthContext): Promise<SessionDto> {
    return this.authService.describeSession(auth);
  }

  private withCookie(reply: FastifyReply, started: StartedSession): SessionDto {
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
