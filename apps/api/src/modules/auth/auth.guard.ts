import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC, SESSION_COOKIE, type AuthContext } from './auth-context';
import { UnauthenticatedError } from './auth.errors';
import { AuthService } from './auth.service';

/** Global guard: every route needs a live session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authService: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { auth?: AuthContext }>();
    const token = request.cookies?.[SESSION_COOKIE];
    const auth = token ? await this.authService.resolveSession(token) : null;
    if (!auth) throw new UnauthenticatedError();
    request.auth = auth;
    return true;
  }
}
