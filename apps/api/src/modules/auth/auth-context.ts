import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';

/** Who is calling: every query below the controllers is scoped by `workspaceId`. */
export interface AuthContext {
  userId: string;
  workspaceId: string;
  sessionId: string;
}

export const IS_PUBLIC = Symbol('IS_PUBLIC');

/** Marks a route that needs no session (sign-up, log-in, health, hooks). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

export const CurrentAuth = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<{ auth: AuthContext }>().auth;
});

export const SESSION_COOKIE = 'fluxo_session';
