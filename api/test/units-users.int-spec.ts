import request from 'supertest';
import type { AuditEntryView, Page, UnitView, UserView } from '@worker-aid/shared/domain';
import { TestApp, uniqueCode } from './support/test-app';

/**
 * A small tree: center → industry A (grassroots A1) and industry B (grassroots B1), with an
 * admin at industry A whose scope excludes B.
 */
describe('units, users and scope', () => {
  let app: TestApp;
  let admin: string;
  let center: UnitView;
  let industryA: UnitView;
  let industryB: UnitView;
  let grassrootsA1: UnitView;
  let grassrootsB1: UnitView;
  let adminA: string;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    center = await app.rootUnit(admin);
    industryA = await app.createUnit(admin, center.id, 'industry');
    industryB = await app.createUnit(admin, center.id, 'industry');
    grassrootsA1 = await app.createUnit(admin, industryA.id, 'grassroots');
    grassrootsB1 = await app.createUnit(admin, industryB.id, 'grassroots');
    adminA = (await app.tokenFor(admin, industryA.id, 'admin')).token;
  });
  afterAll(() => app.stop());

  const get = (token: string, path: string) => request(app.http).get(path).auth(token, { type: 'bearer' });
  const post = (token: string, path: string, body: object) =>
    request(app.http).post(path).auth(token, { type: 'bearer' }).send(body);

  describe('the unit tree', () => {
    it('lists the caller’s unit and everything below it', async () => {
      const all = (await get(admin, '/api/units').expect(200)).body as UnitView[];
      expect(all.map((u) => u.id)).toEqual(
        expect.arrayContaining([center.id, industryA.id, industryB.id, grassrootsA1.id]),
      );
      const scoped = (await get(adminA, '/api/units').expect(200)).body as UnitView[];
      expect(scoped.map((u) => u.id).sort()).toEqual([industryA.id, grassrootsA1.id].sort());
      expect(scoped[0]).toEqual({ ...industryA });
    });

    it('needs a parent exactly one level up', async () => {
      const wrongParent = await post(admin, '/api/units', {
        code: uniqueCode(),
        name: '基层',
        level: 'grassroots',
        parentId: center.id,
      }).expect(400);
      expect(wrongParent.body).toMatchObject({
        code: 'validation',
        message: ['parentId: the parent of a grassroots unit must be an industry unit'],
        fields: [{ field: 'parentId', code: 'parent_level' }],
      });
      await post(admin, '/api/units', {
        code: uniqueCode(),
        name: '产业',
        level: 'industry',
        parentId: industryA.id,
      }).expect(400);
      const secondCenter = await post(admin, '/api/units', {
        code: uniqueCode(),
        name: '中心',
        level: 'center',
        parentId: center.id,
      }).expect(400);
      expect(secondCenter.body).toMatchObject({
        code: 'validation',
        fields: [{ field: 'level', code: 'center_once' }],
      });
    });

    it('answers a duplicate code with 409 and writes nothing', async () => {
      const before = await auditCount('unit.create');
      const response = await post(admin, '/api/units', {
        code: industryA.code,
        name: '重复',
        level: 'industry',
        parentId: center.id,
      }).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        code: 'unit.duplicate_code',
        message: 'code: a unit with this code already exists',
      });
      expect(await auditCount('unit.create')).toBe(before);
    });

    it('answers 404 for a unit outside the subtree, whether reading it or building under it', async () => {
      await get(adminA, `/api/units/${industryB.id}`).expect(404);
      await get(adminA, `/api/units/${center.id}`).expect(404);
      await get(adminA, `/api/units/${grassrootsA1.id}`).expect(200);
      await post(adminA, '/api/units', {
        code: uniqueCode(),
        name: '越权',
        level: 'grassroots',
        parentId: industryB.id,
      }).expect(404);
      await post(adminA, '/api/units', {
        code: uniqueCode(),
        name: '本系统',
        level: 'grassroots',
        parentId: industryA.id,
      }).expect(201);
    });

    it('answers a malformed id with 400 and a missing one with 404', async () => {
      const response = await get(admin, '/api/units/not-a-uuid').expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation',
        message: ['id: must be a UUID'],
        fields: [{ field: 'id', code: 'uuid', message: 'must be a UUID' }],
      });
      const missing = await get(admin, '/api/units/00000000-0000-4000-8000-000000000000').expect(404);
      expect(missing.body).toMatchObject({ code: 'unit.not_found' });
    });
  });

  describe('users', () => {
    it('are created in a unit of the subtree only', async () => {
      const user = await app.createUser(adminA, grassrootsA1.id, 'caseworker');
      expect(user).toMatchObject({ role: 'caseworker', unitId: grassrootsA1.id, active: true });
      await post(adminA, '/api/users', {
        username: 'outsider',
        displayName: '越权',
        password: 'long-enough-password',
        role: 'caseworker',
        unitId: grassrootsB1.id,
      }).expect(404);
    });

    it('are listed within the subtree, paginated by keyset', async () => {
      for (let i = 0; i < 3; i++) await app.createUser(adminA, grassrootsA1.id, 'caseworker');
      const b = await app.createUser(admin, grassrootsB1.id, 'caseworker');
      const seen: UserView[] = [];
      let cursor: string | null = null;
      do {
        const page = (await get(adminA, `/api/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200))
          .body as Page<UserView>;
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.length).toBeGreaterThanOrEqual(5);
      expect(new Set(seen.map((u) => u.id)).size).toBe(seen.length);
      expect(seen.map((u) => u.username)).toEqual([...seen.map((u) => u.username)].sort());
      expect(seen.some((u) => u.id === b.id)).toBe(false);
      await get(adminA, `/api/users/${b.id}`).expect(404);
      await request(app.http)
        .patch(`/api/users/${b.id}`)
        .auth(adminA, { type: 'bearer' })
        .send({ active: false })
        .expect(404);
      await get(adminA, '/api/users?cursor=forged').expect(400);
      await get(adminA, '/api/users?limit=201').expect(400);
    });

    it('filter by unit as every list does: that unit and everything below it, 404 outside the scope', async () => {
      const inGrassroots = await app.createUser(adminA, grassrootsA1.id, 'caseworker');
      const inIndustry = await app.createUser(adminA, industryA.id, 'reviewer');
      const inB = await app.createUser(admin, grassrootsB1.id, 'caseworker');
      const listed = async (token: string, unitId: string) => {
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const page = (
            await get(
              token,
              `/api/users?unitId=${unitId}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
            ).expect(200)
          ).body as Page<UserView>;
          ids.push(...page.items.map((u) => u.id));
          cursor = page.nextCursor;
        } while (cursor);
        return ids;
      };
      const underA = await listed(admin, industryA.id);
      expect(underA).toEqual(expect.arrayContaining([inGrassroots.id, inIndustry.id]));
      expect(underA).not.toContain(inB.id);
      const underA1 = await listed(adminA, grassrootsA1.id);
      expect(underA1).toContain(inGrassroots.id);
      expect(underA1).not.toContain(inIndustry.id);
      await get(adminA, `/api/users?unitId=${industryB.id}`).expect(404);
      await get(adminA, `/api/users?unitId=${center.id}`).expect(404);
    });

    it('answers a taken username with 409', async () => {
      const user = await app.createUser(admin, center.id, 'manager');
      const response = await post(admin, '/api/users', {
        username: user.username.toUpperCase(),
        displayName: '重名',
        password: 'long-enough-password',
        role: 'manager',
        unitId: center.id,
      }).expect(409);
      expect(response.body.message).toBe('username: this login name is taken');
    });

    it('may not disable themselves', async () => {
      const me = (await get(adminA, '/api/auth/me').expect(200)).body as { id: string };
      await request(app.http)
        .patch(`/api/users/${me.id}`)
        .auth(adminA, { type: 'bearer' })
        .send({ active: false })
        .expect(409);
    });
  });

  describe('the permission matrix', () => {
    it('lets only admins manage units and users', async () => {
      for (const role of ['manager', 'reviewer', 'finance', 'caseworker', 'auditor'] as const) {
        const { token } = await app.tokenFor(admin, industryA.id, role);
        await get(token, '/api/units').expect(200);
        await post(token, '/api/units', {
          code: uniqueCode(),
          name: '无权',
          level: 'grassroots',
          parentId: industryA.id,
        }).expect(403);
        await get(token, '/api/users').expect(403);
        await post(token, '/api/users', {
          username: 'nope',
          displayName: '无权',
          password: 'long-enough-password',
          role: 'admin',
          unitId: industryA.id,
        }).expect(403);
      }
    });

    it('opens the audit trail to admins and auditors only', async () => {
      const auditor = (await app.tokenFor(admin, center.id, 'auditor')).token;
      const reviewer = (await app.tokenFor(admin, center.id, 'reviewer')).token;
      await get(auditor, '/api/audit').expect(200);
      await get(reviewer, '/api/audit').expect(403);
    });
  });

  describe('the audit trail', () => {
    it('records every write with its actor, and scopes lines to the subtree', async () => {
      const unit = await app.createUnit(adminA, industryA.id, 'grassroots');
      const lines = (await get(admin, `/api/audit?entityType=unit&entityId=${unit.id}`).expect(200))
        .body as Page<AuditEntryView>;
      expect(lines.items).toHaveLength(1);
      expect(lines.items[0]).toMatchObject({
        action: 'unit.create',
        entityId: unit.id,
        detail: { code: unit.code },
      });

      const bUnit = await app.createUnit(admin, industryB.id, 'grassroots');
      const seenByA = (await get(adminA, `/api/audit?entityType=unit&entityId=${bUnit.id}`).expect(200))
        .body as Page<AuditEntryView>;
      expect(seenByA.items).toHaveLength(0);
    });

    it('filters by day and pages newest first', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const first = (await get(admin, `/api/audit?from=${today}&to=${today}&limit=3`).expect(200))
        .body as Page<AuditEntryView>;
      expect(first.items).toHaveLength(3);
      expect(first.nextCursor).not.toBeNull();
      const second = (await get(admin, `/api/audit?limit=3&cursor=${first.nextCursor}`).expect(200))
        .body as Page<AuditEntryView>;
      expect(Number(second.items[0].id)).toBeLessThan(Number(first.items[2].id));
      const none = (await get(admin, '/api/audit?to=2000-01-01').expect(200)).body as Page<AuditEntryView>;
      expect(none.items).toHaveLength(0);
      await get(admin, '/api/audit?from=2026-02-30').expect(400);
    });
  });

  describe('bad input', () => {
    it('names every broken rule and refuses unknown fields', async () => {
      const response = await post(admin, '/api/units', {
        code: 'x',
        level: 'region',
        parentId: 'nope',
        extra: true,
      }).expect(400);
      expect(response.body.message).toEqual(
        expect.arrayContaining([
          'extra: is not an allowed field',
          expect.stringMatching(/^code: /),
          expect.stringMatching(/^name: /),
          expect.stringMatching(/^level: must be one of/),
          'parentId: must be a UUID',
        ]),
      );
    });

    it('answers malformed JSON with 400 and a body over 1 MB with 413', async () => {
      const malformed = await request(app.http)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"username":')
        .expect(400);
      expect(malformed.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'body.malformed',
        message: 'body: malformed JSON',
      });
      const big = { username: 'x'.repeat(1_100_000), password: 'y' };
      const tooLarge = await request(app.http).post('/api/auth/login').send(big).expect(413);
      expect(tooLarge.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        code: 'body.too_large',
        message: 'body: larger than the 1 MB limit',
      });
    });

    it('answers a body that is not JSON with 415 and an undecodable path with 400, in the same shape', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        const answer = await request(app.http)
          .post('/api/auth/login')
          .set('Content-Type', type)
          .send('username=admin&password=x')
          .expect(415);
        expect(answer.body).toEqual({
          statusCode: 415,
          error: 'Unsupported Media Type',
          code: 'body.unsupported_type',
          message: 'body: send JSON, with Content-Type: application/json',
        });
      }
      const badPath = await request(app.http).get('/api/cases/%E0%A4%A').expect(400);
      expect(badPath.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation',
        message: ['path: not a valid URL'],
        fields: [{ field: 'path', code: 'format', message: 'not a valid URL' }],
      });
    });
  });

  describe('the OpenAPI document', () => {
    it('describes the endpoints and their DTOs', async () => {
      const document = (await request(app.http).get('/api/docs-json').expect(200)).body as {
        paths: Record<string, unknown>;
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      };
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/units', '/api/users/{id}', '/api/audit']),
      );
      expect(Object.keys(document.components.schemas['CreateUnitDto'].properties ?? {})).toEqual([
        'code',
        'name',
        'level',
        'parentId',
      ]);
    });

    it('is not served where the configuration keeps it private, as production does by default', async () => {
      const closed = await TestApp.start((config) => (config.apiDocs = false));
      try {
        await request(closed.http).get('/api/docs-json').expect(404);
        await request(closed.http).get('/api/docs').expect(404);
      } finally {
        await closed.stop();
      }
    });
  });

  it('refuses null for a field of a user that may only be left out', async () => {
    const user = await app.createUser(admin, center.id, 'caseworker');
    for (const body of [{ displayName: null }, { role: null }, { active: null }, { password: null }]) {
      const response = await request(app.http)
        .patch(`/api/users/${user.id}`)
        .auth(admin, { type: 'bearer' })
        .send(body)
        .expect(400);
      expect(JSON.stringify(response.body)).toContain(Object.keys(body)[0]);
    }
  });
  async function auditCount(action: string): Promise<number> {
    let count = 0;
    let cursor: string | null = null;
    do {
      const page = (
        await get(admin, `/api/audit?entityType=unit&limit=200${cursor ? `&cursor=${cursor}` : ''}`).expect(
          200,
        )
      ).body as Page<AuditEntryView>;
      count += page.items.filter((e) => e.action === action).length;
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  }
});
