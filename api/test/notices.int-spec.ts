import ExcelJS from 'exceljs';
import request from 'supertest';
import yauzl from 'yauzl';
import {
  maskIdentityNumber,
  maskName,
  NOTICE_SUBJECTS,
  type AuditEntryView,
  type CampaignLineView,
  type CampaignView,
  type NoticeItem,
  type Page,
  type UnitView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import {
  activeFile,
  approvedCase,
  dayFromToday,
  demoPolicy,
  putPolicy,
  registerWorker,
  setCampaignNotice,
  setStandard,
} from './support/approval-states';
import {
  activeFile as filedWorker,
  approvedCampaign,
  as,
  buildRoster,
  campaignWorld,
  draftCampaign,
  type CampaignWorld,
} from './support/campaign-world';
import { refused } from './support/refused';
import { binary } from './support/sheets';
import { TestApp } from './support/test-app';

/** Every cell of the roster's first sheet as text, row by row. */
async function rosterRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  return rows;
}

/** The inflated text of every entry of an xlsx (a zip): what a reader of the file could see. */
function unzippedText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const parts: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            parts.push(Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(parts.join('\n')));
      zip.readEntry();
    }),
  );
}

/**
 * center → industry A (stations A1, A2) and its sibling B. In A1: 李四 (a case in notice until in
 * three days), 张三国 (a case whose notice ends today), 王五 (a case whose notice ended
 * yesterday), 孙七 (approved without notice), 赵小六 (an active file in notice) and 钱八 (an active
 * file whose notice ended). In A2: 欧阳明华 (a case in notice).
 */
