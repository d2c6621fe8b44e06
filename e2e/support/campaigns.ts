import { expect, type Page } from '@playwright/test';
import {
  checkCharacterOf,
  type ApprovalPolicy,
  type FileView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import type { ApiSetup } from './api-setup';

/** The row of a campaign's roster table that names this worker. */
export function campaignLineRow(page: Page, name: string) {
  return page.getByTestId('campaign-line-table').locator('tr', { hasText: name });
}

/** Runs `flow` under `policy`, then puts back the approval policy that was there. */
export async function underPolicy(
  admin: ApiSetup,
  policy: ApprovalPolicy,
  flow: () => Promise<void>,
): Promise<void> {
  const before = await admin.get<ApprovalPolicy>('/api/approval-policy');
  await admin.put('/api/approval-policy', policy);
  try {
    await flow();
  } finally {
    const { limits, noticeDays, objectionContact } = before;
    await admin.put('/api/approval-policy', { limits, noticeDays, objectionContact });
  }
}

// Identity numbers of this run: a birthday and a serial from the clock, so that runs against the
// same database do not register the same person twice.
const run = Math.floor(Date.now() / 1000);
const birthday = `1978${String(1 + (Math.floor(run / 28) % 12)).padStart(2, '0')}${String(1 + (run % 28)).padStart(2, '0')}`;
let serial = run % 900;

/**
 * A new worker of `unitId` with an active hardship file of one person earning `monthlyIncome`
 * fen: registered and filed by the caseworker, approved by the reviewer.
 */
export async function filedWorker(
  people: { caseworker: ApiSetup; reviewer: ApiSetup },
  unitId: string,
  name: string,
  options: { monthlyIncome: number; bankAccount?: boolean },
): Promise<WorkerView> {
  const { caseworker, reviewer } = people;
  const first17 = `341102${birthday}${String(serial++ % 1000).padStart(3, '0')}`;
  const worker = await caseworker.post<WorkerView>('/api/workers', {
    name,
    idNumber: first17 + checkCharacterOf(first17),
    unitId,
    ...(options.bankAccount ? { bankAccount: `62220200000${String(serial).padStart(8, '0')}` } : {}),
  });
  const file = await caseworker.post<FileView>('/api/files', {
    workerId: worker.id,
    members: [
      {
        name,
        relation: 'self',
        birthYear: 1978,
        health: 'chronic',
        work: 'employed',
        monthlyIncome: options.monthlyIncome,
      },
    ],
    monthlyRigidExpenses: 0,
    mainCause: 'low_income',
  });
  await caseworker.post(`/api/files/${file.id}/submit`, {}, 200);
  const approved = await reviewer.post<FileView>(`/api/files/${file.id}/approve`, {}, 200);
  expect(approved.status).toBe('active');
  return worker;
}
