import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleAtLeast, type Role } from '@fluxo/contracts';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../common/domain-error';
import { ApiKeysService } from './api-keys.service';
import { IS_PUBLIC, MINIMUM_ROLE, SESSION_COOKIE, type AuthContext } from './auth-context';
import { RoleRefusedError, UnauthenticatedError } from './auth.errors';
import { AuthService } from './auth.service';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Global guard: every route needs a live session (the editor's cookie) or API key
 * (`Authorization: Bearer flx_…`) unless marked @Public(), and the role the route asks for
 * (see MinimumRole). A read key only reads; a key acts with its owner's role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authService: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { auth?: AuthContext }>();
    const bearer = bearerTokenOf(request);
    if (bearer !== null) {
      const key = await this.apiKeys.resolve(bearer);
      if (!key) throw new UnauthenticatedError();
      if (key.apiKeyScope === 'read' && !READ_METHODS.has(request.method)) {
        throw new DomainError(403, 'READ_ONLY_KEY', 'This API key can only read');
      }
      const { apiKeyScope: _scope, ...auth } = key;
      request.auth = auth;
    } else {
      const token = request.cookies?.[SESSION_COOKIE];
      const auth = token ? await this.authService.resolveSession(token) : null;
      if (!auth) throw new UnauthenticatedError();
      request.auth = auth;
    }
    this.assertRoleOrThrow(context, request.method, request.auth.role);
    return true;
  }

  private assertRoleOrThrow(context: ExecutionContext, method: string, role: Role): void {
    const minimum =
      this.reflector.getAllAndOverride<Role | undefined>(MINIMUM_ROLE, [
        context.getHandler(),
        context.getClass(),
      ]) ?? (READ_METHODS.has(method) ? 'viewer' : 'editor');
    if (!roleAtLeast(role, minimum)) throw new RoleRefusedError(role, minimum);
  }
}

/** The key of `Authorization: Bearer …`, or null when the call has no bearer header. */
export function bearerTokenOf(request: Pick<FastifyRequest, 'headers'>): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !/^Bearer(\s|$)/i.test(header)) return null;
  // "Bearer" without one key is a key that does not work, not a cookie call.
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
}
