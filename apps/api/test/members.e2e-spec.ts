import { SmtpSandbox } from '@fluxo/sandboxes';
import { CLIENT_HEADER, type CreatedInvitationDto, type MemberDto } from '@fluxo/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;
const PASSWORD = 'correct horse battery';

const tokenOf = (link: string): string => {
  const match = /\/invitation#token=([\w-]{43})$/.exec(link);
  if (!match) throw new Error(`Not an invitation link: ${link}`);
  return match[1];
};

/** A browser with no session yet (the invited person's). */
const freshBrowser = (sut: TestApp): Agent =>
  request.agent(sut.app.getHttpServer()).set(CLIENT_HEADER, 'test');

describe('Members, roles and invitations (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let owner: Agent;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    sut = await startTestApp({
      env: {
        FLUXO_SMTP_URL: `smtp://localhost:${smtp.port}`,
        FLUXO_SMTP_FROM: 'Fluxo <fluxo@shop.example>',
        FLUXO_PUBLIC_URL: 'https://fluxo.shop.example',
      },
    });
    owner = await sut.signUp('owner@shop.example');
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  async function invite(email: string, role: string, locale = 'en'): Promise<CreatedInvitationDto> {
    return (
      await owner.post('/api/workspace/invitations').send({ email, role, locale }).expect(201)
    ).body;
  }

  /** Someone new accepts with a password of their own; their browser is then in the workspace. */
  async function acceptAsNewcomer(link: string): Promise<Agent> {
    const browser = freshBrowser(sut);
    await browser
      .post('/api/invitations/accept')
      .send({ token: tokenOf(link), password: PASSWORD })
      .expect(200);
    return browser;
  }

  it('should mail an invitation in the owner’s language and let the newcomer join with that role', async () => {
    const created = await invite('ana.viewer@shop.example', 'viewer', 'pt-BR');
    const mail = await smtp.waitForMessage((m) => m.to.includes('ana.viewer@shop.example'));
    const preview = await sut.http
      .post('/api/invitations/inspect')
      .send({ token: tokenOf(created.link) })
      .expect(200);

    const viewer = await acceptAsNewcomer(created.link);
    const me = (await viewer.get('/api/auth/me').expect(200)).body;
    const members: MemberDto[] = (await owner.get('/api/workspace/members').expect(200)).body;
    const invitations = (await owner.get('/api/workspace/invitations').expect(200)).body;

    expect(created).toMatchObject({
      mailed: true,
      invitation: { state: 'pending', role: 'viewer' },
    });
    expect(created.link).toMatch(/^https:\/\/fluxo\.shop\.example\/invitation#token=/);
    expect(mail.subject).toBe("Você foi convidado para owner's workspace no Fluxo");
    expect(mail.text).toContain('como leitor');
    expect(mail.text).toContain(created.link);
    expect(preview.body).toEqual({
      state: 'pending',
      workspaceName: "owner's workspace",
      email: 'ana.viewer@shop.example',
      role: 'viewer',
      invitedBy: 'owner@shop.example',
      hasAccount: false,
    });
    expect(me.workspace).toMatchObject({ name: "owner's workspace", role: 'viewer' });
    expect(members.map((m) => [m.email, m.role])).toEqual([
      ['owner@shop.example', 'owner'],
      ['ana.viewer@shop.example', 'viewer'],
    ]);
    expect(invitations[0]).toMatchObject({
      state: 'accepted',
      acceptedBy: 'ana.viewer@shop.example',
    });
  });

  it('should let a viewer read and refuse it every change, by cookie and by its API key', async () => {
    const connection = (await owner.post('/api/connections').send({ name: 'Boletos' }).expect(201))
      .body;
    const viewer = await acceptAsNewcomer((await invite('read.only@shop.example', 'viewer')).link);
    const { token } = (
      await viewer
        .post('/api/api-keys')
        .send({ name: 'Dashboard', scope: 'read-write' })
        .expect(201)
    ).body;

    await viewer.get(`/api/connections/${connection.id}`).expect(200);
    await viewer.get('/api/runs').expect(200);
    const refused = await viewer
      .patch(`/api/connections/${connection.id}`)
      .send({ name: 'Renamed' })
      .expect(403);
    await viewer.post(`/api/connections/${connection.id}/run`).expect(403);
    await sut.http
      .post('/api/connections')
      .set({ authorization: `Bearer ${token}` })
      .send({ name: 'From a viewer’s script' })
      .expect(403);
    await sut.http
      .get('/api/connections')
      .set({ authorization: `Bearer ${token}` })
      .expect(200);

    expect(refused.body).toMatchObject({ statusCode: 403, code: 'ROLE_REFUSED' });
    expect(refused.body.message).toMatch(/viewer can read this workspace but not change it/);
  });

  it('should let an editor build and use accounts but leave replacing and removing them to owners', async () => {
    const editor = await acceptAsNewcomer((await invite('builder@agency.example', 'editor')).link);
    const mailAccount = (agent: Agent, name: string) =>
      agent.post('/api/accounts').send({
        connectorKey: 'email',
        name,
        credentials: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'none',
          fromAddress: 'shop@shop.example',
        },
      });
    const account = (await mailAccount(owner, 'Shop mail').expect(201)).body;
    await mailAccount(editor, 'Agency mail').expect(201);

    const built = await editor.post('/api/connections').send({ name: 'Agency build' }).expect(201);
    const listed = await editor.get('/api/accounts').expect(200);
    const replace = await editor
      .patch(`/api/accounts/${account.id}`)
      .send({ name: 'Mine now' })
      .expect(403);
    await editor.delete(`/api/accounts/${account.id}`).expect(403);
    await editor.get('/api/workspace/invitations').expect(403);
    await editor
      .post('/api/workspace/invitations')
      .send({ email: 'x@y.example', role: 'owner' })
      .expect(403);

    expect(built.body.name).toBe('Agency build');
    expect(listed.body.map((a: { id: string }) => a.id)).toContain(account.id);
    expect(replace.body.message).toBe(
      'Only an owner of this workspace can do this; you are its editor',
    );
  });

  it('should apply a role change at once and end a removed member’s sessions and keys', async () => {
    const person = await acceptAsNewcomer((await invite('changing@shop.example', 'editor')).link);
    const me = (await person.get('/api/auth/me').expect(200)).body;
    const { token } = (
      await person.post('/api/api-keys').send({ name: 'Script', scope: 'read-write' }).expect(201)
    ).body;
    await person.post('/api/connections').send({ name: 'While editor' }).expect(201);

    await owner.patch(`/api/workspace/members/${me.user.id}`).send({ role: 'viewer' }).expect(200);
    await person.post('/api/connections').send({ name: 'After the change' }).expect(403);
    await owner.delete(`/api/workspace/members/${me.user.id}`).expect(204);

    await person.get('/api/connections').expect(401);
    await sut.http
      .get('/api/connections')
      .set({ authorization: `Bearer ${token}` })
      .expect(401);
  });

  it('should keep the last owner: no leaving, no demotion, until another owner exists', async () => {
    const self = (await owner.get('/api/auth/me').expect(200)).body;

    const demote = await owner
      .patch(`/api/workspace/members/${self.user.id}`)
      .send({ role: 'editor' })
      .expect(409);
    const leave = await owner.post('/api/workspace/leave').expect(409);
    const second = await acceptAsNewcomer((await invite('co-owner@shop.example', 'owner')).link);
    const before = (await owner.get('/api/auth/me').expect(200)).body;
    const moved = await owner.post('/api/workspace/leave').expect(200);
    const secondMembers: MemberDto[] = (await second.get('/api/workspace/members').expect(200))
      .body;

    expect(demote.body.code).toBe('LAST_OWNER');
    expect(leave.body.code).toBe('LAST_OWNER');
    // The one who left carries on in a workspace of their own.
    expect(moved.body.workspace).toMatchObject({ role: 'owner' });
    expect(moved.body.workspace.id).not.toBe(before.workspace.id);
    expect(secondMembers.map((m) => m.email)).not.toContain('owner@shop.example');
    owner = second;
  });

  it('should say which: a used, withdrawn, expired or unknown invitation link', async () => {
    const used = await invite('used@shop.example', 'viewer');
    await acceptAsNewcomer(used.link);
    const withdrawn = await invite('withdrawn@shop.example', 'viewer');
    await owner.delete(`/api/workspace/invitations/${withdrawn.invitation.id}`).expect(200);
    const expired = await invite('late@shop.example', 'viewer');
    await sut.app
      .get(DataSource)
      .query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        expired.invitation.id,
      ]);
    const accept = (link: string) =>
      freshBrowser(sut)
        .post('/api/invitations/accept')
        .send({ token: tokenOf(link), password: PASSWORD });

    const answers = [
      await accept(used.link).expect(410),
      await accept(withdrawn.link).expect(410),
      await accept(expired.link).expect(410),
    ];
    const unknown = await freshBrowser(sut)
      .post('/api/invitations/accept')
      .send({ token: 'x'.repeat(43), password: PASSWORD })
      .expect(404);
    const inspected = await sut.http
      .post('/api/invitations/inspect')
      .send({ token: tokenOf(withdrawn.link) })
      .expect(200);

    expect(answers.map((answer) => answer.body.code)).toEqual([
      'INVITATION_USED',
      'INVITATION_REVOKED',
      'INVITATION_EXPIRED',
    ]);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect(inspected.body.state).toBe('revoked');
  });

  it('should ask someone who has an account to log in, then let them switch between workspaces', async () => {
    const other = await sut.signUp('freelancer@elsewhere.example');
    const created = await invite('freelancer@elsewhere.example', 'editor');
    const anonymous = await freshBrowser(sut)
      .post('/api/invitations/accept')
      .send({ token: tokenOf(created.link), password: PASSWORD })
      .expect(409);

    const joined = await other
      .post('/api/invitations/accept')
      .send({ token: tokenOf(created.link) })
      .expect(200);
    const workspaces = (await other.get('/api/workspaces').expect(200)).body;
    const own = workspaces.find((w: { role: string }) => w.role === 'owner');
    const back = await other
      .post('/api/workspaces/switch')
      .send({ workspaceId: own.id })
      .expect(200);
    const strangers = await sut.signUp();
    const refused = await strangers
      .post('/api/workspaces/switch')
      .send({ workspaceId: joined.body.workspace.id })
      .expect(404);

    expect(anonymous.body.code).toBe('INVITATION_NEEDS_LOG_IN');
    expect(joined.body.workspace).toMatchObject({ name: "owner's workspace", role: 'editor' });
    expect(workspaces.map((w: { role: string }) => w.role).sort()).toEqual(['editor', 'owner']);
    expect(back.body.workspace).toMatchObject({ id: own.id, role: 'owner' });
    expect(refused.body.code).toBe('NOT_FOUND');
  });

  it('should keep invitations and members of one workspace out of another’s reach', async () => {
    const created = await invite('private@shop.example', 'viewer');
    const members: MemberDto[] = (await owner.get('/api/workspace/members').expect(200)).body;
    const stranger = await sut.signUp();

    const theirInvitations = (await stranger.get('/api/workspace/invitations').expect(200)).body;
    const theirMembers: MemberDto[] = (await stranger.get('/api/workspace/members').expect(200))
      .body;
    await stranger.delete(`/api/workspace/invitations/${created.invitation.id}`).expect(404);
    await stranger
      .patch(`/api/workspace/members/${members[0].userId}`)
      .send({ role: 'viewer' })
      .expect(404);
    await stranger.delete(`/api/workspace/members/${members[0].userId}`).expect(404);
    await stranger.delete(`/api/api-keys/workspace/${members[0].userId}`).expect(404);

    expect(theirInvitations).toEqual([]);
    expect(theirMembers).toHaveLength(1);
    expect((await owner.get('/api/workspace/invitations').expect(200)).body[0].state).toBe(
      'pending',
    );
  });

  it('should delete a workspace only for an owner who types its name, and end everyone’s way in', async () => {
    const founder = await sut.signUp('founder@closing.example');
    const { link } = (
      await founder
        .post('/api/workspace/invitations')
        .send({ email: 'helper@closing.example', role: 'editor' })
        .expect(201)
    ).body;
    const helper = freshBrowser(sut);
    await helper
      .post('/api/invitations/accept')
      .send({ token: tokenOf(link), password: PASSWORD })
      .expect(200);
    await founder.post('/api/connections').send({ name: 'Closing down' }).expect(201);
    const before = (await founder.get('/api/auth/me').expect(200)).body;

    const byEditor = await helper
      .post('/api/workspace/delete')
      .send({ name: before.workspace.name })
      .expect(403);
    const mistyped = await founder
      .post('/api/workspace/delete')
      .send({ name: 'founders workspace' })
      .expect(400);
    const deleted = await founder
      .post('/api/workspace/delete')
      .send({ name: before.workspace.name })
      .expect(200);
    const left: unknown[] = await sut.app
      .get(DataSource)
      .query(`SELECT 1 FROM connection WHERE workspace_id = $1`, [before.workspace.id]);

    expect(byEditor.body.code).toBe('ROLE_REFUSED');
    expect(mistyped.body.details[0].field).toBe('name');
    expect(deleted.body.workspace.id).not.toBe(before.workspace.id);
    expect((await founder.get('/api/connections').expect(200)).body).toEqual([]);
    await helper.get('/api/connections').expect(401);
    expect(left).toEqual([]);
  });
});
