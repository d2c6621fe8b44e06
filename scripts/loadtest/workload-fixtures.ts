import { Client } from 'pg';
import type { FieldKeyring } from '@worker-aid/api/core';
import { toPayCondition } from '@worker-aid/api/cases';
import { WORKER_ENCRYPTED } from '@worker-aid/api/workers';
import { todayInCenter, type CaseListItem, type Page } from '@worker-aid/shared/domain';
import { ApiClient } from '../bench/api-client';
import { CASEWORKERS, FINANCE, MANAGERS } from './load-users';

/** A caseworker's token with what lies in their unit: the pages, cases and workers they re-read. */
export interface CaseworkerFixture {
  token: string;
  unitId: string;
  /** nextCursor of their first pages, for "next page" requests. */
  cursors: string[];
  caseIds: string[];
  /** Full identity numbers of workers in their unit, for `POST /api/workers/lookup`. */
  idNumbers: string[];
}

export interface WorkloadFixtures {
  caseworkers: CaseworkerFixture[];
  managerTokens: string[];
  financeToken: string;
  /** Approved cases with money left to pay (finance's scope is the whole federation). */
  approvedCaseIds: string[];
  /** The fund with the largest balance. */
  fundId: string;
  /** The last full year of seeded payments, for the reports. */
  reportYear: number;
}

const PAGES_PER_CASEWORKER = 5;
const ID_NUMBERS_PER_CASEWORKER = 200;
const APPROVED_CASES = 2_000;

/** Logs everyone in through the API and collects the ids, cursors and identity numbers the requests use. */
export async function loadFixtures(
  api: ApiClient,
  databaseUrl: string,
  keyring: FieldKeyring,
): Promise<WorkloadFixtures> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // One after another: `db` is one connection.
    const caseworkers: CaseworkerFixture[] = [];
    for (const u of CASEWORKERS)
      caseworkers.push(await caseworkerFixture(api, db, keyring, u.username, u.unitCode));
    // Cases finance may pay now (out of notice), each with at least ¥100 still to pay.
    const parameters: unknown[] = [APPROVED_CASES];
    const payable = toPayCondition(todayInCenter(), (value) => `$${parameters.push(value)}`);
    const { rows: approved } = await db.query<{ id: string }>(
      `SELECT c.id FROM aid_case c WHERE ${payable} AND c.approved_amount - c.disbursed_amount >= 10000
       ORDER BY c.list_seq LIMIT $1`,
      parameters,
    );
    const { rows: funds } = await db.query<{ id: string }>(
      'SELECT id FROM fund ORDER BY allocated - disbursed DESC LIMIT 1',
    );
    const { rows: years } = await db.query<{ year: number }>(
      `SELECT extract(year FROM max(paid_on))::int AS year FROM disbursement`,
    );
    return {
      caseworkers,
      managerTokens: await Promise.all(MANAGERS.map((username) => api.login(username))),
      financeToken: await api.login(FINANCE.username),
      approvedCaseIds: approved.map((r) => r.id),
      fundId: funds[0].id,
      reportYear: years[0].year,
    };
  } finally {
    await db.end();
  }
}

async function caseworkerFixture(
  api: ApiClient,
  db: Client,
  keyring: FieldKeyring,
  username: string,
  unitCode: string,
): Promise<CaseworkerFixture> {
  const token = await api.login(username);
  const cursors: string[] = [];
  const caseIds: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < PAGES_PER_CASEWORKER; page++) {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
    const result: Page<CaseListItem> = await api.get<Page<CaseListItem>>(`/api/cases${query}`, token);
    caseIds.push(...result.items.map((item) => item.id));
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    cursors.push(cursor);
  }
  const { rows } = await db.query<{ unit_id: string; id_number_encrypted: string }>(
    `SELECT w.unit_id, w.id_number_encrypted FROM worker w JOIN unit u ON u.id = w.unit_id
     WHERE u.code = $1 ORDER BY w.list_seq LIMIT $2`,
    [unitCode, ID_NUMBERS_PER_CASEWORKER],
  );
  if (rows.length === 0) throw new Error(`no workers in ${unitCode}`);
  return {
    token,
    unitId: rows[0].unit_id,
    cursors,
    caseIds,
    idNumbers: rows.map((r) => keyring.decrypt(r.id_number_encrypted, WORKER_ENCRYPTED.idNumber)),
  };
}
