import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DOCUMENT_KINDS, todayInCenter, type DocumentView, type Page } from '@worker-aid/shared/domain';
import { BODY_LIMIT_BYTES, encodeCursor } from '@worker-aid/api/core';
import {
  answerProblems,
  databaseFingerprint,
  hostileBody,
  hostileString,
  malformedId,
  toJsonText,
} from './support/hostile';
import { executable, multipartBody, pdfWith, picture, type FormField } from './support/documents';
import { approvalPolicy } from './support/approval-world';
import { festivalRules } from './support/campaign-world';
import { identityNumber } from './support/identity-numbers';
import {
  createRecords,
  DEEP_HOUSEHOLD,
  idKindOf,
  MEDICAL_DETAILS,
  paymentKey,
  type Records,
} from './support/records';
import { declaredRoutes, fillPath, routeKey, type DeclaredRoute } from './support/routes';
import { TestApp, uniqueCode, uniqueName } from './support/test-app';

/** Ends the session this suite works with; it takes no input. */
/**
 * A fixed seed keeps CI reproducible; `FUZZ_SEED=random` (or a number) explores further, and a
 * failure prints the seed and path that replay it.
 */
const FUZZ_SEED =
  process.env['FUZZ_SEED'] === 'random' ? Date.now() : Number(process.env['FUZZ_SEED'] ?? 20261124);
fc.configureGlobal({ seed: FUZZ_SEED });

const NOT_FUZZED = new Set(['POST /api/auth/logout']);
/** Refusals that are written down by design: every failed sign-in is in the audit trail. */
const RECORDS_REFUSALS = new Set(['POST /api/auth/login']);

