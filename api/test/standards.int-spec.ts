import request from 'supertest';
import type { AuditEntryView, Page, StandardView, UnitView } from '@worker-aid/shared/domain';
import { TestApp } from './support/test-app';

/** center → industry A (grassroots A1, A2) and industry B; an admin of A, a caseworker of A1. */
describe('local standards', () => {
  let app: TestApp;
  let admin: string;
  let center: UnitView;
  let industryA: UnitView;
  let industryB: UnitView;
  let grassrootsA1: UnitView;
  let grassrootsA2: UnitView;
  let adminA: string;
  let caseworkerA1: string;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    center = await app.rootUnit(admin);
    industryA = await app.createUnit(admin, center.id, 'industry');
    industryB = await app.createUnit(admin, center.id, 'industry');
    grassrootsA1 = await app.createUnit(admin, industryA.id, 'grassroots');
    grassrootsA2 = await app.createUnit(admin, industryA.id, 'grassroots');
    adminA = (await app.tokenFor(admin, industryA.id, 'admin')).token;
    caseworkerA1 = (await app.tokenFor(admin, grassrootsA1.id, 'caseworker')).token;
  });
  afterAll(() => app.stop());

  const put = (token: string, body: object) =>
    request(app.http).put('/api/standards').auth(token, { type: 'bearer' }).send(body);
  const get = (token: string, query: Record<string, string>) =>
    request(app.http).get('/api/standards').query(query).auth(token, { type: 'bearer' });

  it('answers 404 standard.not_found while no standard is in force', async () => {
    const answer = await get(admin, { unitId: grassrootsA1.id, on: '2020-06-01' }).expect(404);
    expect(answer.body).toMatchObject({ code: 'standard.not_found' });
  });

  it('sets a standard with its defaults and reads it back', async () => {
    const saved = await put(admin, {
      unitId: center.id,
      effectiveFrom: '2021-01-01',
      povertyLine: 60_000,
    }).expect(200);
    expect(saved.body).toEqual({
      unitId: center.id,
      effectiveFrom: '2021-01-01',
      povertyLine: 60_000,
      relativeMultiple: 2,
      suddenSharePercent: 80,
      inheritedFrom: null,
    } satisfies StandardView);
    const read = await get(admin, { unitId: center.id, on: '2021-01-01' }).expect(200);
    expect(read.body).toEqual(saved.body);
    await get(admin, { unitId: center.id, on: '2020-12-31' }).expect(404);
  });

  it('lets units below inherit the nearest ancestor’s standard', async () => {
    const fromCenter = await get(caseworkerA1, { unitId: grassrootsA1.id, on: '2021-03-01' }).expect(200);
    expect(fromCenter.body).toMatchObject({
      unitId: grassrootsA1.id,
      povertyLine: 60_000,
      inheritedFrom: center.id,
    });

    await put(adminA, {
      unitId: industryA.id,
      effectiveFrom: '2021-02-01',
      povertyLine: 70_000,
      relativeMultiple: 1.5,
      suddenSharePercent: 60,
    }).expect(200);
    const fromIndustry = await get(caseworkerA1, { unitId: grassrootsA1.id, on: '2021-03-01' }).expect(200);
    expect(fromIndustry.body).toEqual({
      unitId: grassrootsA1.id,
      effectiveFrom: '2021-02-01',
      povertyLine: 70_000,
      relativeMultiple: 1.5,
      suddenSharePercent: 60,
      inheritedFrom: industryA.id,
    });
    // Before the industry's own standard began, the center's was in force.
    const earlier = await get(caseworkerA1, { unitId: grassrootsA1.id, on: '2021-01-15' }).expect(200);
    expect(earlier.body).toMatchObject({ povertyLine: 60_000, inheritedFrom: center.id });
    // The sibling union still has the center's.
    const sibling = await get(admin, { unitId: industryB.id, on: '2021-03-01' }).expect(200);
    expect(sibling.body).toMatchObject({ povertyLine: 60_000, inheritedFrom: center.id });
    // A unit's own standard wins over an ancestor's, even an older one.
    await put(adminA, { unitId: grassrootsA2.id, effectiveFrom: '2021-01-10', povertyLine: 65_000 }).expect(
      200,
    );
    const own = await get(adminA, { unitId: grassrootsA2.id, on: '2021-03-01' }).expect(200);
    expect(own.body).toMatchObject({ povertyLine: 65_000, inheritedFrom: null });
  });

  it('keeps a future standard out of force until its day', async () => {
    await put(admin, { unitId: center.id, effectiveFrom: '2099-01-01', povertyLine: 99_000 }).expect(200);
    const today = await get(admin, { unitId: center.id }).expect(200);
    expect(today.body).toMatchObject({ effectiveFrom: '2021-01-01', povertyLine: 60_000 });
    const then = await get(admin, { unitId: center.id, on: '2099-01-01' }).expect(200);
    expect(then.body).toMatchObject({ effectiveFrom: '2099-01-01', povertyLine: 99_000 });
  });

  it('replaces the standard of the same unit and day, keeping the history by date', async () => {
    await put(admin, { unitId: industryB.id, effectiveFrom: '2022-01-01', povertyLine: 50_000 }).expect(200);
    await put(admin, { unitId: industryB.id, effectiveFrom: '2023-01-01', povertyLine: 55_000 }).expect(200);
    const replaced = await put(admin, {
      unitId: industryB.id,
      effectiveFrom: '2022-01-01',
      povertyLine: 52_000,
      relativeMultiple: 3,
    }).expect(200);
    expect(replaced.body).toMatchObject({ povertyLine: 52_000, relativeMultiple: 3 });
    const history = await request(app.http)
      .get('/api/standards/history')
      .query({ unitId: industryB.id })
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect((history.body as StandardView[]).map((s) => [s.effectiveFrom, s.povertyLine])).toEqual([
      ['2023-01-01', 55_000],
      ['2022-01-01', 52_000],
    ]);
    const audit = await request(app.http)
      .get('/api/audit')
      .query({ entityType: 'local_standard' })
      .auth(admin, { type: 'bearer' })
      .expect(200);
    const actions = (audit.body as Page<AuditEntryView>).items
      .filter((line) => (line.detail['effectiveFrom'] as string) === '2022-01-01')
      .map((line) => line.action)
      .sort();
    expect(actions).toEqual(['standard.replace', 'standard.set']);
  });

  it('refuses bad input with the field’s code', async () => {
    const body = { unitId: industryA.id, effectiveFrom: '2024-01-01', povertyLine: 60_000 };
    const cases: [object, string, string][] = [
      [{ relativeMultiple: 1.25 }, 'relativeMultiple', 'relative_multiple'],
      [{ relativeMultiple: 3.1 }, 'relativeMultiple', 'relative_multiple'],
      [{ relativeMultiple: '2.0' }, 'relativeMultiple', 'relative_multiple'],
      [{ povertyLine: 0 }, 'povertyLine', 'positive'],
      [{ povertyLine: 600.5 }, 'povertyLine', 'fen'],
      [{ suddenSharePercent: 0 }, 'suddenSharePercent', 'min'],
      [{ suddenSharePercent: 101 }, 'suddenSharePercent', 'max'],
      [{ effectiveFrom: '2024-02-30' }, 'effectiveFrom', 'date'],
    ];
    for (const [change, field, code] of cases) {
      const answer = await put(admin, { ...body, ...change }).expect(400);
      expect({ change, body: answer.body as unknown }).toMatchObject({
        change,
        body: {
          code: 'validation',
          fields: expect.arrayContaining([expect.objectContaining({ field, code })]),
        },
      });
    }
    const badDay = await get(admin, { unitId: industryA.id, on: 'yesterday' }).expect(400);
    expect(badDay.body).toMatchObject({ code: 'validation' });
  });

  it('answers 404 for units that do not exist or lie outside the caller’s subtree', async () => {
    const unknown = await put(admin, {
      unitId: '00000000-0000-4000-8000-000000000000',
      effectiveFrom: '2024-01-01',
      povertyLine: 60_000,
    }).expect(404);
    expect(unknown.body).toMatchObject({ code: 'unit.not_found' });
    const sibling = await put(adminA, {
      unitId: industryB.id,
      effectiveFrom: '2024-01-01',
      povertyLine: 1,
    }).expect(404);
    expect(sibling.body).toMatchObject({ code: 'unit.not_found' });
    const siblingRead = await get(adminA, { unitId: industryB.id }).expect(404);
    expect(siblingRead.body).toMatchObject({ code: 'unit.not_found' });
  });

  it('lets only admins set a standard', async () => {
    const answer = await put(caseworkerA1, {
      unitId: grassrootsA1.id,
      effectiveFrom: '2024-01-01',
      povertyLine: 60_000,
    }).expect(403);
    expect(answer.body).toMatchObject({ code: 'auth.forbidden' });
  });
});