describe('public notice (公示)', () => {
  let app: TestApp;
  let admin: string;
  let unitA: UnitView;
  let unitA1: UnitView;
  let unitA2: UnitView;
  let grassrootsA1: string;
  let siblingReviewer: string;
  const fullNumbers: string[] = [];
  const ids: Record<string, string> = {};

  const get = (token: string, path: string, query: Record<string, string> = {}) =>
    request(app.http).get(path).query(query).auth(token, { type: 'bearer' });
  const notices = async (token: string, query: Record<string, string> = {}) =>
    (await get(token, '/api/notices', query).expect(200)).body as NoticeItem[];
  const roster = async (token: string, query: Record<string, string>) => {
    const response = await get(token, '/api/notices/roster', query).buffer(true).parse(binary).expect(200);
    return { response, bytes: response.body as Buffer };
  };

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    unitA = await app.createUnit(admin, center.id, 'industry');
    const unitB = await app.createUnit(admin, center.id, 'industry');
    unitA1 = await app.createUnit(admin, unitA.id, 'grassroots');
    unitA2 = await app.createUnit(admin, unitA.id, 'grassroots');
    await setStandard(app, admin, unitA.id);
    const reviewer = (await app.tokenFor(admin, center.id, 'reviewer')).token;
    grassrootsA1 = (await app.tokenFor(admin, unitA1.id, 'caseworker')).token;
    siblingReviewer = (await app.tokenFor(admin, unitB.id, 'reviewer')).token;

    const worker = async (unitId: string, name: string) => {
      const registered = await registerWorker(app, admin, unitId, name);
      fullNumbers.push(registered.fullIdNumber);
      return registered;
    };
    const inNotice = (ends: number) => ({
      noticeStartsOn: dayFromToday(ends - 5),
      noticeEndsOn: dayFromToday(ends),
    });
    const caseOf = async (
      key: string,
      unitId: string,
      name: string,
      notice: { noticeStartsOn: string | null; noticeEndsOn: string | null },
    ) => {
      const registered = await worker(unitId, name);
      ids[key] = (
        await approvedCase(app, admin, reviewer, registered.id, notice, 300_000 + fullNumbers.length)
      ).id;
    };
    await caseOf('李四', unitA1.id, '李四', inNotice(3));
    await caseOf('张三国', unitA1.id, '张三国', inNotice(0));
    await caseOf('王五', unitA1.id, '王五', inNotice(-1));
    await caseOf('孙七', unitA1.id, '孙七', { noticeStartsOn: null, noticeEndsOn: null });
    await caseOf('欧阳明华', unitA2.id, '欧阳明华', inNotice(1));
    const fileOf = async (key: string, name: string, ends: number) => {
      const registered = await worker(unitA1.id, name);
      ids[key] = (await activeFile(app, admin, reviewer, registered.id, inNotice(ends))).id;
    };
    await fileOf('赵小六', '赵小六', 4);
    await fileOf('钱八', '钱八', -2);
  }, 120_000);
  afterAll(() => app.stop());

  it('lists the cases and files in notice, masked, and leaves out those out of notice', async () => {
    const items = await notices(admin);
    expect(items.map((item) => item.entityId).sort()).toEqual(
      [ids['李四'], ids['张三国'], ids['欧阳明华'], ids['赵小六']].sort(),
    );
    const byId = new Map(items.map((item) => [item.entityId, item]));
    expect(byId.get(ids['李四'])).toEqual(
      expect.objectContaining({
        entityType: 'case',
        lineId: null,
        linked: true,
        name: '李*',
        aid: 'medical',
        unitId: unitA1.id,
      }),
    );
    expect(byId.get(ids['张三国'])?.name).toBe('张*国');
    expect(byId.get(ids['张三国'])?.noticeEndsOn).toBe(dayFromToday(0));
    expect(byId.get(ids['欧阳明华'])).toEqual(
      expect.objectContaining({
        name: '欧**华',
        unitId: unitA2.id,
        unitName: unitA2.name,
        noticeEndsOn: dayFromToday(1),
      }),
    );
    expect(byId.get(ids['赵小六'])).toEqual(
      expect.objectContaining({
        entityType: 'file',
        lineId: null,
        linked: true,
        name: '赵*六',
        aid: 'file',
        amount: null,
        noticeStartsOn: dayFromToday(-1),
        noticeEndsOn: dayFromToday(4),
      }),
    );
    expect(typeof byId.get(ids['李四'])?.amount).toBe('number');
    for (const item of items) {
      expect(item.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(item.reference).toMatch(/^[A-Z]+-\d{4}-\d{6}$/);
    }
  });

  it('masks identity numbers by the shared rule and never sends a full one', async () => {
    const response = await get(admin, '/api/notices').expect(200);
    const items = response.body as NoticeItem[];
    for (const full of fullNumbers) expect(response.text).not.toContain(full);
    const masked = new Set(fullNumbers.map(maskIdentityNumber));
    for (const item of items) expect(masked.has(item.idNumber)).toBe(true);
  });

  it('sorts by unit, then by the last day of notice', async () => {
    const items = await notices(admin);
    const units = items.map((item) => item.unitId).filter((unit, i, all) => i === 0 || all[i - 1] !== unit);
    expect(new Set(units).size).toBe(units.length);
    for (let i = 1; i < items.length; i++) {
      if (items[i].unitId === items[i - 1].unitId)
        expect(items[i].noticeEndsOn >= items[i - 1].noticeEndsOn).toBe(true);
    }
    const inA1 = items.filter((item) => item.unitId === unitA1.id).map((item) => item.entityId);
    expect(inA1).toEqual([ids['张三国'], ids['李四'], ids['赵小六']]);
  });

  it('keeps to the scope: a unit and its subtree, the caller’s own unit, 404 outside', async () => {
    expect((await notices(admin, { unitId: unitA2.id })).map((item) => item.entityId)).toEqual([
      ids['欧阳明华'],
    ]);
    expect((await notices(admin, { unitId: unitA.id })).length).toBe(4);
    const own = await notices(grassrootsA1);
    expect(own.map((item) => item.unitId)).toEqual([unitA1.id, unitA1.id, unitA1.id]);
    await refused(get(grassrootsA1, '/api/notices', { unitId: unitA2.id }), 'unit.not_found');
    await refused(get(siblingReviewer, '/api/notices', { unitId: unitA.id }), 'unit.not_found');
    await refused(get(siblingReviewer, '/api/notices/roster', { unitId: unitA1.id }), 'unit.not_found');
    expect(await notices(siblingReviewer)).toEqual([]);
  });

  it('writes the roster to post: title, period, masked lines, where to object', async () => {
    const { response, bytes } = await roster(admin, { unitId: unitA1.id, format: 'xlsx' });
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="public-notice-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const rows = await rosterRows(bytes);
    expect(rows[0][0]).toBe(`${unitA1.name} 帮扶公示`);
    expect(rows[1][0]).toBe(`公示期：${dayFromToday(-5)} 至 ${dayFromToday(4)}`);
    const header = rows.findIndex((row) => row[0] === '序号');
    expect(rows[header]).toEqual(['序号', '姓名', '身份证号码', '帮扶类型', '金额(元)', '公示期至', '编号']);
    const lines = rows.slice(header + 1, header + 4);
    expect(lines.map((row) => row.slice(0, 2))).toEqual([
      ['1', '张*国'],
      ['2', '李*'],
      ['3', '赵*六'],
    ]);
    expect(lines[0][3]).toBe('医疗救助');
    expect(lines[0][4]).toMatch(/^3,000\.\d{2}$/);
    expect(lines[2][3]).toBe('困难职工建档');
    expect(lines[2][4]).toBe('');
    expect(lines[1][5]).toBe(dayFromToday(3));
    for (const row of lines) expect(row[2]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(rows[rows.length - 1][0]).toBe(`如有异议，请于公示期内向${unitA1.name}反映。`);
  });

  it('has no full identity number anywhere in the roster’s bytes', async () => {
    const { bytes } = await roster(admin, { unitId: unitA.id });
    const text = `${bytes.toString('latin1')}\n${await unzippedText(bytes)}`;
    expect(text).toContain('********');
    for (const full of fullNumbers) {
      expect(text).not.toContain(full);
      expect(text).not.toContain(full.slice(6, 14));
    }
  });

  it('names the policy’s place to object, and speaks English when asked', async () => {
    await putPolicy(app, admin, demoPolicy({ objectionContact: '市总工会帮扶中心，电话 0550-3012345' }));
    const zh = await rosterRows((await roster(admin, { unitId: unitA1.id })).bytes);
    expect(zh[zh.length - 1][0]).toBe('如有异议，请于公示期内反映：市总工会帮扶中心，电话 0550-3012345');
    const en = await rosterRows((await roster(admin, { unitId: unitA2.id, lang: 'en' })).bytes);
    expect(en[0][0]).toBe(`Public notice — ${unitA2.name}`);
    expect(en.find((row) => row[0] === 'No.')).toEqual([
      'No.',
      'Name',
      'Identity number',
      'Aid',
      'Amount (yuan)',
      'Notice until',
      'Reference',
    ]);
  });

  it('writes each roster download to the audit trail', async () => {
    await roster(grassrootsA1, {});
    const audit = (await get(admin, '/api/audit', { entityType: 'unit', entityId: unitA1.id }).expect(200))
      .body as Page<AuditEntryView>;
    const downloads = audit.items.filter((entry) => entry.action === 'notice.roster');
    expect(downloads.length).toBe(3);
    expect(downloads[0]).toEqual(
      expect.objectContaining({
        entityType: 'unit',
        entityId: unitA1.id,
        detail: { lines: 3, format: 'xlsx', lang: 'zh-CN' },
      }),
    );
  });
});

