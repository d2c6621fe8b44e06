import { sign } from 'jsonwebtoken';
import request from 'supertest';
import type { AuditEntryView, LoginResponse, Page } from '@worker-aid/shared/domain';
import { ADMIN_PASSWORD, PASSWORD, TestApp } from './support/test-app';

describe('accounts and sign-in', () => {
  let app: TestApp;
  let admin: string;
  let rootId: string;

  beforeAll(async () => {
    app = await TestApp.start((config) => {
      config.loginThrottle.maxFailuresPerUser = 3;
      config.loginThrottle.blockSeconds = 2;
    });
    admin = await app.adminToken();
    rootId = (await app.rootUnit(admin)).id;
  });
  afterAll(() => app.stop());

  it('reports health once the database is migrated', async () => {
    const response = await request(app.http).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('signs in the admin created on the empty database', async () => {
    const response = await request(app.http)
      .post('/api/auth/login')
      .send({ username: 'admin', password: ADMIN_PASSWORD })
      .expect(200);
    const body = response.body as LoginResponse;
    expect(body.user).toEqual({
      id: expect.any(String),
      username: 'admin',
      displayName: '系统管理员',
      role: 'admin',
      unitId: rootId,
    });
    expect(body.accessToken.split('.')).toHaveLength(3);
    const me = await request(app.http)
      .get('/api/auth/me')
      .auth(body.accessToken, { type: 'bearer' })
      .expect(200);
    expect(me.body).toEqual(body.user);
  });

  it('gives the same 401 for a wrong password and an unknown user, and audits both', async () => {
    const wrong = await request(app.http)
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'not-the-password' })
      .expect(401);
    const unknown = await request(app.http)
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'not-the-password' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'auth.bad_credentials',
      message: 'wrong username or password',
    });

    const audit = await request(app.http)
      .get('/api/audit?entityType=user')
      .auth(admin, { type: 'bearer' })
      .expect(200);
    const items = (audit.body as Page<AuditEntryView>).items;
    const actions = items.map((e) => [e.action, e.detail['username']]);
    const adminLogin = items.find((e) => e.action === 'auth.login');
    expect(adminLogin).toMatchObject({ actorUsername: 'admin', actorDisplayName: '系统管理员' });
    expect(actions).toEqual(
      expect.arrayContaining([
        ['auth.login_failed', 'admin'],
        ['auth.login_failed', 'nobody'],
      ]),
    );
    expect(JSON.stringify(audit.body)).not.toContain('not-the-password');
  });

  it('refuses requests without a valid token', async () => {
    await request(app.http).get('/api/auth/me').expect(401);
    await request(app.http).get('/api/auth/me').set('Authorization', 'Bearer not.a.token').expect(401);
    const { secret, issuer, audience } = app.config.jwt;
    const me = await request(app.http).get('/api/auth/me').auth(admin, { type: 'bearer' }).expect(200);
    const claims = { sub: (me.body as { id: string }).id, tv: 0 };
    const forged = [
      sign(claims, 'some-other-secret-that-is-long-enough', {
        algorithm: 'HS256',
        issuer,
        audience,
        expiresIn: 60,
      }),
      sign(claims, secret, { algorithm: 'HS256', issuer, audience: 'another-service', expiresIn: 60 }),
      sign(claims, secret, { algorithm: 'HS512', issuer, audience, expiresIn: 60 }),
      sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, secret, {
        algorithm: 'HS256',
        issuer,
        audience,
      }),
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`,
    ];
    for (const token of forged) {
      await request(app.http).get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    }
    // The same claims signed properly are accepted: the refusals above are about the signature.
    const genuine = sign(claims, secret, { algorithm: 'HS256', issuer, audience, expiresIn: 60 });
    await request(app.http).get('/api/auth/me').auth(genuine, { type: 'bearer' }).expect(200);
  });

  it('ends the sessions of a disabled user at once', async () => {
    const { user, token } = await app.tokenFor(admin, rootId, 'manager');
    await request(app.http).get('/api/auth/me').auth(token, { type: 'bearer' }).expect(200);
    await request(app.http)
      .patch(`/api/users/${user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ active: false })
      .expect(200);
    await request(app.http).get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    await request(app.http)
      .post('/api/auth/login')
      .send({ username: user.username, password: PASSWORD })
      .expect(401);
    await request(app.http)
      .patch(`/api/users/${user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ active: true })
      .expect(200);
    await request(app.http).get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    await app.login(user.username);
  });

  it('logging out ends every session of the user', async () => {
    const { user, token } = await app.tokenFor(admin, rootId, 'caseworker');
    const other = await app.login(user.username);
    await request(app.http).post('/api/auth/logout').auth(token, { type: 'bearer' }).expect(204);
    await request(app.http).get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    await request(app.http).get('/api/auth/me').auth(other, { type: 'bearer' }).expect(401);
    await request(app.http).post('/api/auth/logout').expect(401);
    await app.login(user.username);
  });

  it('a password reset ends the old sessions too', async () => {
    const { user, token } = await app.tokenFor(admin, rootId, 'finance');
    await request(app.http)
      .patch(`/api/users/${user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ password: 'a-brand-new-password' })
      .expect(200);
    await request(app.http).get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    await app.login(user.username, 'a-brand-new-password');
  });

  it('throttles repeated failures with 429 and Retry-After, then lets the real user in again', async () => {
    const { user } = await app.tokenFor(admin, rootId, 'auditor');
    for (let i = 0; i < 3; i++) {
      await request(app.http)
        .post('/api/auth/login')
        .send({ username: user.username, password: 'guess-guess-guess' })
        .expect(401);
    }
    const blocked = await request(app.http)
      .post('/api/auth/login')
      .send({ username: user.username, password: PASSWORD })
      .expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await app.login(user.username);
  });

  it('refuses passwords shorter than 10 characters', async () => {
    const response = await request(app.http)
      .post('/api/users')
      .auth(admin, { type: 'bearer' })
      .send({
        username: 'shorty',
        displayName: '短密码',
        password: 'short-pw',
        role: 'caseworker',
        unitId: rootId,
      })
      .expect(400);
    expect(response.body.message).toEqual(['password: must be 10 to 128 characters']);
  });

  it('never returns a password or its hash', async () => {
    const user = await app.createUser(admin, rootId, 'reviewer');
    const list = await request(app.http).get('/api/users').auth(admin, { type: 'bearer' }).expect(200);
    const text = JSON.stringify([user, list.body]);
    expect(text).not.toMatch(/password|argon2/i);
  });
});
