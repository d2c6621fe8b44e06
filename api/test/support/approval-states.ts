import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  CASE_TYPES,
  dayDaysAfter,
  NOTICE_SUBJECTS,
  todayInCenter,
  UNIT_LEVELS,
  type ApprovalPolicy,
  type CaseView,
  type FileView,
  type UnitLevel,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { DEEP_HOUSEHOLD, MEDICAL_DETAILS } from './records';
import { uniqueIdNumber } from './sheets';
import type { TestApp } from './test-app';

/**
 * States of approval by level and public notice set straight in the database, for tests of
 * what reads them (notices, the inbox) that should not depend on the steps that write them.
 */

/** The center's today, and a day that many days from it (negative: before). */
export const dayFromToday = (days: number): string => dayDaysAfter(todayInCenter(), days);

/** A consistent policy: industry unions approve up to ¥2,000 (¥5,000 medical), five days of notice (legal none). */
export function demoPolicy(overrides: Partial<ApprovalPolicy> = {}): ApprovalPolicy {
  const industryLimit = { hardship: 200_000, medical: 500_000, education: 300_000, legal: 500_000 };
  return {
    limits: CASE_TYPES.flatMap((type) =>
      UNIT_LEVELS.map((level) => ({
        type,
        level,
        limit: level === 'center' ? null : level === 'industry' ? industryLimit[type] : 100_000,
      })),
    ),
    noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: type === 'legal' ? 0 : 5 })),
    objectionContact: null,
    ...overrides,
  };
}

export async function putPolicy(app: TestApp, adminToken: string, policy: ApprovalPolicy): Promise<void> {
  await request(app.http)
    .put('/api/approval-policy')
    .auth(adminToken, { type: 'bearer' })
    .send(policy)
    .expect(200);
}

export interface CaseState {
  status?: string;
  awaitingLevel?: UnitLevel | null;
  approvals?: object[];
  approvedAmount?: number | null;
  noticeStartsOn?: string | null;
  noticeEndsOn?: string | null;
  updatedAt?: Date;
}

export interface FileState {
  status?: string;
  noticeStartsOn?: string | null;
  noticeEndsOn?: string | null;
  reviewDueOn?: string | null;
  updatedAt?: Date;
}

export interface CampaignNotice {
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
}

const CASE_COLUMNS: Record<keyof CaseState, string> = {
  status: 'status',
  awaitingLevel: 'awaiting_level',
  approvals: 'approvals',
  approvedAmount: 'approved_amount',
  noticeStartsOn: 'notice_starts_on',
  noticeEndsOn: 'notice_ends_on',
  updatedAt: 'updated_at',
};

const FILE_COLUMNS: Record<keyof FileState, string> = {
  status: 'status',
  noticeStartsOn: 'notice_starts_on',
  noticeEndsOn: 'notice_ends_on',
  reviewDueOn: 'review_due_on',
  updatedAt: 'updated_at',
};

const CAMPAIGN_COLUMNS: Record<keyof CampaignNotice, string> = {
  noticeStartsOn: 'notice_starts_on',
  noticeEndsOn: 'notice_ends_on',
};

async function update(
  app: TestApp,
  table: 'aid_case' | 'hardship_file' | 'campaign',
  columns: Record<string, string>,
  id: string,
  state: Record<string, unknown>,
): Promise<void> {
  const names = Object.keys(state).filter((name) => state[name] !== undefined);
  if (names.length === 0) return;
  const values = names.map((name) =>
    name === 'approvals' ? JSON.stringify(state[name]) : (state[name] as unknown),
  );
  const sets = names.map((name, index) => `${columns[name]} = $${index + 2}`).join(', ');
  await app.server.app.get(DataSource).query(`UPDATE ${table} SET ${sets} WHERE id = $1`, [id, ...values]);
}

export function setCaseState(app: TestApp, caseId: string, state: CaseState): Promise<void> {
  return update(app, 'aid_case', CASE_COLUMNS, caseId, { ...state });
}

export function setFileState(app: TestApp, fileId: string, state: FileState): Promise<void> {
  return update(app, 'hardship_file', FILE_COLUMNS, fileId, { ...state });
}

