import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { todayInCenter } from '@worker-aid/shared/domain';
import { fieldKeyring, mapJsonFields } from '@worker-aid/api/core';
import { CASE_DETAILS_COLUMN, ENCRYPTED_DETAIL_FIELDS } from '@worker-aid/api/cases';
import { DisbursementRollupService } from '@worker-aid/api/funds';
import { idNumberIndex, WORKER_ENCRYPTED } from '@worker-aid/api/workers';
import { bulkInsert, loadInBulk } from './bulk-insert';
import { planFestivalCampaigns, type PlannedFestivalCampaign } from './festival-campaigns';
import {
  addDays,
  LOTTERY_GRANT_2014,
  planHistory,
  roundUpToTenThousandYuan,
  type HistoryPlan,
  type PlannedCase,
  type PlannedFund,
} from './history-plan';
import { planLaterYears } from './later-years';
import { festivalPaidPerFund, insertFestivalCampaigns } from './seed-festival-campaigns';

/** China Standard Time at an hour of a day, e.g. `2015-03-02T09:00:00+08:00`, but never after `now`. */
type Clock = (day: string, hour: number) => string;

function clockUntil(now: Date): Clock {
  const today = todayInCenter(now);
  return (day, hour) => {
    const time = `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
    return day < today || new Date(time) <= now ? time : now.toISOString();
  };
}

/**
 * Loads the city's aid history on the demo's first start, in bulk: from 2013 to `now`'s day on
 * the center's clock, workers, cases with their history (closed, but for the last days' which
 * are paid and not closed yet), each year's funds, and every payment (a few bounced, reversed and
 * paid again), the festival campaigns of 2013–2017 (两节送温暖, paid in batches), then fills the
 * report roll-up. Its disbursement report for 2013–2017 by type gives exactly the figures Chuzhou
 * published; the later years carry on at the same scale.
 */
export async function seedDemoHistory(dataSource: DataSource, now = new Date()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [{ seeded }] = await manager.query<{ seeded: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM fund WHERE code = $1) AS seeded`,
      [LOTTERY_GRANT_2014],
    );
    if (seeded) return;
    const units = new Map(
      (
        await manager.query<{ id: string; code: string }[]>(
          `SELECT id, code FROM unit WHERE level = 'grassroots'`,
        )
      ).map((u) => [u.code, u.id]),
    );
    const users = new Map(
      (await manager.query<{ id: string; username: string }[]>(`SELECT id, username FROM app_user`)).map(
        (u) => [u.username, u.id],
      ),
    );
    const staff = {
      admin: need(users, 'admin'),
      manager: need(users, 'manager'),
      finance: need(users, 'finance'),
    };
    const today = todayInCenter(now);
    const at = clockUntil(now);
    const unitCodes = [...units.keys()].sort();
    const published = planHistory(unitCodes);
    const later = planLaterYears(unitCodes, published, today);
    const festival = planFestivalCampaigns(published.cases);
    const festivalPaid = festivalPaidPerFund(festival);
    const plan: HistoryPlan = {
      workers: [...published.workers, ...later.workers],
      cases: [...published.cases, ...later.cases],
      funds: [...published.funds, ...later.funds, ...festivalFunds(festival, festivalPaid)],
    };
    const tables = ['worker', 'aid_case', 'disbursement', 'case_event', 'campaign', 'campaign_line'];
    await loadInBulk(manager, [...tables, 'campaign_batch', 'campaign_batch_line'], async () => {
      const funds = await insertFunds(manager, plan, festivalPaid, staff, at);
      const workerIds = await insertWorkers(manager, plan, units, staff.admin, at);
      await insertCases(manager, plan.cases, workerIds, units, funds, staff, at);
      const [{ id: centerId }] = await manager.query<{ id: string }[]>(
        `SELECT id FROM unit WHERE level = 'center'`,
      );
      await insertFestivalCampaigns(manager, festival, { centerId, workerIds, units, funds, staff, at });
    });
    await new DisbursementRollupService().rebuild(manager);
    await manager.query(
      `INSERT INTO audit_entry (actor_id, unit_id, action, entity_type, entity_id, detail)
       SELECT NULL, id, 'system.demo_history', 'unit', id, $1::jsonb FROM unit WHERE level = 'center'`,
      [
        JSON.stringify({
          workers: plan.workers.length,
          cases: plan.cases.length,
          campaigns: festival.length,
          years: `2013-${today.slice(0, 4)}`,
        }),
      ],
    );
  });
}

function need(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`demo history: ${key} is missing`);
  return value;
}

type Staff = { admin: string; manager: string; finance: string };

/** Each festival campaign's fund (两节送温暖专项资金), allocated what its campaign paid, rounded up. */
function festivalFunds(campaigns: PlannedFestivalCampaign[], paid: Map<string, number>): PlannedFund[] {
  return campaigns.map((c) => ({
    code: c.fund,
    name: `"两节"送温暖专项资金（${c.year}年度）`,
    source: 'union_budget',
    createdOn: addDays(c.rosterBuiltOn, -3),
    allocated: roundUpToTenThousandYuan(paid.get(c.fund) ?? 0),
    note: '"两节"送温暖专项资金下拨',
  }));
}