/** A valid request body for every write route, the starting point of the hostile ones. */
function validBodies(records: Records, industryId: string): Record<string, Record<string, unknown>> {
  return {
    'POST /api/auth/login': { username: 'nobody-here', password: 'wrong-password' },
    'POST /api/auth/refresh': {},
    'POST /api/units': { code: uniqueCode(), name: '测试单位', level: 'grassroots', parentId: industryId },
    'POST /api/users': {
      username: uniqueName('fuzz'),
      displayName: '测试用户',
      password: 'long-enough-password',
      role: 'caseworker',
      unitId: records.unit,
    },
    'PATCH /api/users/:id': { displayName: '改名测试' },
    'POST /api/workers': {
      name: '周志强',
      idNumber: identityNumber(),
      unitId: records.unit,
      migrantWorker: true,
    },
    'POST /api/workers/lookup': { idNumber: identityNumber() },
    'PATCH /api/workers/:id': { employer: '滁州某机械厂', phone: '13800000000' },
    'POST /api/workers/:id/reveal': {},
    'POST /api/cases': {
      type: 'medical',
      workerId: records.worker,
      requestedAmount: 100_000,
      summary: '医疗救助',
      details: MEDICAL_DETAILS,
    },
    'PATCH /api/cases/:id': { summary: '修改后的摘要', requestedAmount: 200_000 },
    'POST /api/cases/:id/submit': {},
    'POST /api/cases/:id/withdraw': {},
    'POST /api/cases/:id/approve': { approvedAmount: 1_000, comment: '同意' },
    'POST /api/cases/:id/reject': { comment: '材料不全' },
    'POST /api/cases/:id/return': { comment: '请补充材料' },
    'POST /api/cases/:id/objections': { content: '该职工家庭收入不符', receivedVia: 'phone' },
    'POST /api/cases/:id/close': { outcome: 'settled', recoveredAmount: 1_000 },
    'POST /api/funds': { code: uniqueCode(), name: '工会帮扶资金', source: 'donation' },
    'POST /api/funds/:id/allocations': { amount: 1_000, note: '追加' },
    'POST /api/cases/:id/disbursements': {
      amount: 100,
      fundId: records.fund,
      method: 'bank',
      paidOn: todayInCenter(),
      reference: 'BANK-1',
    },
    'POST /api/disbursements/:id/reversal': { reason: '银行退票' },
    'POST /api/files': {
      workerId: records.worker,
      ...DEEP_HOUSEHOLD,
      secondaryCauses: ['low_income'],
      note: '走访',
    },
    'PATCH /api/files/:id': { monthlyRigidExpenses: 10_000, note: '补充说明' },
    'POST /api/files/:id/submit': {},
    'POST /api/files/:id/withdraw': {},
    'POST /api/files/:id/approve': {},
    'POST /api/files/:id/reject': { comment: '材料不全' },
    'POST /api/files/:id/return': { comment: '请补充材料' },
    'POST /api/files/:id/objections': { content: '该户有稳定收入', receivedVia: 'letter' },
    'POST /api/files/:id/review': { ...DEEP_HOUSEHOLD, note: '年审' },
    'POST /api/files/:id/exit': { reason: 'reemployed', note: '再就业' },
    'POST /api/files/:id/follow-ups': { visitedOn: todayInCenter(), relapsed: false, note: '回访' },
    // Uploads take a form, not JSON (415 `document.multipart`): see the multipart tests below.
    'POST /api/workers/:id/documents': { kind: 'other' },
    'POST /api/files/:id/documents': { kind: 'other' },
    'POST /api/cases/:id/documents': { kind: 'other' },
    'DELETE /api/documents/:id': {},
    // A sheet comes as a form too (415 `import.multipart`).
    'POST /api/imports/workers': {},
    'POST /api/imports/:id/commit': {},
    'PUT /api/standards': {
      unitId: records.unit,
      effectiveFrom: todayInCenter(),
      povertyLine: 60_000,
      relativeMultiple: 1.5,
      suddenSharePercent: 80,
    },
    'PUT /api/approval-policy': { ...approvalPolicy() },
    'POST /api/campaigns': { ...festivalRules(records.fund) },
    'PATCH /api/campaigns/:id': { name: '2026年"两节"送温暖（调整）', year: 2026 },
    'POST /api/campaigns/:id/roster': {},
    'PATCH /api/campaigns/:id/lines/:lineId': { excluded: true, reason: '已离世' },
    'POST /api/campaigns/:id/lines/:lineId/objections': { content: '该户已购置新房', receivedVia: 'in_person' },
    'POST /api/campaigns/:id/lines/:lineId/reinstate': { reason: '异议不成立' },
    'POST /api/campaigns/:id/submit': { comment: '请审批' },
    'POST /api/campaigns/:id/approve': { comment: '同意' },
    'POST /api/campaigns/:id/return': { comment: '名单需复核' },
    'POST /api/campaigns/:id/close': {},
    'POST /api/campaigns/:id/batches': { method: 'cash' },
    'POST /api/batches/:id/results': { results: [{ lineId: randomUUID(), paid: true, failure: '账户冻结' }] },
    'POST /api/batches/:id/receipts': { lineIds: [randomUUID()], receivedOn: todayInCenter() },
    'POST /api/bank-layouts': bankLayout(),
    'PUT /api/bank-layouts/:id': bankLayout(),
  };
}

function bankLayout(): Record<string, unknown> {
  return {
    bankName: `银行${uniqueCode()}`,
    columns: [
      { field: 'lineNo', heading: '序号' },
      { field: 'name', heading: '户名' },
      { field: 'account', heading: '账号' },
      { field: 'amount', heading: '金额' },
    ],
    resultColumns: { lineRef: '序号', status: '状态', reason: '失败原因', paidValue: '成功' },
  };
}

