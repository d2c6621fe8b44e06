import request from 'supertest';
import {
  dayMonthsAfter,
  dayYearsAfter,
  todayInCenter,
  type DueFollowUp,
  type FollowUpResult,
  type FileHistoryEntry,
  type FileListItem,
  type FileView,
  type Page,
  type UnitView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { FieldKeyring, generateEncryptionKeys, installFieldKeyring } from '@worker-aid/api/core';
import { rotateEncryptionKeys } from '../src/maintenance/rotate-keys';
import { identityNumber } from './support/identity-numbers';
import { invalidField, refused } from './support/refused';
import { TestApp } from './support/test-app';

type Member = Record<string, unknown>;
const self = (monthlyIncome: number, extra: Member = {}): Member => ({
  name: '周志强',
  relation: 'self',
  birthYear: 1975,
  health: 'chronic',
  work: 'employed',
  monthlyIncome,
  ...extra,
});

/**
 * center → industry A (grassroots A1, with a standard of ¥720, multiple 2.0, share 80 %) and
 * industry B (no standard). A caseworker of A1 files; a reviewer of A approves.
 */
describe('hardship files', () => {
  let app: TestApp;
  let admin: string;
  let industryA: UnitView;
  let industryB: UnitView;
  let grassrootsA1: UnitView;
  let caseworker: string;
  let reviewer: string;
  let reviewerB: string;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    industryA = await app.createUnit(admin, center.id, 'industry');
    industryB = await app.createUnit(admin, center.id, 'industry');
    grassrootsA1 = await app.createUnit(admin, industryA.id, 'grassroots');
    caseworker = (await app.tokenFor(admin, grassrootsA1.id, 'caseworker')).token;
    reviewer = (await app.tokenFor(admin, industryA.id, 'reviewer')).token;
    reviewerB = (await app.tokenFor(admin, industryB.id, 'reviewer')).token;
    await request(app.http)
      .put('/api/standards')
      .auth(admin, { type: 'bearer' })
      .send({ unitId: grassrootsA1.id, effectiveFrom: '2020-01-01', povertyLine: 72_000 })
      .expect(200);
  });
  afterAll(() => app.stop());

  const as = (token: string) => ({
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) =>
      request(app.http).patch(path).auth(token, { type: 'bearer' }).send(body),
    get: (path: string, query: Record<string, string> = {}) =>
      request(app.http).get(path).query(query).auth(token, { type: 'bearer' }),
  });

  async function newWorker(unitId = grassrootsA1.id): Promise<string> {
    const worker = await as(admin)
      .post('/api/workers', { name: '周志强', idNumber: identityNumber(), unitId })
      .expect(201);
    return (worker.body as WorkerView).id;
  }

  async function create(body: Record<string, unknown>, token = caseworker): Promise<FileView> {
    const workerId = body['workerId'] ?? (await newWorker());
    const answer = await as(token).post('/api/files', {
      mainCause: 'illness',
      monthlyRigidExpenses: 0,
      ...body,
      workerId,
    });
    if (answer.status !== 201) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as FileView;
  }

  it('computes each tier on the server from the standard in force', async () => {
    const deep = await create({ members: [self(50_000)] });
    expect(deep).toMatchObject({
      status: 'draft',
      tier: 'deep',
      perCapitaIncome: 50_000,
      standard: { povertyLine: 72_000, relativeMultiple: 2, suddenSharePercent: 80 },
      unitId: grassrootsA1.id,
      reviewDueOn: null,
      activeSince: null,
      followUps: [],
    });
    expect(deep.fileNo).toMatch(/^DA-\d{4}-\d{6}$/);
    expect(deep.members[0]).toMatchObject({ name: '周志强', relation: 'self' });

    const relative = await create({
      members: [self(200_000), { ...self(0), name: '李红', relation: 'spouse', work: 'unemployed' }],
      monthlyRigidExpenses: 20_000,
    });
    expect(relative).toMatchObject({ tier: 'relative', perCapitaIncome: 90_000 });

    const sudden = await create({
      members: [self(300_000)],
      suddenExpenses12m: 3_000_000,
      mainCause: 'accident',
    });
    expect(sudden).toMatchObject({ tier: 'sudden', perCapitaIncome: 300_000 });

    const none = await create({ members: [self(300_000)], suddenExpenses12m: 2_880_000 });
    expect(none).toMatchObject({ tier: 'none', perCapitaIncome: 300_000 });
  });

  it('stores member names encrypted', async () => {
    const file = await create({ members: [self(10_000, { name: '王秘密' })] });
    const { DataSource } = await import('typeorm');
    const dataSource = app.server.app.get(DataSource);
    const [row] = await dataSource.query<{ members: string }[]>(
      'SELECT members::text AS members FROM hardship_file WHERE id = $1',
      [file.id],
    );
    expect(row?.members).not.toContain('王秘密');
    expect((await as(caseworker).get(`/api/files/${file.id}`).expect(200)).body.members[0].name).toBe(
      '王秘密',
    );
  });

  it('re-encrypts member names with rotate-keys, readable after the old key is gone', async () => {
    const file = await create({ members: [self(10_000, { name: '赵轮换' })] });
    const old = app.config.encryption;
    if (!old) throw new Error('test servers always have keys');
    const next = generateEncryptionKeys('files-2');
    const { DataSource } = await import('typeorm');
    const dataSource = app.server.app.get(DataSource);
    const both = new FieldKeyring({ dataKeys: [...next.dataKeys, ...old.dataKeys], indexKey: old.indexKey });
    installFieldKeyring(both);
    try {
      const first = await rotateEncryptionKeys(dataSource.manager, both);
      expect(first.files).toBeGreaterThanOrEqual(1);
      installFieldKeyring(new FieldKeyring({ dataKeys: next.dataKeys, indexKey: old.indexKey }));
      const read = await as(caseworker).get(`/api/files/${file.id}`).expect(200);
      expect(read.body.members[0].name).toBe('赵轮换');
      const [row] = await dataSource.query<{ members: string }[]>(
        'SELECT members::text AS members FROM hardship_file WHERE id = $1',
        [file.id],
      );
      expect(row?.members).toContain('files-2:');
    } finally {
      installFieldKeyring(new FieldKeyring(old));
    }
  });

  it('keeps one open file per worker: 409 file.exists with its id', async () => {
    const workerId = await newWorker();
    const first = await create({ workerId, members: [self(10_000)] });
    const again = await as(caseworker)
      .post('/api/files', {
        workerId,
        members: [self(10_000)],
        monthlyRigidExpenses: 0,
        mainCause: 'illness',
      })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'file.exists', id: first.id });
    await as(caseworker).post(`/api/files/${first.id}/withdraw`).expect(200);
    const second = await create({ workerId, members: [self(10_000)] });
    expect(second.id).not.toBe(first.id);
  });

  it('answers 409 standard.missing where no standard is in force', async () => {
    const workerId = await newWorker(industryB.id);
    const answer = await as(admin)
      .post('/api/files', {
        workerId,
        members: [self(10_000)],
        monthlyRigidExpenses: 0,
        mainCause: 'illness',
      })
      .expect(409);
    expect(answer.body).toMatchObject({ code: 'standard.missing' });
  });

  it('lives: submit, approve by another user, active with its review date', async () => {
    const file = await create({ members: [self(10_000)] }, reviewer);
    const submitted = await as(reviewer).post(`/api/files/${file.id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted' });
    const ownApproval = await as(reviewer).post(`/api/files/${file.id}/approve`).expect(403);
    expect(ownApproval.body).toMatchObject({ code: 'file.four_eyes' });
    const approved = await as(admin).post(`/api/files/${file.id}/approve`).expect(200);
    const today = todayInCenter();
    expect(approved.body).toMatchObject({
      status: 'active',
      activeSince: today,
      reviewDueOn: dayYearsAfter(today, 1),
    });
    const edit = await as(caseworker).patch(`/api/files/${file.id}`, { note: '迟到的修改' }).expect(409);
    expect(edit.body).toMatchObject({ code: 'file.not_editable' });
    const history = (await as(caseworker).get(`/api/files/${file.id}/history`).expect(200))
      .body as FileHistoryEntry[];
    expect(history.map((entry) => [entry.action, entry.fromStatus, entry.toStatus])).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['approve', 'submitted', 'active'],
    ]);
  });

  it('refuses to submit a file in no tier: 409 file.not_eligible; an edit recomputes the tier', async () => {
    const file = await create({ members: [self(300_000)] });
    expect(file.tier).toBe('none');
    const answer = await as(caseworker).post(`/api/files/${file.id}/submit`).expect(409);
    expect(answer.body).toMatchObject({ code: 'file.not_eligible' });
    const edited = await as(caseworker)
      .patch(`/api/files/${file.id}`, { monthlyRigidExpenses: 250_000 })
      .expect(200);
    expect(edited.body).toMatchObject({
      tier: 'deep',
      perCapitaIncome: 50_000,
      monthlyRigidExpenses: 250_000,
    });
    await as(caseworker).post(`/api/files/${file.id}/submit`).expect(200);
  });

  it('returns and rejects with a comment, in the history', async () => {
    const file = await create({ members: [self(10_000)] });
    await as(caseworker).post(`/api/files/${file.id}/submit`).expect(200);
    const noComment = await as(reviewer).post(`/api/files/${file.id}/return`, {}).expect(400);
    expect(noComment.body).toMatchObject({ code: 'validation' });
    const returned = await as(reviewer)
      .post(`/api/files/${file.id}/return`, { comment: '请补充收入证明' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned' });
    await as(caseworker).patch(`/api/files/${file.id}`, { note: '已补充' }).expect(200);
    await as(caseworker).post(`/api/files/${file.id}/submit`).expect(200);
    const rejected = await as(reviewer)
      .post(`/api/files/${file.id}/reject`, { comment: '不符合条件' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected' });
    const wrongStep = await as(reviewer).post(`/api/files/${file.id}/approve`).expect(409);
    expect(wrongStep.body).toMatchObject({ code: 'file.transition' });
    const history = (await as(caseworker).get(`/api/files/${file.id}/history`).expect(200))
      .body as FileHistoryEntry[];
    expect(history.map((entry) => [entry.action, entry.comment])).toEqual([
      ['create', null],
      ['submit', null],
      ['return', '请补充收入证明'],
      ['update', null],
      ['submit', null],
      ['reject', '不符合条件'],
    ]);
    // A rejected file is over: the worker may be filed again.
    await create({ workerId: file.workerId, members: [self(10_000)] });
  });

  it('lists in scope with filters, and hides files of a sibling union: 404 file.not_found', async () => {
    const file = await create({ members: [self(10_000)] });
    const page = (
      await as(reviewer)
        .get('/api/files', { tier: 'deep', status: 'draft', unitId: grassrootsA1.id })
        .expect(200)
    ).body as Page<FileListItem>;
    expect(page.items.map((item) => item.id)).toContain(file.id);
    expect(page.items.every((item) => item.tier === 'deep' && item.status === 'draft')).toBe(true);
    const byNumber = (await as(reviewer).get('/api/files', { q: file.fileNo }).expect(200))
      .body as Page<FileListItem>;
    expect(byNumber.items.map((item) => item.id)).toEqual([file.id]);
    const twoAtATime = (await as(reviewer).get('/api/files', { limit: '2' }).expect(200))
      .body as Page<FileListItem>;
    expect(twoAtATime.items).toHaveLength(2);
    expect(twoAtATime.nextCursor).toBeTruthy();
    const next = (
      await as(reviewer)
        .get('/api/files', { limit: '2', cursor: twoAtATime.nextCursor ?? '' })
        .expect(200)
    ).body as Page<FileListItem>;
    expect(next.items.map((item) => item.id)).not.toContain(twoAtATime.items[0]?.id);

    const sibling = await as(reviewerB).get(`/api/files/${file.id}`).expect(404);
    expect(sibling.body).toMatchObject({ code: 'file.not_found' });
    await as(reviewerB).get(`/api/files/${file.id}/history`).expect(404);
    await as(reviewerB).post(`/api/files/${file.id}/withdraw`).expect(404);
    expect(((await as(reviewerB).get('/api/files').expect(200)).body as Page<FileListItem>).items).toEqual(
      [],
    );
    await as(reviewerB).get('/api/files', { unitId: grassrootsA1.id }).expect(404);
  });

  it('answers 400 validation with a field code for each broken rule', async () => {
    const workerId = await newWorker();
    const base = { workerId, members: [self(10_000)], monthlyRigidExpenses: 0, mainCause: 'illness' };
    const thisYear = Number(todayInCenter().slice(0, 4));
    const cases: [Record<string, unknown>, string, string][] = [
      [{ members: [self(10_000, { relation: 'spouse' })] }, 'members', 'one_self'],
      [{ members: [self(10_000), self(10_000)] }, 'members', 'one_self'],
      [{ members: [self(-1)] }, 'members[0].monthlyIncome', 'fen'],
      [{ monthlyRigidExpenses: -5 }, 'monthlyRigidExpenses', 'fen'],
      [{ suddenExpenses12m: -5 }, 'suddenExpenses12m', 'fen'],
      [
        { secondaryCauses: ['disability', 'schooling', 'disaster', 'accident'] },
        'secondaryCauses',
        'max_items',
      ],
      [{ secondaryCauses: ['illness'] }, 'secondaryCauses', 'not_main_cause'],
      [{ secondaryCauses: ['disaster', 'disaster'] }, 'secondaryCauses', 'distinct'],
      [{ members: [self(10_000, { birthYear: thisYear + 1 })] }, 'members[0].birthYear', 'birth_year'],
      [{ members: [self(10_000, { birthYear: 1899 })] }, 'members[0].birthYear', 'birth_year'],
      [{ members: [self(10_000, { relation: 'cousin' })] }, 'members[0].relation', 'one_of'],
      [{ members: [self(10_000, { health: 'fine' })] }, 'members[0].health', 'one_of'],
      [{ members: [self(10_000, { work: 'busy' })] }, 'members[0].work', 'one_of'],
      [{ mainCause: 'bad_luck' }, 'mainCause', 'one_of'],
      [{ secondaryCauses: ['bad_luck'] }, 'secondaryCauses', 'one_of'],
      [{ members: [] }, 'members', 'min_items'],
    ];
    const failures: string[] = [];
    for (const [change, field, code] of cases) {
      const answer = await as(caseworker).post('/api/files', { ...base, ...change });
      const fields = (answer.body.fields ?? []) as { field: string; code: string }[];
      if (
        answer.status !== 400 ||
        answer.body.code !== 'validation' ||
        !fields.some((f) => f.field === field && f.code === code)
      )
        failures.push(
          `${JSON.stringify(change)} → ${answer.status} ${JSON.stringify(fields)}, not ${field}: ${code}`,
        );
    }
    expect(failures).toEqual([]);
    const file = await create(base);
    const patch = await as(caseworker)
      .patch(`/api/files/${file.id}`, { secondaryCauses: ['illness'] })
      .expect(400);
    expect(patch.body.fields).toEqual([
      expect.objectContaining({ field: 'secondaryCauses', code: 'not_main_cause' }),
    ]);
  });

  /** A file taken through submit and approve: active, due for review in a year. */
  async function activeFile(members: Member[] = [self(10_000)]): Promise<FileView> {
    const file = await create({ members });
    await as(caseworker).post(`/api/files/${file.id}/submit`).expect(200);
    return (await as(reviewer).post(`/api/files/${file.id}/approve`).expect(200)).body as FileView;
  }

  async function sql<T>(text: string, parameters: unknown[] = []): Promise<T[]> {
    const { DataSource } = await import('typeorm');
    return app.server.app.get(DataSource).query<T[]>(text, parameters);
  }

  it("lists files due for review within 30 days or past, and a worker's files", async () => {
    const dueSoon = await activeFile();
    const notDue = await activeFile();
    await sql(`UPDATE hardship_file SET review_due_on = $2 WHERE id = $1`, [
      dueSoon.id,
      dayMonthsAfter(todayInCenter(), -1),
    ]);
    const due = (await as(reviewer).get('/api/files', { reviewDue: 'true', limit: '100' }).expect(200))
      .body as Page<FileListItem>;
    const ids = due.items.map((item) => item.id);
    expect(ids).toContain(dueSoon.id);
    expect(ids).not.toContain(notDue.id);
    expect(due.items.every((item) => item.status === 'active')).toBe(true);
    const overdueFirst = (await as(reviewer).get('/api/files', { reviewDue: 'true', limit: '1' }).expect(200))
      .body as Page<FileListItem>;
    expect(overdueFirst.items.map((item) => item.id)).toEqual([dueSoon.id]);
    const ofWorker = (await as(reviewer).get('/api/files', { workerId: notDue.workerId }).expect(200))
      .body as Page<FileListItem>;
    expect(ofWorker.items.map((item) => item.id)).toEqual([notDue.id]);
  });

  it('reviews an active file: the household again, the tier recomputed, due again in a year', async () => {
    const file = await activeFile();
    const today = todayInCenter();
    const review = {
      members: [self(200_000), { ...self(0), name: '李红', relation: 'spouse' }],
      monthlyRigidExpenses: 0,
      mainCause: 'low_income',
    };
    const reviewed = (await as(caseworker).post(`/api/files/${file.id}/review`, review).expect(200))
      .body as FileView;
    expect(reviewed).toMatchObject({
      status: 'active',
      tier: 'relative',
      perCapitaIncome: 100_000,
      lastReviewedOn: today,
      reviewDueOn: dayYearsAfter(today, 1),
    });
    expect(reviewed.members).toHaveLength(2);
    await invalidField(
      as(caseworker).post(`/api/files/${file.id}/review`, { ...review, members: [] }),
      'members',
      'min_items',
    );
    const draft = await create({ members: [self(10_000)] });
    await refused(as(caseworker).post(`/api/files/${draft.id}/review`, review), 'file.transition');
    const history = (await as(caseworker).get(`/api/files/${file.id}/history`).expect(200))
      .body as FileHistoryEntry[];
    expect(history.at(-1)).toMatchObject({ action: 'review', fromStatus: 'active', toStatus: 'active' });
  });

  it('closes a file whose review finds no tier, with follow-ups at 3, 6 and 12 months', async () => {
    const file = await activeFile();
    const today = todayInCenter();
    const reviewed = (
      await as(caseworker)
        .post(`/api/files/${file.id}/review`, {
          members: [self(500_000)],
          monthlyRigidExpenses: 0,
          mainCause: 'illness',
        })
        .expect(200)
    ).body as FileView;
    expect(reviewed).toMatchObject({
      status: 'closed',
      tier: 'none',
      exitReason: 'income_above_line',
      closedOn: today,
      reviewDueOn: null,
    });
    expect(reviewed.followUps.map((visit) => visit.dueOn)).toEqual(
      [3, 6, 12].map((months) => dayMonthsAfter(today, months)),
    );
    expect(reviewed.followUps.every((visit) => visit.doneOn === null && visit.relapsed === null)).toBe(true);
    // Closed: the worker may be filed again.
    await create({ workerId: file.workerId, members: [self(10_000)] });
  });

  it('exits with a reason; a death calls for no follow-up; only active files exit', async () => {
    const moved = await activeFile();
    const closed = (
      await as(caseworker)
        .post(`/api/files/${moved.id}/exit`, { reason: 'moved_away', note: '随子女迁往外省' })
        .expect(200)
    ).body as FileView;
    expect(closed).toMatchObject({ status: 'closed', exitReason: 'moved_away', exitNote: '随子女迁往外省' });
    expect(closed.followUps).toHaveLength(3);
    const deceased = await activeFile();
    const none = (
      await as(caseworker).post(`/api/files/${deceased.id}/exit`, { reason: 'deceased' }).expect(200)
    ).body as FileView;
    expect(none.followUps).toEqual([]);
    await refused(as(caseworker).post(`/api/files/${moved.id}/exit`, { reason: 'other' }), 'file.transition');
    await invalidField(
      as(caseworker).post(`/api/files/${deceased.id}/exit`, { reason: 'bored' }),
      'reason',
      'one_of',
    );
    await refused(as(reviewerB).post(`/api/files/${moved.id}/exit`, { reason: 'other' }), 'file.not_found');
    const history = (await as(caseworker).get(`/api/files/${moved.id}/history`).expect(200))
      .body as FileHistoryEntry[];
    expect(history.at(-1)).toMatchObject({
      action: 'exit',
      fromStatus: 'active',
      toStatus: 'closed',
      comment: '随子女迁往外省',
    });
  });

  it('records follow-ups in order; a relapse opens a new draft prefilled from the old file', async () => {
    const file = await activeFile([
      self(10_000),
      { ...self(5_000), name: '周小红', relation: 'child', birthYear: 2010, work: 'student' },
    ]);
    await as(caseworker).post(`/api/files/${file.id}/exit`, { reason: 'reemployed' }).expect(200);
    const today = todayInCenter();
    await invalidField(
      as(caseworker).post(`/api/files/${file.id}/follow-ups`, {
        visitedOn: dayYearsAfter(today, 1),
        relapsed: false,
      }),
      'visitedOn',
      'not_future',
    );
    await invalidField(
      as(caseworker).post(`/api/files/${file.id}/follow-ups`, { visitedOn: '2020-01-01', relapsed: false }),
      'visitedOn',
      'before_exit',
    );
    await invalidField(
      as(caseworker).post(`/api/files/${file.id}/follow-ups`, { visitedOn: today }),
      'relapsed',
      'required',
    );

    const first = (
      await as(caseworker)
        .post(`/api/files/${file.id}/follow-ups`, { visitedOn: today, relapsed: false, note: '已稳定就业' })
        .expect(200)
    ).body as FollowUpResult;
    expect(first.reopenedFileId).toBeUndefined();
    expect(first.followUps[0]).toMatchObject({
      dueOn: dayMonthsAfter(today, 3),
      doneOn: today,
      relapsed: false,
      note: '已稳定就业',
    });
    expect(first.followUps[1]).toMatchObject({ doneOn: null });

    const second = (
      await as(caseworker)
        .post(`/api/files/${file.id}/follow-ups`, { visitedOn: today, relapsed: true, note: '再次失业' })
        .expect(200)
    ).body as FollowUpResult;
    expect(second.reopenedFileId).toBeTruthy();
    expect(second.followUps).toHaveLength(2);
    expect(second.followUps[1]).toMatchObject({ relapsed: true, reopenedFileId: second.reopenedFileId });
    const reopened = (await as(caseworker).get(`/api/files/${second.reopenedFileId}`).expect(200))
      .body as FileView;
    expect(reopened).toMatchObject({
      status: 'draft',
      workerId: file.workerId,
      reopenedFromId: file.id,
      tier: 'deep',
      mainCause: file.mainCause,
    });
    expect(reopened.members.map((member) => member.name)).toEqual(['周志强', '周小红']);
    expect(reopened.fileNo).not.toBe(file.fileNo);
    await refused(
      as(caseworker).post(`/api/files/${file.id}/follow-ups`, { visitedOn: today, relapsed: false }),
      'file.no_follow_up',
    );
    const history = (await as(caseworker).get(`/api/files/${file.id}/history`).expect(200))
      .body as FileHistoryEntry[];
    expect(history.slice(-2).map((entry) => entry.action)).toEqual(['follow_up', 'follow_up']);
  });

  it('refuses a relapse while the worker has another open file, writing nothing', async () => {
    const file = await activeFile();
    await as(caseworker).post(`/api/files/${file.id}/exit`, { reason: 'other' }).expect(200);
    const other = await create({ workerId: file.workerId, members: [self(10_000)] });
    const answer = await refused(
      as(caseworker).post(`/api/files/${file.id}/follow-ups`, { visitedOn: todayInCenter(), relapsed: true }),
      'file.exists',
    );
    expect(answer['id']).toBe(other.id);
    const after = (await as(caseworker).get(`/api/files/${file.id}`).expect(200)).body as FileView;
    expect(after.followUps.every((visit) => visit.doneOn === null)).toBe(true);
  });

  it('lists follow-ups due within 14 days or past, in scope, earliest first', async () => {
    const file = await activeFile();
    await as(caseworker).post(`/api/files/${file.id}/exit`, { reason: 'retired' }).expect(200);
    const due = async (token: string, query: Record<string, string> = {}) =>
      (
        (
          await as(token)
            .get('/api/follow-ups', { due: 'true', limit: '100', ...query })
            .expect(200)
        ).body as Page<DueFollowUp>
      ).items;
    expect((await due(reviewer)).map((item) => item.fileId)).not.toContain(file.id);
    const today = todayInCenter();
    await sql(`UPDATE file_follow_up SET due_on = due_on - 100 WHERE file_id = $1`, [file.id]);
    const listed = (await due(reviewer)).filter((item) => item.fileId === file.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      fileNo: file.fileNo,
      workerName: '周志强',
      exitReason: 'retired',
      closedOn: today,
      tier: 'deep',
    });
    const all = await due(reviewer);
    expect(all.map((item) => item.dueOn)).toEqual([...all.map((item) => item.dueOn)].sort());
    expect(await due(reviewerB)).toEqual([]);
    await refused(as(reviewerB).get('/api/follow-ups', { unitId: grassrootsA1.id }), 'unit.not_found');
    await invalidField(
      as(reviewer).get('/api/follow-ups', {
        cursor: Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'),
      }),
      'cursor',
      'cursor',
    );
  });
});