/** The funds of the plan, held by the center, each with its allocation and what it paid out. */
async function insertFunds(
  manager: EntityManager,
  plan: HistoryPlan,
  campaignsPaid: ReadonlyMap<string, number>,
  staff: Staff,
  at: Clock,
): Promise<Map<string, string>> {
  const paidPerFund = new Map<string, number>(campaignsPaid);
  for (const c of plan.cases) paidPerFund.set(c.fund, (paidPerFund.get(c.fund) ?? 0) + c.amount);
  const [{ id: centerId }] = await manager.query<{ id: string }[]>(
    `SELECT id FROM unit WHERE level = 'center'`,
  );
  const funds = plan.funds.map((fund: PlannedFund) => {
    const paid = paidPerFund.get(fund.code) ?? 0;
    if (paid > fund.allocated) throw new Error(`demo history: ${fund.code} pays more than it was given`);
    return {
      id: randomUUID(),
      code: fund.code,
      name: fund.name,
      source: fund.source,
      unit_id: centerId,
      allocated: fund.allocated,
      disbursed: paid,
      created_at: at(fund.createdOn, 9),
      note: fund.note,
    };
  });
  await bulkInsert(
    manager,
    'fund',
    {
      id: 'uuid',
      code: 'varchar',
      name: 'varchar',
      source: 'varchar',
      unit_id: 'uuid',
      allocated: 'bigint',
      disbursed: 'bigint',
      created_at: 'timestamptz',
    },
    funds,
    (f) => f,
  );
  await bulkInsert(
    manager,
    'fund_allocation',
    { fund_id: 'uuid', amount: 'bigint', note: 'varchar', created_by: 'uuid', created_at: 'timestamptz' },
    funds,
    (f) => ({
      fund_id: f.id,
      amount: f.allocated,
      note: f.note,
      created_by: staff.finance,
      created_at: f.created_at,
    }),
  );
  return new Map(funds.map((f) => [f.code, f.id]));
}

