import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ImportSummary, Page, UnitView, WorkerView } from '@worker-aid/shared/domain';
import { FieldKeyring, generateEncryptionKeys, installFieldKeyring } from '@worker-aid/api/core';
import { xlsxFixture, zipFixture } from '@worker-aid/api/core/testing';
import { rotateEncryptionKeys } from '../src/maintenance/rotate-keys';
import { refused } from './support/refused';
import {
  binary,
  isDone,
  isValidated,
  sheetRows,
  type SheetRowValues,
  uniqueIdNumber,
  uploadSheet,
  validRow,
  waitForImport,
  workerCsv,
  workerXlsx,
} from './support/sheets';
import { TestApp } from './support/test-app';

/**
 * center → industry A (grassroots A1, A2) and its sibling B (grassroots B1). A caseworker of A
 * imports into A's subtree; B's caseworker sees none of it; a manager may not import.
 */
describe('worker imports', () => {
  let app: TestApp;
  let admin: string;
  let industryA: UnitView;
  let a1: UnitView;
  let a2: UnitView;
  let b1: UnitView;
  let caseworker: string;
  let siblingCaseworker: string;
  let managerA: string;

  beforeAll(async () => {
    app = await TestApp.start((config) => {
      config.jobs.pollingSeconds = 0.5;
    });
    admin = await app.adminToken();
    const center = await app.rootUnit(admin);
    industryA = await app.createUnit(admin, center.id, 'industry');
    a1 = await app.createUnit(admin, industryA.id, 'grassroots');
    a2 = await app.createUnit(admin, industryA.id, 'grassroots');
    const industryB = await app.createUnit(admin, center.id, 'industry');
    b1 = await app.createUnit(admin, industryB.id, 'grassroots');
    caseworker = (await app.tokenFor(admin, industryA.id, 'caseworker')).token;
    siblingCaseworker = (await app.tokenFor(admin, industryB.id, 'caseworker')).token;
    managerA = (await app.tokenFor(admin, industryA.id, 'manager')).token;
  }, 60_000);
  afterAll(() => app.stop());

  const get = (path: string, token = caseworker) =>
    request(app.http).get(path).auth(token, { type: 'bearer' });
  const post = (path: string, token = caseworker) =>
    request(app.http).post(path).auth(token, { type: 'bearer' });

  async function imported(rows: readonly SheetRowValues[], bytes?: Buffer): Promise<ImportSummary> {
    const upload = await uploadSheet(app.http, caseworker, bytes ?? (await workerXlsx(rows))).expect(202);
    return upload.body as ImportSummary;
  }

  async function lookup(idNumber: string): Promise<WorkerView | null> {
    const response = await post('/api/workers/lookup').send({ idNumber });
    return response.status === 200 ? (response.body as WorkerView) : null;
  }

  describe('the template', () => {
    it('has the headings in the language asked, an example row and the scope’s unit codes', async () => {
      const zh = await get('/api/imports/workers/template?lang=zh-CN').buffer(true).parse(binary).expect(200);
      expect(zh.headers['content-type']).toContain('spreadsheetml');
      expect(zh.headers['content-disposition']).toContain('attachment');
      const rows = await sheetRows(zh.body as Buffer);
      expect(rows[0]).toEqual([
        '姓名',
        '身份证号',
        '单位代码',
        '性别',
        '手机号码',
        '工作单位',
        '家庭住址',
        '是否农民工',
        '银行账号',
      ]);
      expect(rows[1][1]).toBe('11010519491231002X');

      const en = await get('/api/imports/workers/template?lang=en').buffer(true).parse(binary).expect(200);
      expect((await sheetRows(en.body as Buffer))[0]).toEqual([
        'name',
        'idNumber',
        'unitCode',
        'gender',
        'phone',
        'employer',
        'address',
        'migrantWorker',
        'bankAccount',
      ]);
      const ExcelJS = (await import('exceljs')).default;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(en.body as ArrayBuffer);
      const codes: string[] = [];
      workbook.worksheets[1].eachRow((row, index) => {
        if (index > 1) codes.push(String(row.getCell(1).value));
      });
      expect(codes.sort()).toEqual([industryA.code, a1.code, a2.code].sort());
    });

    it('is for those who register workers', async () => {
      await refused(get('/api/imports/workers/template', managerA), 'auth.forbidden');
      await refused(get('/api/imports/workers/template?lang=fr'), 'validation');
    });
  });

  describe('a sheet of good rows', () => {
    it('is checked in the background, then registered once, in the units its codes name', async () => {
      const rows = [
        validRow(a1.code, '张伟'),
        validRow(a2.code, '李娜'),
        { ...validRow(a1.code, '刘洋'), migrantWorker: '是' },
      ];
      const upload = await imported(rows);
      expect(upload).toMatchObject({ status: 'queued', total: 3, kind: 'workers', fileName: 'workers.xlsx' });

      const checked = await waitForImport(app.http, caseworker, upload.id, isValidated);
      expect(checked).toMatchObject({
        status: 'validated',
        total: 3,
        valid: 3,
        invalid: 0,
        duplicates: 0,
        problems: [],
      });
      expect(await lookup(rows[0].idNumber as string)).toBeNull(); // the check registers nobody

      const commit = await post(`/api/imports/${upload.id}/commit`).expect(202);
      expect(['importing', 'done']).toContain((commit.body as ImportSummary).status);
      const done = await waitForImport(app.http, caseworker, upload.id, isDone);
      expect(done).toMatchObject({ status: 'done', imported: 3 });

      const liu = await lookup(rows[2].idNumber as string);
      expect(liu).toMatchObject({ name: '刘洋', unitId: a1.id, migrantWorker: true, gender: 'female' });
      expect((await lookup(rows[1].idNumber as string))?.unitId).toBe(a2.id);

      // Once however often it is called.
      await post(`/api/imports/${upload.id}/commit`).expect(202);
      expect((await waitForImport(app.http, caseworker, upload.id, isDone)).imported).toBe(3);

      // The same sheet again: every row a duplicate of a registered worker now.
      const again = await imported(rows);
      const rechecked = await waitForImport(app.http, caseworker, again.id, isValidated);
      expect(rechecked).toMatchObject({ valid: 0, duplicates: 3, invalid: 0 });
      expect(rechecked.problems.map((p) => p.code)).toEqual([
        'already_registered',
        'already_registered',
        'already_registered',
      ]);
    });

    it('reads csv with either language’s headings, and English words', async () => {
      const row = { ...validRow(a1.code, 'Chen Jie'), gender: 'female', migrantWorker: 'yes' };
      const upload = await imported([row], workerCsv([row], 'en'));
      const checked = await waitForImport(app.http, caseworker, upload.id, isValidated);
      expect(checked).toMatchObject({ valid: 1, invalid: 0 });
    });
  });

  describe('a sheet with problems', () => {
    it('says row by row what is wrong, counts an invalid row as invalid only, and registers only the valid', async () => {
      const registeredId = uniqueIdNumber();
      await post('/api/workers').send({ name: '已登记', idNumber: registeredId, unitId: a1.id }).expect(201);
      const twice = uniqueIdNumber('female');
      const good = validRow(a1.code, '好行');
      const rows: SheetRowValues[] = [
        good, // row 2
        { ...validRow(a1.code), idNumber: '110105194912310021' }, // 3: check character
        { ...validRow(a1.code), unitCode: b1.code }, // 4: a sibling's unit
        { ...validRow(a1.code), unitCode: 'NO-SUCH' }, // 5
        { ...validRow(a1.code), phone: '电话' }, // 6
        { ...validRow(a1.code), bankAccount: '12ab' }, // 7
        { ...validRow(a1.code), gender: '男' }, // 8: the number says female
        { ...validRow(a1.code), name: null }, // 9
        { ...validRow(a1.code), migrantWorker: '也许' }, // 10
        { ...validRow(a1.code), idNumber: 110105194912310000 }, // 11: a number that lost digits
        { ...validRow(a1.code), idNumber: twice }, // 12
        { ...validRow(a1.code), idNumber: twice }, // 13: earlier in the sheet
        { ...validRow(a1.code), idNumber: registeredId, gender: null }, // 14: registered already
        { ...validRow(a1.code), idNumber: twice, phone: 'bad' }, // 15: invalid, so invalid only
        {}, // 16: empty, skipped
      ];
      const upload = await imported(rows);
      expect(upload.total).toBe(14);
      const checked = await waitForImport(app.http, caseworker, upload.id, isValidated);
      const codes = checked.problems.map((p) => [p.row, p.field, p.code]);
      expect(codes).toEqual([
        [3, 'idNumber', 'id_number.check_character'],
        [4, 'unitCode', 'unit_code'],
        [5, 'unitCode', 'unit_code'],
        [6, 'phone', 'format'],
        [7, 'bankAccount', 'bank_account'],
        [8, 'gender', 'id_number.gender_mismatch'],
        [9, 'name', 'required'],
        [10, 'migrantWorker', 'yes_no'],
        [11, 'idNumber', 'number_cell'],
        [13, 'idNumber', 'duplicate_in_sheet'],
        [14, 'idNumber', 'already_registered'],
        [15, 'phone', 'format'],
      ]);
      expect(checked).toMatchObject({ total: 14, valid: 2, invalid: 10, duplicates: 2 });

      const report = await get(`/api/imports/${upload.id}/report?lang=en`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const lines = await sheetRows(report.body as Buffer);
      const results = lines.slice(1).map((line) => [line[0], line[10]]);
      expect(results).toEqual([
        ['2', 'valid'],
        ...[3, 4, 5, 6, 7, 8, 9, 10, 11].map((row) => [String(row), 'invalid']),
        ['12', 'valid'],
        ['13', 'duplicate'],
        ['14', 'duplicate'],
        ['15', 'invalid'],
      ]);

      await post(`/api/imports/${upload.id}/commit`).expect(202);
      expect(await waitForImport(app.http, caseworker, upload.id, isDone)).toMatchObject({
        status: 'done',
        imported: 2,
      });
      expect(await lookup(good.idNumber as string)).toMatchObject({ name: '好行' });
      expect(await lookup(twice)).toMatchObject({ unitId: a1.id });
    });

    it('reads cells as data, never formulas, and neutralises them in the report', async () => {
      const row = {
        ...validRow(a1.code),
        name: { formula: 'HYPERLINK("http://x","点我")' },
        employer: '=1+2',
      };
      const upload = await imported([row]);
      const checked = await waitForImport(app.http, caseworker, upload.id, isValidated);
      expect(checked.valid).toBe(1);
      const report = await get(`/api/imports/${upload.id}/report`).buffer(true).parse(binary).expect(200);
      const [, line] = await sheetRows(report.body as Buffer);
      expect(line[1]).toBe(`'=HYPERLINK("http://x","点我")`);
      expect(line[6]).toBe(`'=1+2`);
    });
  });

  describe('what is not a sheet to import', () => {
    const upload = (bytes: Buffer, name = 'x.xlsx') => uploadSheet(app.http, caseworker, bytes, name);

    it('refuses at once, with a code, and stores nothing', async () => {
      const before = ((await get('/api/imports?limit=100').expect(200)).body as Page<ImportSummary>).items
        .length;
      const missing = await refused(upload(Buffer.from('姓名,单位代码\n张三,A1\n')), 'import.headings');
      expect(missing['missing']).toEqual(['idNumber']);
      await refused(upload(await workerXlsx([])), 'import.empty');
      await refused(upload(Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1')), 'import.file_type');
      await refused(
        upload(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)])),
        'import.corrupt',
      );
      await refused(upload(Buffer.alloc(10 * 1024 * 1024 + 10, 0x41)), 'import.too_large');
      await refused(post('/api/imports/workers').send({ file: 'x' }), 'import.multipart');
      // A zip bomb: 64 MB of zeros packed into about 64 KB.
      const bomb = zipFixture([
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024) },
      ]);
      await refused(upload(bomb), 'import.unpacked_too_large');
      // A sheet of a million empty rows below its headings.
      const heading = (column: string, text: string) =>
        `<c r="${column}1" t="inlineStr"><is><t>${text}</t></is></c>`;
      let rows = `<row r="1">${heading('A', 'name')}${heading('B', 'idNumber')}${heading('C', 'unitCode')}</row>`;
      for (let r = 2; r <= 1_000_000; r++) rows += `<row r="${r}"/>`;
      await refused(upload(xlsxFixture({ sheets: [{ name: 'A', rows }] })), 'import.too_many_rows');
      // A password-protected workbook is an OLE file holding the encrypted package.
      const ole = Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.from('EncryptedPackage', 'utf16le'),
      ]);
      await refused(upload(ole), 'import.encrypted');
      const tooMany = Array.from({ length: 20_001 }, () => ({ name: 'x' }) as SheetRowValues);
      await refused(upload(workerCsv(tooMany, 'zh-CN'), 'big.csv'), 'import.too_many_rows');
      const after = ((await get('/api/imports?limit=100').expect(200)).body as Page<ImportSummary>).items
        .length;
      expect(after).toBe(before);
    });
  });

  describe('scope and state', () => {
    it('shows and commits an import in its scope only (404 elsewhere), and only once it is checked', async () => {
      const upload = await imported([validRow(a1.code)]);
      await refused(get(`/api/imports/${upload.id}`, siblingCaseworker), 'import.not_found');
      await refused(post(`/api/imports/${upload.id}/commit`, siblingCaseworker), 'import.not_found');
      await refused(get(`/api/imports/${upload.id}/report`, siblingCaseworker), 'import.not_found');
      await refused(get(`/api/imports/${upload.id}`, managerA), 'auth.forbidden');
      const siblings = (await get('/api/imports', siblingCaseworker).expect(200)).body as Page<ImportSummary>;
      expect(siblings.items.map((i) => i.id)).not.toContain(upload.id);
      const own = (await get('/api/imports').expect(200)).body as Page<ImportSummary>;
      expect(own.items[0]).toMatchObject({ id: upload.id, createdBy: { displayName: expect.any(String) } });

      await waitForImport(app.http, caseworker, upload.id, isValidated);
      const dataSource = app.server.app.get(DataSource);
      await dataSource.query(`UPDATE worker_import SET status = 'validating' WHERE id = $1`, [upload.id]);
      await refused(post(`/api/imports/${upload.id}/commit`), 'import.not_validated');
      await dataSource.query(`UPDATE worker_import SET status = 'validated' WHERE id = $1`, [upload.id]);
    });

    it('registers each row once when two commits arrive at once', async () => {
      const rows = Array.from({ length: 1200 }, (_, i) => validRow(i % 2 ? a1.code : a2.code, `并发${i}`));
      const upload = await imported(rows);
      await waitForImport(app.http, caseworker, upload.id, isValidated, 60_000);
      const answers = await Promise.all([
        post(`/api/imports/${upload.id}/commit`),
        post(`/api/imports/${upload.id}/commit`),
      ]);
      expect(answers.map((a) => a.status)).toEqual([202, 202]);
      const done = await waitForImport(app.http, caseworker, upload.id, isDone, 60_000);
      expect(done).toMatchObject({ status: 'done', imported: 1200 });
      const dataSource = app.server.app.get(DataSource);
      const [{ workers, distinct }] = await dataSource.query(
        `SELECT count(*)::int AS workers, count(DISTINCT worker_id)::int AS distinct FROM worker_import_row
         WHERE import_id = $1 AND result = 'imported'`,
        [upload.id],
      );
      expect({ workers, distinct }).toEqual({ workers: 1200, distinct: 1200 });
      const [{ audited }] = await dataSource.query(
        `SELECT count(*)::int AS audited FROM audit_entry WHERE action = 'worker.create' AND detail->>'importId' = $1`,
        [upload.id],
      );
      expect(audited).toBe(1200);
    }, 120_000);
  });
  // Last: the database is left under another key.
  describe('at rest', () => {
    it('keeps the sheet and its rows encrypted, and rotate-keys re-encrypts them', async () => {
      const row = validRow(a1.code, '轮换导入');
      const upload = await imported([row]);
      await waitForImport(app.http, caseworker, upload.id, isValidated);
      const dataSource = app.server.app.get(DataSource);
      const [stored] = await dataSource.query(
        `SELECT r.cells_encrypted, i.file_name_encrypted FROM worker_import_row r
         JOIN worker_import i ON i.id = r.import_id WHERE r.import_id = $1`,
        [upload.id],
      );
      expect(JSON.stringify(stored)).not.toContain(row.idNumber as string);
      expect(JSON.stringify(stored)).not.toContain('轮换导入');
      expect(JSON.stringify(stored)).not.toContain('workers.xlsx');

      const old = app.config.encryption;
      if (!old) throw new Error('test servers always have keys');
      const next = generateEncryptionKeys('imports-2');
      const both = new FieldKeyring({
        dataKeys: [...next.dataKeys, ...old.dataKeys],
        indexKey: next.indexKey,
      });
      installFieldKeyring(both);
      try {
        const first = await rotateEncryptionKeys(dataSource.manager, both);
        expect(first.imports).toBeGreaterThanOrEqual(1);
        expect(first.importRows).toBeGreaterThanOrEqual(1);
        expect(await rotateEncryptionKeys(dataSource.manager, both)).toMatchObject({
          imports: 0,
          importRows: 0,
        });
        installFieldKeyring(new FieldKeyring(next));
        const report = await get(`/api/imports/${upload.id}/report?lang=en`)
          .buffer(true)
          .parse(binary)
          .expect(200);
        expect((await sheetRows(report.body as Buffer))[1][1]).toBe('轮换导入');
        await post(`/api/imports/${upload.id}/commit`).expect(202);
        expect(await waitForImport(app.http, caseworker, upload.id, isDone)).toMatchObject({ imported: 1 });
        expect(await lookup(row.idNumber as string)).toMatchObject({ name: '轮换导入' });
      } finally {
        installFieldKeyring(new FieldKeyring(old));
      }
    });
  });
});
