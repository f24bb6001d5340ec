import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@fluxo/contracts';
import { DomainError } from '../../common/domain-error';

/** Who is calling: every query below the controllers is scoped by `workspaceId`. */
export interface AuthContext {
  userId: string;
  workspaceId: string;
  sessionId: string;
  /** The caller's role in that workspace, read on every call (a change applies at once). */
  role: Role;
}

/** Calls made with an API key carry this in place of a session id. */
export const API_KEY_SESSION_PREFIX = 'api-key:';

/** Whether the caller came with an API key rather than the editor's session. */
export const isApiKeyCall = (auth: AuthContext): boolean =>
  auth.sessionId.startsWith(API_KEY_SESSION_PREFIX);

/** What a person does only in the editor, never with a key (a leaked key must not outlive it). */
export function assertNotApiKeyOrThrow(auth: AuthContext, what: string): void {
  if (isApiKeyCall(auth)) {
    throw new DomainError(403, 'FORBIDDEN', `${what} in the profile, not with an API key`);
  }
}

export const IS_PUBLIC = Symbol('IS_PUBLIC');

/** Marks a route that needs no session (sign-up, log-in, health, hooks). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

export const MINIMUM_ROLE = Symbol('MINIMUM_ROLE');

/**
 * The least role a route needs. Without it a read (GET, HEAD) needs a viewer and anything else
 * an editor; owner-only routes and the few changes a viewer makes to themselves say so.
 */
export const MinimumRole = (role: Role): MethodDecorator & ClassDecorator =>
  SetMetadata(MINIMUM_ROLE, role);

export const CurrentAuth = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<{ auth: AuthContext }>().auth;
});

export const SESSION_COOKIE = 'fluxo_session';
