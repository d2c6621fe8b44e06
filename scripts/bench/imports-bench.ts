import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  checkCharacterOf,
  IMPORT_MAX_ROWS,
  type ImportSummary,
  type LoginResponse,
  type UnitView,
  WORKER_IMPORT_COLUMNS,
  WORKER_IMPORT_HEADINGS,
} from '@worker-aid/shared/domain';
import { dropDatabase, type EncryptionKeys, withDatabase } from '@worker-aid/api/core';
import { ApiProcess } from './api-process';
import { recreateDatabase, type BenchServer } from './bench-database';

const ADMIN_PASSWORD = 'bench-imports-admin-password';
const MB = 1024 * 1024;

export interface ImportsBenchResult {
  rows: number;
  fileBytes: number;
  uploadSeconds: number;
  validateSeconds: number;
  importSeconds: number;
  rssBefore: number;
  /** The peak while the upload was answered, while it was checked, while it was committed. */
  rssPeaks: { upload: number; validate: number; commit: number };
  rssAfter: number;
  imported: number;
}

/** 20,000 distinct valid rows over the given unit codes, as a union's sheet would be. */
async function sheetOf(rows: number, unitCodes: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('职工');
  sheet.addRow(WORKER_IMPORT_COLUMNS.map((column) => WORKER_IMPORT_HEADINGS['zh-CN'][column]));
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(1965, 0, 1) + (i % 9000) * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const first17 = `341102${day}${String((Math.floor(i / 9000) % 500) * 2 + 1).padStart(3, '0')}`;
    sheet.addRow([
      `职工${i}`,
      first17 + checkCharacterOf(first17),
      unitCodes[i % unitCodes.length],
      '男',
      `139${String(i).padStart(8, '0')}`,
      '滁州某机械厂',
      '滁州市琅琊区丰乐大道 1 号',
      i % 3 ? '否' : '是',
      `6222${String(i).padStart(15, '0')}`,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function until(
  api: ApiProcess,
  token: string,
  id: string,
  done: (i: ImportSummary) => boolean,
): Promise<ImportSummary> {
  for (;;) {
    const found = await api.json<ImportSummary>(`/api/imports/${id}`, token);
    if (found.status === 'failed') throw new Error(`the import failed: ${found.failure}`);
    if (done(found)) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A 20,000-row worker sheet imported through the API in a process of its own, on a fresh
 * database `wa_bench_imports`: the upload's answer, the background check, the commit (identity
 * numbers, phones and accounts encrypted), and the server's resident memory at its peak.
 */
export async function benchImports(server: BenchServer, keys: EncryptionKeys): Promise<ImportsBenchResult> {
  const database = 'wa_bench_imports';
  const scratch: BenchServer = { ...server, database, url: withDatabase(server.serverUrl, database) };
  await recreateDatabase(scratch);
  const api = await ApiProcess.start(scratch.url, keys, ADMIN_PASSWORD);
  try {
    const { accessToken: token } = await api.json<LoginResponse>('/api/auth/login', null, 'POST', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    const [root] = await api.json<UnitView[]>('/api/units', token);
    const codes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const code = `BI${randomBytes(3).toString('hex').toUpperCase()}`;
      await api.json('/api/units', token, 'POST', {
        code,
        name: `基层工会 ${i}`,
        level: 'industry',
        parentId: root?.id,
      });
      codes.push(code);
    }
    const content = await sheetOf(IMPORT_MAX_ROWS, codes);
    const rssBefore = api.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, api.rss())), 20);
    const peakSince = () => {
      const peak = Math.max(rssPeak, api.rss());
      rssPeak = api.rss();
      return peak;
    };
    try {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), 'bench-workers.xlsx');
      const started = performance.now();
      const response = await fetch(`${api.url}/api/imports/workers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      if (response.status !== 202)
        throw new Error(`upload: HTTP ${response.status} ${await response.text()}`);
      const uploaded = (await response.json()) as ImportSummary;
      const answered = performance.now();
      const uploadPeak = peakSince();
      const checked = await until(api, token, uploaded.id, (i) => i.status === 'validated');
      const validated = performance.now();
      const validatePeak = peakSince();
      if (checked.valid !== IMPORT_MAX_ROWS) throw new Error(`only ${checked.valid} rows are valid`);
      await api.json(`/api/imports/${uploaded.id}/commit`, token, 'POST');
      const done = await until(api, token, uploaded.id, (i) => i.status === 'done');
      const finished = performance.now();
      const commitPeak = peakSince();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return {
        rows: IMPORT_MAX_ROWS,
        fileBytes: content.length,
        uploadSeconds: (answered - started) / 1000,
        validateSeconds: (validated - answered) / 1000,
        importSeconds: (finished - validated) / 1000,
        rssBefore,
        rssPeaks: { upload: uploadPeak, validate: validatePeak, commit: commitPeak },
        rssAfter: api.rss(),
        imported: done.imported,
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await api.stop();
    await dropDatabase(server.serverUrl, scratch.database);
  }
}

export function importsLines(r: ImportsBenchResult): string[] {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
  return [
    `  ${r.rows.toLocaleString('en')} rows (${(r.fileBytes / MB).toFixed(1)} MB xlsx): upload answered in ${r.uploadSeconds.toFixed(1)} s, ` +
      `validated in ${r.validateSeconds.toFixed(1)} s (goal ≤ 20 s), imported ${r.imported.toLocaleString('en')} in ${r.importSeconds.toFixed(1)} s (goal ≤ 30 s)`,
    `  server RSS ${mb(r.rssBefore)} before; peak while uploading ${mb(r.rssPeaks.upload)}, checking ` +
      `${mb(r.rssPeaks.validate)}, committing ${mb(r.rssPeaks.commit)} ` +
      `(+${mb(Math.max(r.rssPeaks.upload, r.rssPeaks.validate, r.rssPeaks.commit) - r.rssBefore)}); ${mb(r.rssAfter)} after`,
  ];
}
