import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  credentialsSchema,
  passwordChangeSchema,
  passwordForgotSchema,
  passwordResetSchema,
  resetLinkInspectSchema,
  type Credentials,
  type InstanceStatusDto,
  type PasswordChangeDto,
  type PasswordForgotDto,
  type PasswordResetDto,
  type ResetLinkInspectDto,
  type SessionDto,
} from '@fluxo/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import {
  assertNotApiKeyOrThrow,
  CurrentAuth,
  MinimumRole,
  Public,
  SESSION_COOKIE,
  type AuthContext,
} from './auth-context';
import { AuthService, type StartedSession } from './auth.service';
import { SessionCookies } from './session-cookies';
import { InvalidCredentialsError, type ResetLinkState } from './auth.errors';
import { LoginLockouts } from './login-lockout';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly lockouts: LoginLockouts,
    private readonly passwords: PasswordService,
    private readonly cookies: SessionCookies,
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
    return this.cookies.set(reply, await this.authService.signUp(credentials));
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
    return this.cookies.set(reply, started);
  }

  @Post('logout')
  @MinimumRole('viewer')
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

  /** Changing the password in the profile; the other sessions of the person end. */
  @Post('password')
  @MinimumRole('viewer')
  @HttpCode(204)
  @ApiZodBody(passwordChangeSchema)
  async changePassword(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(passwordChangeSchema)) dto: PasswordChangeDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    assertNotApiKeyOrThrow(auth, 'The password is changed');
    this.rateLimiter.assertAllowedOrThrow(`password:${request.ip}`);
    await this.passwords.change(auth, dto);
  }

  /**
   * "Forgot password?": always the same answer, whether the address has an account or not; the
   * link goes out through the instance's mail (without mail, `npm run fluxo -- reset-password`).
   */
  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiZodBody(passwordForgotSchema)
  async forgotPassword(
    @Body(new ZodValidationPipe(passwordForgotSchema)) dto: PasswordForgotDto,
    @Req() request: FastifyRequest,
  ): Promise<{ sent: true }> {
    this.rateLimiter.assertAllowedOrThrow(`forgot:${request.ip}`);
    await this.passwords.requestReset(dto, `${request.protocol}://${request.host}`);
    return { sent: true };
  }

  /** Sets the new password with the link's token and logs this browser in. */
  @Public()
  @Post('password/reset')
  @HttpCode(200)
  @ApiZodBody(passwordResetSchema)
  async resetPassword(
    @Body(new ZodValidationPipe(passwordResetSchema)) dto: PasswordResetDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    this.rateLimiter.assertAllowedOrThrow(`reset:${request.ip}`);
    return this.cookies.set(reply, await this.passwords.reset(dto));
  }

  /** The reset page asks first, so it can say at once that a link is spent or expired. */
  @Public()
  @Post('password/reset/inspect')
  @HttpCode(200)
  @ApiZodBody(resetLinkInspectSchema)
  async inspectResetLink(
    @Body(new ZodValidationPipe(resetLinkInspectSchema)) dto: ResetLinkInspectDto,
    @Req() request: FastifyRequest,
  ): Promise<{ state: ResetLinkState }> {
    this.rateLimiter.assertAllowedOrThrow(`reset:${request.ip}`);
    return { state: await this.passwords.inspect(dto.token) };
  }

  @Get('me')
  me(@CurrentAuth() auth: AuthContext): Promise<SessionDto> {
    return this.authService.describeSession(auth);
  }
}
