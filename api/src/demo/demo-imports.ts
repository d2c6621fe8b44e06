import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  checkCharacterOf,
  IMPORT_GENDERS,
  IMPORT_YES_NO,
  WORKER_IMPORT_COLUMNS,
  WORKER_IMPORT_HEADINGS,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';
import type { FormPart } from '@worker-aid/api/core';
import { AuthService } from '@worker-aid/api/auth';
import { ImportsService } from '@worker-aid/api/imports';
import { User } from '@worker-aid/api/users';
import { DEMO_INDUSTRY_UNIONS } from './demo-organisation';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from './history/history-vocabulary';
import { seededRandom } from './history/seeded-random';

const ROWS = 36;

/**
 * The education union's roster of this year's hardship workers, as its reviewer keeps it in a
 * spreadsheet, uploaded once: most rows good, a few with the mistakes real sheets have (a
 * mistyped identity number, another union's unit code, a phone with letters, a worker listed
 * twice). It is checked in the background as the server starts and waits for someone to commit it.
 */
export async function seedDemoImports(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const [{ seeded }] = await dataSource.query<{ seeded: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM worker_import) AS seeded',
  );
  if (seeded) return;
  const reviewer = await dataSource.getRepository(User).findOneByOrFail({ username: 'reviewer' });
  const principal = await app.get(AuthService).principalOf(reviewer.id);
  const content = await demoRoster();
  const form: AsyncIterable<FormPart> = (async function* () {
    yield { type: 'file', name: 'file', fileName: '市教育工会2026年困难职工名册.xlsx', content: [content] };
  })() as AsyncIterable<FormPart>;
  await app.get(ImportsService).upload(principal, form);
}

async function demoRoster(): Promise<Buffer> {
  const random = seededRandom(2026_14);
  const union = DEMO_INDUSTRY_UNIONS.find((u) => u.code === 'CZ-EDU');
  const codes = union?.workstations.map((w) => w.code) ?? [];
  const rows: Record<WorkerImportColumn, string>[] = [];
  for (let i = 0; i < ROWS; i++) {
    const female = random.chance(0.55);
    const birth = `${random.int(1968, 1992)}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
    const first17 = `341182${birth}${String(random.int(0, 49) * 2 + (female ? 0 : 1)).padStart(3, '0')}`;
    rows.push({
      name:
        random.pick(SURNAMES) +
        random.pick(female ? FEMALE_GIVEN : MALE_GIVEN) +
        (random.chance(0.5) ? random.pick(female ? FEMALE_GIVEN : MALE_GIVEN) : ''),
      idNumber: first17 + checkCharacterOf(first17),
      unitCode: random.pick(codes),
      gender: IMPORT_GENDERS['zh-CN'][female ? 'female' : 'male'],
      phone: `1${random.pick(['38', '39', '58', '77', '86'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      employer: random.pick(['滁州中学', '滁州学院', '市实验小学', '琅琊区第二小学', '南谯区乌衣中学']),
      address: `滁州市${random.pick(['琅琊区', '南谯区'])}${random.pick(['丰乐大道', '醉翁路', '清流路', '紫薇路'])}${random.int(1, 300)}号`,
      migrantWorker: IMPORT_YES_NO['zh-CN'][random.chance(0.15) ? 'yes' : 'no'],
      bankAccount: random.chance(0.8)
        ? `6217${String(random.int(0, 999_999_999)).padStart(9, '0')}${String(random.int(0, 999_999)).padStart(6, '0')}`
        : '',
    });
  }
  // The mistakes.
  rows[4].idNumber = `${rows[4].idNumber.slice(0, 17)}${rows[4].idNumber[17] === '1' ? '2' : '1'}`;
  rows[11].unitCode = 'CZ-HEALTH-01';
  rows[17].phone = '138OO138000';
  rows[23] = { ...rows[9] };
  rows[30].unitCode = '';

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(WORKER_IMPORT_COLUMNS.map((column) => WORKER_IMPORT_HEADINGS['zh-CN'][column]));
  for (const row of rows) sheet.addRow(WORKER_IMPORT_COLUMNS.map((column) => row[column] || null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
