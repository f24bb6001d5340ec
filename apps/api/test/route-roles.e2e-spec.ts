import { randomUUID } from 'node:crypto';
import { ModulesContainer } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { CLIENT_HEADER, roleAtLeast, type Role } from '@fluxo/contracts';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IS_PUBLIC } from '../src/modules/auth/auth-context';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;
type Access = 'public' | Role;

/**
 * Every route of the API and the least role it needs. A new route fails this spec until it is
 * listed here, so nobody adds one without deciding who may call it.
 */
const ROUTES: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/auth/instance': 'public',
  'POST /api/auth/signup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/password/forgot': 'public',
  'POST /api/auth/password/reset': 'public',
  'POST /api/auth/password/reset/inspect': 'public',
  'POST /api/invitations/inspect': 'public',
  'POST /api/invitations/accept': 'public',
  'GET /api/oauth/callback': 'public',
  'POST /hooks/status/:deliveryId/:mac': 'public',
  'ALL /hooks/:token': 'public',
  'GET /f/:token': 'public',
  'POST /f/:token': 'public',
  'GET /*': 'public',

  'GET /api/auth/me': 'viewer',
  'POST /api/auth/logout': 'viewer',
  'POST /api/auth/password': 'viewer',
  'GET /api/api-keys': 'viewer',
  'POST /api/api-keys': 'viewer',
  'DELETE /api/api-keys/:id': 'viewer',
  'GET /api/workspaces': 'viewer',
  'POST /api/workspaces/switch': 'viewer',
  'GET /api/workspace/members': 'viewer',
  'POST /api/workspace/leave': 'viewer',
  'GET /api/connectors': 'viewer',
  'GET /api/templates': 'viewer',
  'GET /api/accounts': 'viewer',
  'GET /api/connections': 'viewer',
  'GET /api/connections/:id': 'viewer',
  'GET /api/connections/:id/versions': 'viewer',
  'GET /api/connections/:id/held-calls/key': 'viewer',
  'GET /api/connections/:id/runs': 'viewer',
  'GET /api/connections/:id/sample': 'viewer',
  'GET /api/runs': 'viewer',
  'GET /api/runs/:runId': 'viewer',
  'GET /api/send-queue': 'viewer',
  'GET /api/reports/deliveries': 'viewer',
  'GET /api/reports/deliveries.csv': 'viewer',

  'POST /api/accounts': 'editor',
  'POST /api/accounts/:id/check': 'editor',
  'GET /api/oauth/:connectorKey/start': 'editor',
  'POST /api/connectors/:connectorKey/options/:loader': 'editor',
  'POST /api/templates/:key/use': 'editor',
  'POST /api/connections': 'editor',
  'GET /api/portability/export': 'editor',
  'POST /api/portability/import/preview': 'editor',
  'POST /api/portability/import': 'editor',
  'PATCH /api/connections/:id': 'editor',
  'DELETE /api/connections/:id': 'editor',
  'POST /api/connections/:id/trigger-preview': 'editor',
  'POST /api/connections/:id/duplicate': 'editor',
  'PUT /api/connections/:id/source': 'editor',
  'POST /api/connections/:id/receivers': 'editor',
  'PATCH /api/connections/:id/steps/:stepId': 'editor',
  'DELETE /api/connections/:id/steps/:stepId': 'editor',
  'POST /api/connections/:id/versions/:versionId/restore': 'editor',
  'POST /api/connections/:id/held-calls/trust-key': 'editor',
  'POST /api/connections/:id/held-calls/process': 'editor',
  'POST /api/connections/:id/held-calls/discard': 'editor',
  'POST /api/connections/:id/run': 'editor',
  'POST /api/connections/:id/sample/load': 'editor',
  'POST /api/connections/:id/steps/:stepId/preview': 'editor',
  'POST /api/connections/:id/steps/:stepId/test': 'editor',
  'POST /api/runs/:runId/retry': 'editor',
  'POST /api/items/:itemId/run-again': 'editor',
  'POST /api/deliveries/:id/retry': 'editor',
  'POST /api/send-queue/:deliveryId/send-now': 'editor',
  'POST /api/send-queue/:deliveryId/restore': 'editor',
  'POST /api/send-queue/:deliveryId/cancel': 'editor',

  'PATCH /api/accounts/:id': 'owner',
  'DELETE /api/accounts/:id': 'owner',
  'GET /api/api-keys/workspace': 'owner',
  'DELETE /api/api-keys/workspace/:id': 'owner',
  'PATCH /api/workspace/members/:userId': 'owner',
  'DELETE /api/workspace/members/:userId': 'owner',
  'GET /api/workspace/invitations': 'owner',
  'GET /api/audit': 'owner',
  'POST /api/workspace/delete': 'owner',
  'POST /api/workspace/invitations': 'owner',
  'DELETE /api/workspace/invitations/:id': 'owner',
};