interface OpenApiParameter {
  name: string;
  in: string;
  schema?: { enum?: unknown[] };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>>;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Percent-encodes the UTF-8 bytes of any string, lone surrogates included (as U+FFFD). */
const percentEncode = (value: string): string =>
  [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

describe('hostile input', () => {
  let app: TestApp;
  let admin: string;
  let records: Records;
  let industryId: string;
  let dataSource: DataSource;
  let routes: DeclaredRoute[];
  let writes: DeclaredRoute[];
  let bodies: Record<string, Record<string, unknown>>;
  let openApi: OpenApiDocument;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    industryId = (await app.createUnit(admin, center.id, 'industry')).id;
    const reviewer = await app.tokenFor(admin, center.id, 'reviewer');
    records = await createRecords(app, admin, reviewer.token, industryId);
    dataSource = app.server.app.get(DataSource);
    routes = declaredRoutes(app.server.app, 'api');
    writes = routes.filter((route) => route.method !== 'GET' && !NOT_FUZZED.has(routeKey(route)));
    bodies = validBodies(records, industryId);
    openApi = (await request(app.http).get('/api/docs-json').expect(200)).body as OpenApiDocument;
  });
  afterAll(() => app.stop());

  /** The query parameters of a route, as the OpenAPI document of the running app describes them. */
  function queryParameters(route: DeclaredRoute): OpenApiParameter[] {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const operation = openApi.paths[path]?.[route.method.toLowerCase()];
    if (!operation) throw new Error(`${routeKey(route)} is missing from the OpenAPI document`);
    return (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
  }

  function idFor(route: DeclaredRoute): string {
    const kind = idKindOf(route.path);
    if (!kind) throw new Error(`${routeKey(route)}: the test does not know which record its :id names`);
    return records[kind];
  }

  function send(method: Method, path: string, body?: string, headers: Record<string, string> = {}) {
    const req = request(app.http)[method](path).auth(admin, { type: 'bearer' });
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return body === undefined ? req : req.set('Content-Type', 'application/json').send(body);
  }

  it('knows a valid body for every write route', () => {
    expect(writes.length).toBeGreaterThan(15);
    expect(
      writes
        .filter((route) => !bodies[routeKey(route)])
        .map((route) => `${routeKey(route)}: add a valid body`),
    ).toEqual([]);
  });

  it('survives hostile bodies and ids on every write route, and a refused write changes nothing', async () => {
    const idChoice = fc.oneof(
      { weight: 4, arbitrary: fc.constant<'real'>('real') },
      { weight: 1, arbitrary: fc.constant<'unknown'>('unknown') },
      { weight: 1, arbitrary: malformedId },
    );
    const idempotencyKey = fc.oneof(
      { weight: 4, arbitrary: fc.constant<'fresh'>('fresh') },
      {
        weight: 1,
        arbitrary: fc
          .string({ unit: 'binary-ascii', maxLength: 300 })
          .filter((k) => /^[\x20-\x7e]*$/.test(k)),
      },
    );
    const write = fc.constantFrom(...writes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        body: hostileBody(bodies[routeKey(route)] ?? {}),
        id: idChoice,
        key: idempotencyKey,
      }),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(write, async ({ route, body, id, key }) => {
        const hasId = route.path.includes(':');
        const pathId = id === 'real' ? (hasId ? idFor(route) : '') : id === 'unknown' ? randomUUID() : id;
        const path = hasId ? fillPath(route.path, { id: pathId, lineId: records.campaignLine }) : route.path;
        const text = toJsonText(body);
        const before = await databaseFingerprint(dataSource);
        const answer = await send(route.method.toLowerCase() as Method, path, text, {
          'Idempotency-Key': key === 'fresh' ? paymentKey() : key,
        });
        // An accepted commit goes on in the background: let it finish, or it would change the
        // tables while a later write is being judged.
        if (answer.status === 202) await backgroundJobsSettled(dataSource);
        const problems = answerProblems(answer.status, answer.text, `${path} ${text}`);
        // A body over the limit is refused (413) before the path is looked at.
        const fits = Buffer.byteLength(text) <= BODY_LIMIT_BYTES;
        if (hasId && id !== 'real' && id !== 'unknown' && fits && answer.status !== 400)
          problems.push(`a malformed id answered ${answer.status}, not 400`);
        if (answer.status >= 400 && !RECORDS_REFUSALS.has(routeKey(route))) {
          refused += 1;
          const after = await databaseFingerprint(dataSource);
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          if (changed.length > 0)
            problems.push(`a refused write (${answer.status}) changed ${changed.join(', ')}`);
        }
        expect({ request: `${routeKey(route)} ${path} ${text.slice(0, 300)}`, problems }).toEqual({
          request: expect.any(String),
          problems: [],
        });
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(100);
  }, 120_000);

  it('survives hostile query strings and ids on every read route', async () => {
    const gets = routes.filter((route) => route.method === 'GET');
    // Short enough that the whole URL stays within Node's 16 KB header limit.
    const queryString = hostileString.map((value) => value.slice(0, 200));
    const valuesFor = (parameter: OpenApiParameter): fc.Arbitrary<string> => {
      const valid: fc.Arbitrary<string>[] = [];
      if (parameter.schema?.enum) valid.push(fc.constantFrom(...parameter.schema.enum.map(String)));
      if (/Id$/.test(parameter.name)) valid.push(fc.constantFrom(...Object.values(records)), fc.uuid());
      if (parameter.name === 'limit') valid.push(fc.integer({ min: -5, max: 300 }).map(String));
      if (parameter.name === 'from' || parameter.name === 'to')
        valid.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
      if (parameter.name === 'groupBy')
        valid.push(fc.subarray(['type', 'unit', 'month', 'fund', 'type']).map((groups) => groups.join(',')));
      return valid.length > 0 ? fc.oneof(...valid, queryString) : queryString;
    };
    const read = fc.constantFrom(...gets).chain((route) => {
      const parameters = queryParameters(route);
      return fc.record({
        route: fc.constant(route),
        id: fc.oneof(
          { weight: 4, arbitrary: fc.constant<'real'>('real') },
          { weight: 1, arbitrary: malformedId },
        ),
        query: fc.array(
          fc
            .oneof(
              {
                weight: 4,
                arbitrary: parameters.length > 0 ? fc.constantFrom(...parameters) : fc.constant(null),
              },
              { weight: 1, arbitrary: fc.constant(null) },
            )
            .chain((parameter) =>
              parameter
                ? fc.tuple(fc.constant(parameter.name), valuesFor(parameter))
                : fc.tuple(
                    fc.oneof(
                      fc.constantFrom('__proto__', 'constructor[prototype]', 'limit[]', 'q[a]'),
                      queryString,
                    ),
                    queryString,
                  ),
            ),
          { maxLength: 5 },
        ),
      });
    });
    await fc.assert(
      fc.asyncProperty(read, async ({ route, id, query }) => {
        const hasId = route.path.includes(':');
        const path = hasId
          ? fillPath(route.path, { id: id === 'real' ? idFor(route) : id, lineId: records.campaignLine })
          : route.path;
        const search = query
          .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
          .join('&');
        const url = search ? `${path}?${search}` : path;
        const answer = await send('get', url);
        const problems = answerProblems(answer.status, answer.text, query.flat().join(' '));
        if (hasId && id !== 'real' && answer.status !== 400)
          problems.push(`a malformed id answered ${answer.status}, not 400`);
        expect({ url, problems }).toEqual({ url, problems: [] });
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  describe('pagination', () => {
    const paginated = () => routes.filter((route) => queryParameters(route).some((p) => p.name === 'cursor'));
    /** A list's path, with real records' ids for a list of a record's parts (a campaign's lines). */
    const listPath = (route: DeclaredRoute): string =>
      route.path.includes(':')
        ? fillPath(route.path, { id: idFor(route), lineId: records.campaignLine })
        : route.path;

    it('bounds the page size on every paginated list', async () => {
      const lists = paginated();
      expect(lists.map(routeKey).sort()).toEqual(
        expect.arrayContaining([
          'GET /api/audit',
          'GET /api/cases',
          'GET /api/disbursements',
          'GET /api/users',
          'GET /api/workers',
        ]),
      );
      for (const route of lists) {
        const path = listPath(route);
        for (const limit of ['201', '1000000', '0', '-1', '1.5', 'abc', '1e3', '9007199254740993'])
          await send('get', `${path}?limit=${limit}`).expect(400);
        const full = (await send('get', `${path}?limit=200`).expect(200)).body as Page<unknown>;
        expect(full.items.length).toBeLessThanOrEqual(200);
      }
    });

    it('answers a garbage or forged cursor with 400 (or a page for a well-formed one), never a 500', async () => {
      const lists = paginated();
      const cursor = fc.oneof(
        hostileString.filter((s) => s.length <= 512),
        fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url')),
        fc
          .oneof(
            fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
            fc.bigInt({ min: -(10n ** 20n), max: -1n }).map(String),
            fc.constantFrom(
              '9223372036854775807',
              '9223372036854775808',
              '9999999999999999999',
              'admin',
              '\u0000',
            ),
          )
          .map((key) => encodeCursor([key])),
        fc.integer().map((key) => encodeCursor([key])),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...lists), cursor, async (route, value) => {
          const url = `${listPath(route)}?cursor=${percentEncode(value)}`;
          const answer = await send('get', url);
          const problems = answerProblems(answer.status, answer.text, value);
          if (answer.status !== 400 && answer.status !== 200) problems.push(`answered ${answer.status}`);
          expect({ url, problems }).toEqual({ url, problems: [] });
        }),
        { numRuns: 150 },
      );
      for (const route of lists) {
        for (const garbage of [
          'not-a-cursor',
          '!!!',
          encodeCursor([1, 2]),
          Buffer.from('{}').toString('base64url'),
        ])
          await send('get', `${listPath(route)}?cursor=${encodeURIComponent(garbage)}`).expect(400);
      }
    }, 60_000);
  });

  it('answers 413 to bodies over 1 MB on every write route, and writes nothing', async () => {
    const huge = JSON.stringify({ summary: 'x'.repeat(1_100_000) });
    for (const route of writes) {
      const path = route.path.includes(':')
        ? fillPath(route.path, { id: idFor(route), lineId: records.campaignLine })
        : route.path;
      const before = await databaseFingerprint(dataSource);
      const answer = await send(route.method.toLowerCase() as Method, path, huge, {
        'Idempotency-Key': paymentKey(),
      });
      expect({ route: routeKey(route), status: answer.status }).toEqual({
        route: routeKey(route),
        status: 413,
      });
      expect(answerProblems(answer.status, answer.text, '')).toEqual([]);
      expect(await databaseFingerprint(dataSource)).toEqual(before);
    }
  });

  it('answers malformed JSON with a 400 in the API’s shape on every write route', async () => {
    for (const route of writes) {
      const path = route.path.includes(':')
        ? fillPath(route.path, { id: idFor(route), lineId: records.campaignLine })
        : route.path;
      for (const text of ['{', '{"a":}', "{'a':1}", '[1,]', '\u0000', '{"a":1}{"b":2}']) {
        const answer = await send(route.method.toLowerCase() as Method, path, text, {
          'Idempotency-Key': paymentKey(),
        });
        expect({ route: routeKey(route), text, status: answer.status }).toEqual({
          route: routeKey(route),
          text,
          status: 400,
        });
        expect(answerProblems(answer.status, answer.text, text)).toEqual([]);
      }
    }
  });

  it('takes NUL bytes in every string field and query parameter without harm', async () => {
    const problems: string[] = [];
    for (const route of writes) {
      const template = bodies[routeKey(route)] ?? {};
      const path = route.path.includes(':')
        ? fillPath(route.path, { id: idFor(route), lineId: records.campaignLine })
        : route.path;
      for (const [field, value] of Object.entries(template)) {
        if (typeof value !== 'string') continue;
        const text = JSON.stringify({ ...template, [field]: `${value}\u0000${value}` });
        const before = await databaseFingerprint(dataSource);
        const answer = await send(route.method.toLowerCase() as Method, path, text, {
          'Idempotency-Key': paymentKey(),
        });
        problems.push(
          ...answerProblems(answer.status, answer.text, text).map((p) => `${routeKey(route)} ${field}: ${p}`),
        );
        if (
          answer.status >= 400 &&
          !RECORDS_REFUSALS.has(routeKey(route)) &&
          !isDeepStrictEqual(await databaseFingerprint(dataSource), before)
        )
          problems.push(`${routeKey(route)} ${field}: a refused write changed the database`);
      }
    }
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const path = route.path.includes(':')
        ? fillPath(route.path, { id: idFor(route), lineId: records.campaignLine })
        : route.path;
      for (const parameter of queryParameters(route)) {
        const answer = await send('get', `${path}?${parameter.name}=a%00b`);
        problems.push(
          ...answerProblems(answer.status, answer.text, '').map(
            (p) => `${routeKey(route)} ?${parameter.name}: ${p}`,
          ),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  describe('multipart bodies', () => {
    const isUpload = (route: DeclaredRoute) =>
      route.method === 'POST' &&
      (route.path.endsWith('/documents') ||
        route.path === '/api/imports/workers' ||
        route.path === '/api/batches/:id/results');
    const FORM_REFUSED = {
      statusCode: 415,
      error: 'Unsupported Media Type',
      code: 'body.unsupported_type',
      message: 'body: send JSON, with Content-Type: application/json',
    };

    it('refuses a form on every write route but the uploads, with the same 415 as any body that is not JSON', async () => {
      expect(writes.filter(isUpload)).toHaveLength(5);
      for (const route of writes) {
        const path = route.path.includes(':')
          ? fillPath(route.path, { id: idFor(route), lineId: records.campaignLine })
          : route.path;
        const form = multipartBody([
          { name: 'kind', value: 'other' },
          { name: 'file', fileName: 'x.pdf', bytes: pdfWith() },
        ]);
        const before = await databaseFingerprint(dataSource);
        const answer = await request(app.http)
          [route.method.toLowerCase() as Method](path)
          .auth(admin, { type: 'bearer' })
          .set('Idempotency-Key', paymentKey())
          .set('Content-Type', form.contentType)
          .send(form.body);
        if (isUpload(route)) {
          // A sheet upload (a worker sheet, a bank's results) takes `file` (and `paidOn`): `kind` is refused by name.
          const sheet = route.path === '/api/imports/workers' || route.path === '/api/batches/:id/results';
          expect({ route: routeKey(route), status: answer.status }).toEqual({
            route: routeKey(route),
            status: sheet ? 400 : 201,
          });
          continue;
        }
        expect({ route: routeKey(route), status: answer.status, body: answer.body }).toEqual({
          route: routeKey(route),
          status: 415,
          body: FORM_REFUSED,
        });
        expect(await databaseFingerprint(dataSource)).toEqual(before);
      }
    });

    it('survives hostile upload forms (names, kinds, extra parts, broken framing), and a refused one writes nothing', async () => {
      const png = await picture('png', 120, 80, 5);
      const contents: Record<string, () => Buffer> = {
        pdf: () => pdfWith(),
        png: () => png,
        elf: () => executable('elf'),
        mz: () => executable('mz'),
        empty: () => Buffer.alloc(0),
      };
      const extraField: fc.Arbitrary<FormField> = fc.oneof(
        fc.tuple(hostileString, hostileString).map(([name, value]) => ({ name, value })),
        hostileString.map((fileName) => ({ name: 'file', fileName, bytes: pdfWith() })),
        fc.constantFrom('__proto__', 'constructor', 'kind').map((name) => ({ name, value: 'other' })),
      );
      const upload = fc.record({
        owner: fc.constantFrom('workers', 'files', 'cases'),
        kind: fc.option(fc.oneof(fc.constantFrom(...DOCUMENT_KINDS), hostileString)),
        fileName: hostileString,
        content: fc.oneof(
          fc.constantFrom(...Object.keys(contents)),
          fc
            .uint8Array({ minLength: 1, maxLength: 3000 })
            .map((bytes) => Buffer.from(bytes).toString('base64')),
        ),
        extras: fc.array(extraField, { maxLength: 2 }),
        fileFirst: fc.boolean(),
        framing: fc.constantFrom('intact', 'intact', 'intact', 'cut', 'no-boundary', 'other-boundary'),
        cutAt: fc.double({ min: 0, max: 1, noNaN: true }),
      });
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(upload, async (u) => {
          const bytes = contents[u.content]?.() ?? Buffer.from(u.content, 'base64');
          const file: FormField = { name: 'file', fileName: u.fileName, bytes };
          const kind: FormField[] = u.kind === null ? [] : [{ name: 'kind', value: u.kind }];
          const form = multipartBody(
            u.fileFirst ? [file, ...kind, ...u.extras] : [...kind, file, ...u.extras],
          );
          const body =
            u.framing === 'cut' ? form.body.subarray(0, Math.floor(form.body.length * u.cutAt)) : form.body;
          const contentType =
            u.framing === 'no-boundary'
              ? 'multipart/form-data'
              : u.framing === 'other-boundary'
                ? 'multipart/form-data; boundary=not-the-one'
                : form.contentType;
          const path = `/api/${u.owner}/${records[u.owner === 'workers' ? 'worker' : u.owner === 'files' ? 'file' : 'case']}/documents`;
          const before = await databaseFingerprint(dataSource);
          const answer = await request(app.http)
            .post(path)
            .auth(admin, { type: 'bearer' })
            .set('Content-Type', contentType)
            .send(body);
          const problems = answerProblems(answer.status, answer.text, u.fileName);
          if (answer.status >= 400 && !isDeepStrictEqual(await databaseFingerprint(dataSource), before))
            problems.push(`a refused upload (${answer.status}) changed the database`);
          if (answer.status === 201) {
            accepted += 1;
            const { fileName } = answer.body as DocumentView;
            if (
              /[\p{Cc}/\\]/u.test(fileName) ||
              Array.from(fileName).length > 120 ||
              fileName.trim() !== fileName
            )
              problems.push(`stored the file name ${JSON.stringify(fileName)}`);
          } else if (answer.status !== 400 && answer.status !== 409 && answer.status !== 415) {
            problems.push(`answered ${answer.status}`);
          }
          expect({
            upload: `${path} ${u.framing} ${JSON.stringify(u.kind)} ${JSON.stringify(u.fileName)}`,
            problems,
          }).toEqual({
            upload: expect.any(String),
            problems: [],
          });
        }),
        { numRuns: 120 },
      );
      expect(accepted).toBeGreaterThan(0);
    }, 180_000);
  });

  it('refuses prototype-pollution keys, and they do no harm', async () => {
    const polluted = `{"name":"周志强","idNumber":"${identityNumber()}","unitId":"${records.unit}","__proto__":{"isAdmin":true,"role":"admin"},"constructor":{"prototype":{"isAdmin":true}}}`;
    const answer = await send('post', '/api/workers', polluted);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'validation',
      fields: [{ field: '__proto__', code: 'forbidden_name', message: 'is not an allowed field name' }],
    });
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    await send('get', '/api/auth/me').expect(200);
  });
});

/** Waits until pg-boss has no imports job waiting or running (at most 20 s). */
async function backgroundJobsSettled(dataSource: DataSource): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    const [{ busy }] = await dataSource.query<{ busy: number }[]>(
      `SELECT count(*)::int AS busy FROM pgboss.job
       WHERE name LIKE 'imports.%' AND state IN ('created', 'retry', 'active')`,
    );
    if (busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the imports jobs did not settle within 20 s');
}