/**
 * Campaign lines (API.md "Campaigns and batches"): the industry union's festival campaigns over
 * 张建国 (deep) and 王德福 (sudden) at its workstation and 李秀英 (relative) at the union itself,
 * with five days of notice. Only approved campaigns whose notice has not ended post their lines,
 * each line in its own unit's scope.
 */
describe('public notice of campaign lines', () => {
  let app: TestApp;
  let world: CampaignWorld;
  /** 王德福's line is excluded. */
  let inNotice: CampaignView;
  let endsToday: CampaignView;
  const silent: Record<'draft' | 'submitted' | 'closed' | 'ended' | 'noNotice', string> = {
    draft: '',
    submitted: '',
    closed: '',
    ended: '',
    noNotice: '',
  };
  const workers: Record<'deep' | 'relative' | 'sudden', WorkerView> = {} as never;

  const notices = async (token: string, query: Record<string, string> = {}) =>
    ((await as(app, token).get('/api/notices', query).expect(200)).body as NoticeItem[]).filter(
      (item) => item.entityType === 'campaign',
    );
  const linesOf = async (campaignId: string) =>
    (
      (await as(app, world.manager).get(`/api/campaigns/${campaignId}/lines`).expect(200))
        .body as Page<CampaignLineView>
    ).items;
  const lineOf = async (campaignId: string, worker: WorkerView) => {
    const line = (await linesOf(campaignId)).find((l) => l.workerId === worker.id);
    if (!line) throw new Error(`${worker.name} is not on the roster`);
    return line;
  };

  beforeAll(async () => {
    app = await TestApp.start();
    world = await campaignWorld(app);
    workers.deep = (await filedWorker(world, world.grassroots.id, 'deep', { name: '张建国' })).worker;
    workers.relative = (await filedWorker(world, world.industry.id, 'relative', { name: '李秀英' })).worker;
    workers.sudden = (await filedWorker(world, world.grassroots.id, 'sudden', { name: '王德福' })).worker;
    await putPolicy(app, world.admin, demoPolicy());

    const draft = await draftCampaign(world, { name: '在公示的送温暖' });
    await buildRoster(world, draft.id);
    const excluded = await lineOf(draft.id, workers.sudden);
    await as(app, world.manager)
      .patch(`/api/campaigns/${draft.id}/lines/${excluded.id}`, { excluded: true, reason: '已调离' })
      .expect(200);
    await as(app, world.manager).post(`/api/campaigns/${draft.id}/submit`).expect(200);
    inNotice = (await as(app, world.manager2).post(`/api/campaigns/${draft.id}/approve`).expect(200))
      .body as CampaignView;

    endsToday = await approvedCampaign(world, { name: '今天公示期满的送温暖' });
    await setCampaignNotice(app, endsToday.id, {
      noticeStartsOn: dayFromToday(-5),
      noticeEndsOn: dayFromToday(0),
    });
    silent.ended = (await approvedCampaign(world, { name: '公示期已过的送温暖' })).id;
    await setCampaignNotice(app, silent.ended, {
      noticeStartsOn: dayFromToday(-6),
      noticeEndsOn: dayFromToday(-1),
    });
    // Closed at once: its notice still runs, but only an approved campaign is posted.
    silent.closed = (await approvedCampaign(world, { name: '已结束的送温暖' })).id;
    await as(app, world.manager).post(`/api/campaigns/${silent.closed}/close`).expect(200);
    silent.draft = (await draftCampaign(world, { name: '草稿送温暖' })).id;
    await buildRoster(world, silent.draft);
    silent.submitted = (await draftCampaign(world, { name: '已提交的送温暖' })).id;
    await buildRoster(world, silent.submitted);
    await as(app, world.manager).post(`/api/campaigns/${silent.submitted}/submit`).expect(200);

    await putPolicy(
      app,
      world.admin,
      demoPolicy({
        noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: type === 'campaign' ? 0 : 5 })),
      }),
    );
    const noNotice = await approvedCampaign(world, { name: '不公示的送温暖' });
    expect(noNotice.noticeEndsOn).toBeNull();
    silent.noNotice = noNotice.id;
  }, 120_000);
  afterAll(() => app.stop());

  it('posts the lines of an approved campaign in notice: masked, with the amount and the line', async () => {
    const items = await notices(world.admin, { unitId: world.industry.id });
    const posted = items.filter((item) => item.entityId === inNotice.id);
    expect(posted).toHaveLength(2);
    for (const worker of [workers.deep, workers.relative]) {
      const line = await lineOf(inNotice.id, worker);
      expect(posted.find((item) => item.lineId === line.id)).toEqual({
        entityType: 'campaign',
        entityId: inNotice.id,
        lineId: line.id,
        linked: true,
        reference: `在公示的送温暖 #${line.lineNo}`,
        name: maskName(worker.name),
        idNumber: worker.idNumber,
        aid: 'campaign',
        amount: line.amount,
        unitId: worker.unitId,
        unitName: worker.unitId === world.grassroots.id ? world.grassroots.name : world.industry.name,
        noticeStartsOn: inNotice.noticeStartsOn,
        noticeEndsOn: inNotice.noticeEndsOn,
      });
    }
    expect(posted.map((item) => item.name).sort()).toEqual(['张*国', '李*英'].sort());
    expect(posted.find((item) => item.name === '张*国')?.amount).toBe(150_000);
    expect(inNotice.noticeEndsOn).toBe(dayFromToday(5));
  });

  it('leaves out excluded lines', async () => {
    const excluded = await lineOf(inNotice.id, workers.sudden);
    expect(excluded.status).toBe('excluded');
    const items = await notices(world.admin, { unitId: world.industry.id });
    expect(items.some((item) => item.lineId === excluded.id)).toBe(false);
  });

  it('posts nothing of a draft, submitted or closed campaign, one whose notice ended, or one without notice', async () => {
    const items = await notices(world.admin);
    expect(new Set(items.map((item) => item.entityId))).toEqual(new Set([inNotice.id, endsToday.id]));
    for (const id of Object.values(silent)) expect(items.some((item) => item.entityId === id)).toBe(false);
    expect(items.filter((item) => item.entityId === endsToday.id)).toHaveLength(3);
  });

  it('orders lines by unit, then last day, then campaign and line number', async () => {
    const items = await notices(world.admin, { unitId: world.grassroots.id });
    const lineNos = async (campaign: CampaignView) =>
      (await linesOf(campaign.id))
        .filter((line) => line.unitId === world.grassroots.id && line.status !== 'excluded')
        .map((line) => `${campaign.name} #${line.lineNo}`)
        .sort((a, b) => Number(a.split('#')[1]) - Number(b.split('#')[1]));
    expect(items.map((item) => item.reference)).toEqual([
      ...(await lineNos(endsToday)),
      ...(await lineNos(inNotice)),
    ]);
  });

  it('keeps to the scope of each line’s unit, not the campaign’s', async () => {
    const grassrootsUser = (await app.tokenFor(world.admin, world.grassroots.id, 'caseworker')).token;
    const own = await notices(grassrootsUser);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((item) => item.unitId))).toEqual(new Set([world.grassroots.id]));
    expect(own.some((item) => item.name === '李*英')).toBe(false);
    // The industry union's campaign is posted at the station, but is not the station's to open;
    // the union's own users open it, whatever unit their list is filtered by.
    expect(own.every((item) => !item.linked)).toBe(true);
    const filtered = await notices(world.admin, { unitId: world.grassroots.id });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((item) => item.linked)).toBe(true);
    expect(await notices(world.siblingManager)).toEqual([]);
    expect(await notices(world.admin, { unitId: world.sibling.id })).toEqual([]);
    await refused(
      as(app, world.siblingManager).get('/api/notices', { unitId: world.industry.id }),
      'unit.not_found',
    );
  });

  it('prints campaign lines on the roster, with the aid and the amount in yuan', async () => {
    const response = await as(app, world.admin)
      .get('/api/notices/roster', { unitId: world.grassroots.id })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const rows = await rosterRows(response.body as Buffer);
    const line = await lineOf(inNotice.id, workers.deep);
    const row = rows.find((cells) => cells[6] === `在公示的送温暖 #${line.lineNo}`);
    expect(row?.slice(1)).toEqual([
      '张*国',
      workers.deep.idNumber,
      '专项帮扶活动',
      '1,500.00',
      dayFromToday(5),
      `在公示的送温暖 #${line.lineNo}`,
    ]);
    const en = await as(app, world.admin)
      .get('/api/notices/roster', { unitId: world.grassroots.id, lang: 'en' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((await rosterRows(en.body as Buffer)).some((cells) => cells[3] === 'Campaign')).toBe(true);
  });
});
