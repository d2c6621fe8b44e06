import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PERMISSIONS, ROLES, todayInCenter, type Role } from '@worker-aid/shared/domain';
import { permits } from '@worker-aid/api/core';
import { createRecords, DEEP_HOUSEHOLD, idKindOf, paymentKey, type Records } from './support/records';
import { multipartBody, pdfWith, uploadForm, type FormField } from './support/documents';
import { declaredRoutes, fillPath, routeKey, servedRoutes, type DeclaredRoute } from './support/routes';
import { TestApp } from './support/test-app';

/** Served by SwaggerModule, not by a controller: the OpenAPI document is public (API.md). */
const isOpenApiDocument = (path: string): boolean => /^\/api\/docs(?:$|[/-])/.test(path);

/** The routes open to everyone: the health check, sign-in and the refresh of a session cookie. */
const PUBLIC_ROUTES = new Set(['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/refresh']);

/** Ends the caller's sessions, so it runs after every other route. */
const SESSION_ENDING = new Set(['POST /api/auth/logout']);

interface Call {
  body?: object;
  /** Sent as multipart/form-data instead of a JSON body. */
  form?: FormField[];
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/**
 * A request that passes validation, for routes that need more than an empty body: a caller
 * outside the record's subtree must get 404 (not a 400 that says nothing about scope).
 */
const VALID_CALLS: Record<string, (records: Records) => Call> = {
  'GET /api/workers/:id/warnings': () => ({ query: { type: 'medical' } }),
  'PATCH /api/users/:id': () => ({ body: { displayName: '改名测试' } }),
  'PATCH /api/workers/:id': () => ({ body: { employer: '滁州某机械厂' } }),
  'PATCH /api/cases/:id': () => ({ body: { summary: '修改后的摘要' } }),
  'POST /api/cases/:id/approve': () => ({ body: { approvedAmount: 1 } }),
  'POST /api/cases/:id/reject': () => ({ body: { comment: '材料不全' } }),
  'POST /api/cases/:id/return': () => ({ body: { comment: '请补充材料' } }),
  'POST /api/cases/:id/objections': () => ({ body: { content: '该职工家庭收入不符', receivedVia: 'phone' } }),
  'POST /api/funds/:id/allocations': () => ({ body: { amount: 100 } }),
  'POST /api/cases/:id/disbursements': (records) => ({
    body: { amount: 1, fundId: records.fund, method: 'bank', paidOn: todayInCenter() },
    headers: { 'Idempotency-Key': paymentKey() },
  }),
  'POST /api/disbursements/:id/reversal': () => ({ body: { reason: '银行退票' } }),
  'PATCH /api/files/:id': () => ({ body: { note: '补充说明' } }),
  'POST /api/files/:id/reject': () => ({ body: { comment: '材料不全' } }),
  'POST /api/files/:id/return': () => ({ body: { comment: '请补充材料' } }),
  'POST /api/files/:id/objections': () => ({ body: { content: '该户有稳定收入', receivedVia: 'letter' } }),
  'POST /api/files/:id/review': () => ({ body: { ...DEEP_HOUSEHOLD } }),
  'POST /api/files/:id/exit': () => ({ body: { reason: 'reemployed' } }),
  'POST /api/files/:id/follow-ups': () => ({ body: { visitedOn: todayInCenter(), relapsed: false } }),
  'POST /api/workers/:id/documents': () => ({ form: uploadForm('income_proof', pdfWith()) }),
  'POST /api/files/:id/documents': () => ({ form: uploadForm('income_proof', pdfWith()) }),
  'PATCH /api/campaigns/:id': () => ({ body: { name: '改名测试' } }),
  'PATCH /api/campaigns/:id/lines/:lineId': () => ({ body: { excluded: true, reason: '已离世' } }),
  'POST /api/campaigns/:id/lines/:lineId/objections': () => ({
    body: { content: '该户已购置新房', receivedVia: 'in_person' },
  }),
  'POST /api/campaigns/:id/lines/:lineId/reinstate': () => ({ body: { reason: '异议不成立' } }),
  'POST /api/cases/:id/documents': () => ({ form: uploadForm('invoice', pdfWith()) }),
  'POST /api/campaigns/:id/batches': () => ({ body: { method: 'cash' } }),
  'POST /api/batches/:id/results': () => ({ body: { results: [{ lineId: randomUUID(), paid: true }] } }),
  'POST /api/batches/:id/receipts': () => ({
    body: { lineIds: [randomUUID()], receivedOn: todayInCenter() },
  }),
  'PUT /api/bank-layouts/:id': () => ({
    body: {
      bankName: `银行${randomUUID().slice(0, 8)}`,
      columns: [
        { field: 'name', heading: '户名' },
        { field: 'account', heading: '账号' },
        { field: 'amount', heading: '金额' },
      ],
      resultColumns: { lineRef: '序号', status: '状态', reason: '失败原因', paidValue: '成功' },
    },
  }),
};

/**
 * Records that belong to no unit, the same for the whole center: a sibling union's caller with
 * the permission reaches them as the owner's does (a bank's payroll layout).
 */
const UNSCOPED_RECORD_ROUTES = new Set(['PUT /api/bank-layouts/:id']);

/**
 * A 403 that a record's own rule gives (`case.four_eyes`, `document.hide_forbidden`) to a role
 * that may use the route: not the role check these tests are about.
 */
const refusedByRole = (answer: { status: number; body: unknown }): boolean =>
  answer.status === 403 && (answer.body as { code?: string }).code === 'auth.forbidden';

describe('authorisation of every route', () => {
  let app: TestApp;
  let routes: DeclaredRoute[];
  /** One user of each role at the center: scope is not what the role checks test. */
  const atCenter = {} as Record<Role, string>;
  /** One user of each role in the industry union that owns `owned`, and in its sibling. */
  const owner = {} as Record<Role, string>;
  const sibling = {} as Record<Role, string>;
  let centerRecords: Records;
  let owned: Records;

  beforeAll(async () => {
    app = await TestApp.start();
    routes = declaredRoutes(app.server.app, 'api');
    const admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    const [industry, siblingIndustry] = await Promise.all([
      app.createUnit(admin, center.id, 'industry'),
      app.createUnit(admin, center.id, 'industry'),
    ]);
    await Promise.all(
      ROLES.flatMap((role) => [
        app.tokenFor(admin, center.id, role).then(({ token }) => (atCenter[role] = token)),
        app.tokenFor(admin, industry.id, role).then(({ token }) => (owner[role] = token)),
        app.tokenFor(admin, siblingIndustry.id, role).then(({ token }) => (sibling[role] = token)),
      ]),
    );
    centerRecords = await createRecords(app, admin, atCenter.reviewer, industry.id);
    owned = await createRecords(app, owner.admin, owner.reviewer, industry.id);
  });
  afterAll(() => app.stop());

  function send(route: DeclaredRoute, path: string, token: string | null, call: Call = {}) {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const req = request(app.http)[method](path);
    if (token) req.auth(token, { type: 'bearer' });
    if (call.query) req.query(call.query);
    for (const [name, value] of Object.entries(call.headers ?? {})) req.set(name, value);
    if (call.form) {
      const { contentType, body } = multipartBody(call.form);
      return req.set('Content-Type', contentType).send(body);
    }
    return route.method === 'GET' ? req : req.send(call.body ?? {});
  }

  /** A line of the campaign as its roster is now: building it again replaces every line. */
  async function firstLineOf(campaignId: string): Promise<string> {
    const [line] = await app.server.app
      .get(DataSource)
      .query<
        { id: string }[]
      >('SELECT id FROM campaign_line WHERE campaign_id = $1 ORDER BY line_no LIMIT 1', [campaignId]);
    if (!line) throw new Error('the campaign has no line');
    return line.id;
  }

  /** The path with real records' ids, or a random UUID where no record fits. */
  function pathFor(route: DeclaredRoute, records: Records | null): string {
    const kind = idKindOf(route.path);
    return route.path.includes(':')
      ? fillPath(route.path, {
          id: records && kind ? records[kind] : randomUUID(),
          lineId: records?.campaignLine ?? randomUUID(),
        })
      : route.path;
  }

  it('finds the same routes in the HTTP router and in the controllers', () => {
    const served = servedRoutes(app.server.app)
      .filter((route) => !isOpenApiDocument(route.path))
      .map(routeKey)
      .sort();
    const declared = routes.map(routeKey).sort();
    expect(declared.length).toBeGreaterThan(30);
    expect({ servedOnly: served.filter((key) => !declared.includes(key)) }).toEqual({ servedOnly: [] });
    expect({ declaredOnly: declared.filter((key) => !served.includes(key)) }).toEqual({ declaredOnly: [] });
    expect(served.filter((key) => !key.split(' ')[1]?.startsWith('/api/'))).toEqual([]);
  });

  it('declares a permission or @Public() on every route under /api', () => {
    const undeclared = routes
      .filter((route) => !route.isPublic && route.permission === undefined)
      .map((route) => `${routeKey(route)} (${route.controller}.${route.handler}) declares no permission`);
    const both = routes
      .filter((route) => route.isPublic && route.permission !== undefined)
      .map((route) => `${routeKey(route)} is both public and requires ${route.permission}`);
    const unknown = routes
      .filter(
        (route) =>
          route.permission !== undefined &&
          route.permission !== 'signed-in' &&
          ![route.permission].flat().every((one) => (PERMISSIONS as readonly string[]).includes(one)),
      )
      .map((route) => `${routeKey(route)} requires an unknown permission ${route.permission}`);
    expect([...undeclared, ...both, ...unknown]).toEqual([]);
    // Opening a route to everyone is a decision to review here.
    expect(
      routes.filter((route) => route.isPublic && !PUBLIC_ROUTES.has(routeKey(route))).map(routeKey),
    ).toEqual([]);
  });

  it('answers 401 to anonymous callers and to bad tokens on every non-public route', async () => {
    const failures: string[] = [];
    const forged = `${'x'.repeat(20)}.${'y'.repeat(20)}.${'z'.repeat(20)}`;
    for (const route of routes) {
      const path = pathFor(route, null);
      const [anonymous, badToken] = await Promise.all([send(route, path, null), send(route, path, forged)]);
      if (route.isPublic) {
        // A public route may still want its own credentials (a password, a session cookie).
        if (anonymous.status === 403 || anonymous.status >= 500)
          failures.push(`${routeKey(route)} is public but answered an anonymous caller ${anonymous.status}`);
      } else {
        if (anonymous.status !== 401) failures.push(`${routeKey(route)} anonymous → ${anonymous.status}`);
        if (badToken.status !== 401) failures.push(`${routeKey(route)} forged token → ${badToken.status}`);
      }
    }
    const openApi = await request(app.http).get('/api/docs-json');
    expect(openApi.status).toBe(200);
    expect(failures).toEqual([]);
  });

  it('answers 403 to every role that lacks the route’s permission, and lets the others in', async () => {
    const failures: string[] = [];
    const ordered = [...routes].sort(
      (a, b) => Number(SESSION_ENDING.has(routeKey(a))) - Number(SESSION_ENDING.has(routeKey(b))),
    );
    let checked = 0;
    for (const route of ordered) {
      if (route.isPublic) continue;
      const path = pathFor(route, centerRecords);
      const answers = await Promise.all(ROLES.map((role) => send(route, path, atCenter[role])));
      ROLES.forEach((role, i) => {
        const answer = answers[i] ?? { status: 0, body: {} };
        const status = answer.status;
        const allowed = route.permission !== undefined && permits(role, route.permission);
        checked += 1;
        if (allowed && (status === 401 || refusedByRole(answer) || status >= 500))
          failures.push(`${routeKey(route)} as ${role} (has ${route.permission}) → ${status}`);
        if (!allowed && status !== 403)
          failures.push(`${routeKey(route)} as ${role} (lacks ${route.permission}) → ${status}, not 403`);
      });
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(routes.filter((route) => !route.isPublic).length * ROLES.length);
  });

  it('answers 404 about records of a sibling industry union on every id-bearing route', async () => {
    const failures: string[] = [];
    const idRoutes = routes.filter((route) => route.path.includes(':'));
    expect(idRoutes.length).toBeGreaterThan(15);
    for (const route of idRoutes) {
      const kind = idKindOf(route.path);
      if (!kind || route.permission === undefined || route.isPublic) {
        failures.push(
          `${routeKey(route)}: the test does not know which record its parameters name — add it to idKindOf`,
        );
        continue;
      }
      const path = fillPath(route.path, { id: owned[kind], lineId: await firstLineOf(owned.campaign) });
      const permitted = ROLES.filter(
        (role) => route.permission !== undefined && permits(role, route.permission),
      );
      const call = VALID_CALLS[routeKey(route)];
      // Outsiders first: an insider's write may change the record's state.
      for (const role of UNSCOPED_RECORD_ROUTES.has(routeKey(route)) ? [] : permitted) {
        const answer = await send(route, path, sibling[role], call?.(owned));
        if (answer.status !== 404) {
          const hint = answer.status === 400 ? ' — add a valid request for it to VALID_CALLS' : '';
          failures.push(`${routeKey(route)} ${kind} of a sibling union as ${role} → ${answer.status}${hint}`);
        }
      }
      for (const role of permitted) {
        const answer = await send(route, path, owner[role], call?.(owned));
        if ([401, 404].includes(answer.status) || refusedByRole(answer) || answer.status >= 500)
          failures.push(`${routeKey(route)} own ${kind} as ${role} → ${answer.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
