import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LoginResponse, UnitView, UserView } from '@worker-aid/shared/domain';
import { PASSWORD, TestApp } from './support/test-app';

describe('refresh sessions', () => {
  let app: TestApp;
  let admin: string;
  let center: UnitView;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    center = await app.rootUnit(admin);
  });
  afterAll(() => app.stop());

  /** Signs a new user in; returns their access token and the refresh cookie (`wa_refresh=…`). */
  async function signIn(): Promise<{ user: UserView; access: string; cookie: string; setCookie: string }> {
    const user = await app.createUser(admin, center.id, 'manager');
    const response = await request(app.http)
      .post('/api/auth/login')
      .send({ username: user.username, password: PASSWORD })
      .expect(200);
    const setCookie = [response.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('wa_refresh='));
    if (!setCookie) throw new Error('no refresh cookie');
    return {
      user,
      access: (response.body as LoginResponse).accessToken,
      cookie: setCookie.split(';')[0],
      setCookie,
    };
  }

  const refresh = (cookie?: string) => {
    const req = request(app.http).post('/api/auth/refresh');
    return cookie ? req.set('Cookie', cookie) : req;
  };
  const cookieOf = (response: request.Response) =>
    [response.headers['set-cookie'] ?? []]
      .flat()
      .find((c) => c.startsWith('wa_refresh='))
      ?.split(';')[0] ?? '';

  it('keeps the refresh token in an httpOnly, SameSite=Strict, Secure cookie for the auth endpoints only', async () => {
    const { setCookie } = await signIn();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/Path=\/api\/auth/);
  });

  it('gives a new access token for the cookie and rotates the cookie; the old one then ends the session', async () => {
    const { cookie } = await signIn();
    const first = await refresh(cookie).expect(200);
    const token = (first.body as LoginResponse).accessToken;
    await request(app.http).get('/api/auth/me').auth(token, { type: 'bearer' }).expect(200);
    const rotated = cookieOf(first);
    expect(rotated).not.toBe(cookie);
    await refresh(rotated)
      .expect(200)
      .then((r) => expect(cookieOf(r)).toMatch(/^wa_refresh=/));
    // The first cookie again, as a thief would send it: the session ends for everyone.
    await refresh(cookie).expect(401);
    await refresh(rotated).expect(401);
  });

  it('refuses without a cookie, with a forged one, and from another origin', async () => {
    await refresh().expect(401);
    await refresh('wa_refresh=not-a-session').expect(401);
    await refresh('wa_refresh=00000000-0000-0000-0000-000000000000.secret').expect(401);
    const { cookie } = await signIn();
    await refresh(cookie).set('Origin', 'https://evil.example').expect(403);
  });

  it('ends with logout and when the user is disabled', async () => {
    const out = await signIn();
    await request(app.http).post('/api/auth/logout').auth(out.access, { type: 'bearer' }).expect(204);
    await refresh(out.cookie).expect(401);

    const disabled = await signIn();
    await request(app.http)
      .patch(`/api/users/${disabled.user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ active: false })
      .expect(200);
    await refresh(disabled.cookie).expect(401);
  });

  it('ends after 30 idle minutes and 12 hours after signing in', async () => {
    const dataSource = app.server.app.get(DataSource);
    const idle = await signIn();
    await dataSource.query(
      `UPDATE refresh_session SET last_used_at = now() - interval '31 minutes' WHERE user_id = $1`,
      [idle.user.id],
    );
    await refresh(idle.cookie).expect(401);

    const old = await signIn();
    await dataSource.query(
      `UPDATE refresh_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [old.user.id],
    );
    await refresh(old.cookie).expect(401);
  });
});