async function insertWorkers(
  manager: EntityManager,
  plan: HistoryPlan,
  units: Map<string, string>,
  createdBy: string,
  at: Clock,
): Promise<string[]> {
  const registered = new Map<number, string>();
  for (const c of plan.cases) if (!registered.has(c.worker.index)) registered.set(c.worker.index, c.openedOn);
  // Registered in the order they first asked for aid, so the newest files list first.
  const registeredOn = (w: { index: number }) => registered.get(w.index) ?? '';
  const workers = [...plan.workers].sort((a, b) =>
    registeredOn(a) < registeredOn(b) ? -1 : registeredOn(a) > registeredOn(b) ? 1 : 0,
  );
  const ids = plan.workers.map(() => randomUUID());
  await bulkInsert(
    manager,
    'worker',
    {
      id: 'uuid',
      name: 'varchar',
      id_number_encrypted: 'text',
      id_number_index: 'bytea',
      unit_id: 'uuid',
      gender: 'varchar',
      birth_date: 'date',
      migrant_worker: 'boolean',
      phone_encrypted: 'text',
      bank_account_encrypted: 'text',
      employer: 'varchar',
      created_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    workers,
    (w) => ({
      id: ids[w.index],
      name: w.name,
      id_number_encrypted: fieldKeyring().encrypt(w.idNumber, WORKER_ENCRYPTED.idNumber),
      id_number_index: idNumberIndex(w.idNumber),
      unit_id: need(units, w.unitCode),
      gender: w.gender,
      birth_date: w.birthDate,
      migrant_worker: w.migrantWorker,
      phone_encrypted: fieldKeyring().encrypt(w.phone, WORKER_ENCRYPTED.phone),
      bank_account_encrypted: fieldKeyring().encrypt(w.bankAccount, WORKER_ENCRYPTED.bankAccount),
      employer: w.employer,
      created_by: createdBy,
      created_at: at(registered.get(w.index) ?? '2013-01-01', 9),
      updated_at: at(registered.get(w.index) ?? '2013-01-01', 9),
    }),
  );
  return ids;
}

async function insertCases(
  manager: EntityManager,
  cases: PlannedCase[],
  workerIds: string[],
  units: Map<string, string>,
  funds: Map<string, string>,
  staff: Staff,
  at: Clock,
): Promise<void> {
  const caseIds = cases.map(() => randomUUID());
  const payments: Record<string, unknown>[] = [];
  cases.forEach((c, i) => {
    const unitId = need(units, c.worker.unitCode);
    const workerId = workerIds[c.worker.index];
    const fundId = need(funds, c.fund);
    const reference = `滁工帮〔${c.payment.paidOn.slice(0, 4)}〕${c.caseNo.slice(-6)}号`;
    const pay = (paidOn: string, amount: number, reversesId: string | null = null) => {
      const row = {
        id: randomUUID(),
        case_id: caseIds[i],
        case_type: c.type,
        worker_id: workerId,
        unit_id: unitId,
        fund_id: fundId,
        amount,
        method: 'bank',
        paid_on: paidOn,
        reference,
        reverses_id: reversesId,
        reason: reversesId ? '银行账户信息有误，资金退回' : null,
        created_by: staff.finance,
        created_at: at(paidOn, reversesId ? 14 : 10),
      };
      payments.push(row);
      return row.id;
    };
    if (c.payment.bouncedOn) {
      const bounced = pay(c.payment.bouncedOn, c.amount);
      pay(c.payment.bouncedOn, -c.amount, bounced);
    }
    pay(c.payment.paidOn, c.amount);
  });
  // Made batch by batch: the details' sensitive fields are encrypted while the batch before is stored.
  const caseRow = (c: PlannedCase, i: number) => ({
    id: caseIds[i],
    case_no: c.caseNo,
    type: c.type,
    status: c.closedOn ? 'closed' : 'disbursed',
    worker_id: workerIds[c.worker.index],
    unit_id: need(units, c.worker.unitCode),
    requested_amount: c.amount,
    approved_amount: c.amount,
    disbursed_amount: c.amount,
    summary: c.summary,
    details: JSON.stringify(
      mapJsonFields(c.details, ENCRYPTED_DETAIL_FIELDS, CASE_DETAILS_COLUMN, (text, context) =>
        fieldKeyring().encrypt(text, context),
      ),
    ),
    outcome: c.outcome,
    recovered_amount: c.recovered,
    created_by: staff.admin,
    created_at: at(c.openedOn, 9),
    updated_at: c.closedOn ? at(c.closedOn, 16) : at(c.payment.paidOn, 10),
  });
  await bulkInsert(
    manager,
    'aid_case',
    {
      id: 'uuid',
      case_no: 'varchar',
      type: 'varchar',
      status: 'varchar',
      worker_id: 'uuid',
      unit_id: 'uuid',
      requested_amount: 'bigint',
      approved_amount: 'bigint',
      disbursed_amount: 'bigint',
      summary: 'text',
      details: 'jsonb',
      outcome: 'varchar',
      recovered_amount: 'bigint',
      created_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    cases,
    caseRow,
  );
  await bulkInsert(
    manager,
    'disbursement',
    {
      id: 'uuid',
      case_id: 'uuid',
      case_type: 'varchar',
      worker_id: 'uuid',
      unit_id: 'uuid',
      fund_id: 'uuid',
      amount: 'bigint',
      method: 'varchar',
      paid_on: 'date',
      reference: 'varchar',
      reverses_id: 'uuid',
      reason: 'varchar',
      created_by: 'uuid',
      created_at: 'timestamptz',
    },
    payments,
    (row) => row,
  );
  await insertHistories(manager, staff);
  await manager.query(
    `INSERT INTO case_number_counter (type, year, last_value)
     SELECT type, substr(case_no, 5, 4)::int, max(substr(case_no, 10)::int) FROM aid_case GROUP BY 1, 2
     ON CONFLICT (type, year) DO UPDATE SET last_value = GREATEST(case_number_counter.last_value, EXCLUDED.last_value)`,
  );
}

/**
 * Each case's timeline, made from its rows in SQL rather than shipped from here: logged,
 * submitted and approved on its opening day, each payment and reversal, then closed — the
 * events of one case in that order, as the timeline lists them.
 */
async function insertHistories(manager: EntityManager, staff: Staff): Promise<void> {
  await manager.query(
    `INSERT INTO case_event (case_id, at, actor_id, action, from_status, to_status, comment)
     SELECT c.id, c.created_at + step.after, step.actor, step.action, step.from_status, step.to_status, step.comment
     FROM aid_case c
     CROSS JOIN (VALUES (1, interval '0 hours', $1::uuid, 'create', NULL, 'draft', '历史台账录入'),
                        (2, interval '1 hour', $1::uuid, 'submit', 'draft', 'submitted', NULL),
                        (3, interval '6 hours', $2::uuid, 'approve', 'submitted', 'approved', '情况属实，同意救助'))
       AS step(n, after, actor, action, from_status, to_status, comment)
     ORDER BY c.list_seq, step.n`,
    [staff.admin, staff.manager],
  );
  await manager.query(
    `INSERT INTO case_event (case_id, at, actor_id, action, from_status, to_status, comment)
     SELECT d.case_id, d.created_at, d.created_by,
            CASE WHEN d.amount > 0 THEN 'pay' ELSE 'reverse' END,
            CASE WHEN d.amount > 0 THEN 'approved' ELSE 'disbursed' END,
            CASE WHEN d.amount > 0 THEN 'disbursed' ELSE 'approved' END,
            d.reason
     FROM disbursement d ORDER BY d.case_id, d.list_seq`,
  );
  await manager.query(
    `INSERT INTO case_event (case_id, at, actor_id, action, from_status, to_status, comment)
     SELECT id, updated_at, $1::uuid, 'close', 'disbursed', 'closed',
            CASE WHEN type = 'legal' THEN '案件办结' ELSE '资金已发放，结案' END
     FROM aid_case WHERE status = 'closed' ORDER BY list_seq`,
    [staff.admin],
  );
}