/** Calls that end the caller's own session or membership: made last, by a second browser. */
/** Leaving comes last: whoever left carries on in a workspace of their own, as its owner. */
const ENDS_THE_CALLER_IN_ORDER = [
  'POST /api/auth/logout',
  'POST /api/workspace/delete',
  'POST /api/workspace/leave',
];
const ENDS_THE_CALLER = new Set(ENDS_THE_CALLER_IN_ORDER);
const lastness = (key: string) => ENDS_THE_CALLER_IN_ORDER.indexOf(key);

interface DeclaredRoute {
  key: string;
  method: string;
  path: string;
  isPublic: boolean;
}

/** The routes Nest has registered, read from the controllers' own metadata. */
function declaredRoutes(sut: TestApp): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of sut.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const classPublic = Reflect.getMetadata(IS_PUBLIC, controller) === true;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (path === undefined || method === undefined) continue;
        const full = `/${[base, path]
          .map((part) => part.replace(/^\/+|\/+$/g, ''))
          .filter(Boolean)
          .join('/')}`;
        const verb = RequestMethod[method];
        routes.push({
          key: `${verb} ${full}`,
          method: verb,
          path: full,
          isPublic: classPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true,
        });
      }
    }
  }
  return routes;
}

describe('Every route × every role (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  const browsers: Record<Role, Agent[]> = { owner: [], editor: [], viewer: [] };
  let routes: DeclaredRoute[];

  beforeAll(async () => {
    sut = await startTestApp();
    const owner = await sut.signUp('roles-owner@shop.example');
    browsers.owner.push(owner);
    for (const role of ['editor', 'viewer'] as const) {
      const email = `roles-${role}@shop.example`;
      const { link } = (
        await owner.post('/api/workspace/invitations').send({ email, role }).expect(201)
      ).body;
      const browser = request.agent(sut.app.getHttpServer()).set(CLIENT_HEADER, 'test');
      await browser
        .post('/api/invitations/accept')
        .send({ token: link.split('#token=')[1], password: 'correct horse battery' })
        .expect(200);
      browsers[role].push(browser);
    }
    routes = declaredRoutes(sut);
  });

  afterAll(async () => {
    await sut?.close();
  });

  async function logIn(email: string): Promise<Agent> {
    const agent = request.agent(sut.app.getHttpServer()).set(CLIENT_HEADER, 'test');
    await agent
      .post('/api/auth/login')
      .send({ email, password: 'correct horse battery' })
      .expect(200);
    return agent;
  }

  const call = (agent: Agent, route: DeclaredRoute) => {
    // Unknown ids: a role the route takes gets past the guard and meets a 404 or a 400.
    const path = route.path.replace(/:\w+/g, () => randomUUID()).replace('/*', '/some/page');
    const method = route.method === 'ALL' ? 'post' : route.method.toLowerCase();
    return (agent as unknown as Record<string, (url: string) => request.Test>)
      [method](path)
      .send({});
  };

  it('should list every route with the least role it needs', () => {
    const declared = routes.map((route) => route.key).sort();

    expect(declared).toEqual(Object.keys(ROUTES).sort());
    for (const route of routes) {
      expect([route.key, route.isPublic]).toEqual([route.key, ROUTES[route.key] === 'public']);
    }
  });

  it('should refuse each role exactly the routes above its role, with 403 ROLE_REFUSED', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    const ordered = [...routes].sort((a, b) => lastness(a.key) - lastness(b.key));
    for (const route of ordered) {
      const needs = ROUTES[route.key];
      if (needs === 'public' || needs === undefined) continue;
      for (const role of ['viewer', 'editor', 'owner'] as const) {
        // A call that ends the caller's session or membership gets a browser of its own.
        const browser = ENDS_THE_CALLER.has(route.key)
          ? await logIn(`roles-${role}@shop.example`)
          : browsers[role][0];
        const answer = await call(browser, route);
        const refused = answer.status === 403 && answer.body.code === 'ROLE_REFUSED';
        // A 401 would let a refusal pass unseen: it never counts as let through.
        const outcome = refused ? 'refused' : answer.status === 401 ? 'logged out' : 'let through';
        outcomes.push(`${role} ${route.key}: ${outcome}`);
        expected.push(
          `${role} ${route.key}: ${roleAtLeast(role, needs) ? 'let through' : 'refused'}`,
        );
      }
    }

    expect(outcomes).toEqual(expected);
  });
});