/** Moves an approved campaign's notice (a notice that has ended, say). */
export function setCampaignNotice(app: TestApp, campaignId: string, notice: CampaignNotice): Promise<void> {
  return update(app, 'campaign', CAMPAIGN_COLUMNS, campaignId, { ...notice });
}

/** Makes one of a closed file's open follow-up visits due on `dueOn`. */
export async function setFollowUpDue(app: TestApp, fileId: string, dueOn: string): Promise<void> {
  await app.server.app
    .get(DataSource)
    .query(
      `UPDATE file_follow_up SET due_on = $2 WHERE id = (SELECT id FROM file_follow_up WHERE file_id = $1 AND done_on IS NULL ORDER BY due_on LIMIT 1)`,
      [fileId, dueOn],
    );
}

function as(app: TestApp, token: string) {
  return {
    post: (path: string, body: object = {}) =>
      request(app.http).post(path).auth(token, { type: 'bearer' }).send(body),
  };
}

export async function registerWorker(
  app: TestApp,
  token: string,
  unitId: string,
  name: string,
): Promise<WorkerView & { fullIdNumber: string }> {
  const idNumber = uniqueIdNumber();
  const worker = (await as(app, token).post('/api/workers', { name, idNumber, unitId }).expect(201))
    .body as WorkerView;
  return { ...worker, fullIdNumber: idNumber };
}

/** A medical case for the worker, created and submitted by `token`'s user. */
export async function submittedCase(
  app: TestApp,
  token: string,
  workerId: string,
  requestedAmount = 300_000,
): Promise<CaseView> {
  const aidCase = (
    await as(app, token)
      .post('/api/cases', {
        type: 'medical',
        workerId,
        requestedAmount,
        summary: '医疗救助',
        details: MEDICAL_DETAILS,
      })
      .expect(201)
  ).body as CaseView;
  await as(app, token).post(`/api/cases/${aidCase.id}/submit`).expect(200);
  return aidCase;
}

/** A case approved in full by `reviewer` (v1's single step), its notice set as given. */
export async function approvedCase(
  app: TestApp,
  creator: string,
  reviewer: string,
  workerId: string,
  notice: { noticeStartsOn: string | null; noticeEndsOn: string | null },
  amount = 300_000,
): Promise<CaseView> {
  const aidCase = await submittedCase(app, creator, workerId, amount);
  await as(app, reviewer).post(`/api/cases/${aidCase.id}/approve`, { approvedAmount: amount }).expect(200);
  await setCaseState(app, aidCase.id, { ...notice, awaitingLevel: null, approvals: [] });
  return aidCase;
}

/** A hardship file of the worker (the unit needs a standard), created and submitted by `creator`. */
export async function submittedFile(app: TestApp, creator: string, workerId: string): Promise<FileView> {
  const file = (
    await as(app, creator)
      .post('/api/files', { workerId, ...DEEP_HOUSEHOLD })
      .expect(201)
  ).body as FileView;
  await as(app, creator).post(`/api/files/${file.id}/submit`).expect(200);
  return file;
}

/** A file approved (active) by `reviewer`. */
export async function activeFile(
  app: TestApp,
  creator: string,
  reviewer: string,
  workerId: string,
  state: FileState = {},
): Promise<FileView> {
  const file = await submittedFile(app, creator, workerId);
  await as(app, reviewer).post(`/api/files/${file.id}/approve`).expect(200);
  await setFileState(app, file.id, state);
  return file;
}

/** A file that left the scheme (closed), with its follow-up visits to make. */
export async function closedFile(
  app: TestApp,
  creator: string,
  reviewer: string,
  workerId: string,
): Promise<FileView> {
  const file = await activeFile(app, creator, reviewer, workerId);
  await as(app, reviewer).post(`/api/files/${file.id}/exit`, { reason: 'reemployed' }).expect(200);
  return file;
}

export async function setStandard(app: TestApp, adminToken: string, unitId: string): Promise<void> {
  await request(app.http)
    .put('/api/standards')
    .auth(adminToken, { type: 'bearer' })
    .send({ unitId, effectiveFrom: '2020-01-01', povertyLine: 72_000 })
    .expect(200);
}
