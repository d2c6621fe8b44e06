import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CAMPAIGN_TIERS } from '@worker-aid/shared/domain';
import { bulkInsert } from './bulk-insert';
import { FESTIVAL_STANDARDS, type PlannedFestivalCampaign } from './festival-campaigns';
import { addDays } from './history-plan';

/** China Standard Time at an hour of a day, never after the seeding's `now`. */
export type Clock = (day: string, hour: number) => string;

export interface FestivalSeedContext {
  centerId: string;
  workerIds: readonly string[];
  units: ReadonlyMap<string, string>;
  funds: ReadonlyMap<string, string>;
  staff: { admin: string; manager: string; finance: string };
  at: Clock;
}

/**
 * Loads the festival campaigns in bulk: each campaign (closed), its roster lines (from paper
 * rosters: no file), a bank batch whose results paid all but a few lines, a cash batch for
 * those, and a ledger row per paid line counted as `festival`. Inside the history's bulk load,
 * after the cases' ledger rows (their timelines are made from the ledger).
 */
export async function insertFestivalCampaigns(
  manager: EntityManager,
  campaigns: readonly PlannedFestivalCampaign[],
  context: FestivalSeedContext,
): Promise<void> {
  const { staff, at } = context;
  const campaignRows: Record<string, unknown>[] = [];
  const batches: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const batchLines: Record<string, unknown>[] = [];
  const payments: Record<string, unknown>[] = [];

  for (const campaign of campaigns) {
    const id = randomUUID();
    const fundId = context.funds.get(campaign.fund);
    if (!fundId) throw new Error(`demo history: ${campaign.fund} is missing`);
    campaignRows.push({
      id,
      name: campaign.name,
      kind: 'festival',
      year: campaign.year,
      status: 'closed',
      unit_id: context.centerId,
      fund_id: fundId,
      eligibility: JSON.stringify({ tiers: [...CAMPAIGN_TIERS] }),
      amounts: JSON.stringify(CAMPAIGN_TIERS.map((tier) => ({ tier, amount: FESTIVAL_STANDARDS[tier] }))),
      roster_built_at: at(campaign.rosterBuiltOn, 10),
      approved_by: staff.manager,
      approved_at: at(campaign.approvedOn, 15),
      notice_starts_on: campaign.approvedOn,
      notice_ends_on: campaign.noticeEndsOn,
      created_by: staff.admin,
      created_at: at(campaign.rosterBuiltOn, 9),
      updated_at: at(campaign.cashPaidOn, 17),
    });
    const failed = campaign.lines.filter((line) => line.bankFailure);
    const bank = { id: randomUUID(), paidOn: campaign.bankPaidOn, method: 'bank' };
    const cash = { id: randomUUID(), paidOn: campaign.cashPaidOn, method: 'cash' };
    for (const [batch, number, carried] of [
      [bank, 1, campaign.lines],
      [cash, 2, failed],
    ] as const) {
      batches.push({
        id: batch.id,
        campaign_id: id,
        number,
        method: batch.method,
        status: 'done',
        line_count: carried.length,
        amount: carried.reduce((sum, line) => sum + line.amount, 0),
        bank_file_downloads: batch.method === 'bank' ? 1 : 0,
        created_by: staff.finance,
        created_at: at(addDays(batch.paidOn, batch.method === 'bank' ? -3 : -1), 9),
        updated_at: at(batch.paidOn, 16),
      });
    }
    campaign.lines.forEach((line, i) => {
      const lineId = randomUUID();
      const paymentId = randomUUID();
      const paidBy = line.bankFailure ? cash : bank;
      const worker = line.worker;
      const unitId = context.units.get(worker.unitCode);
      if (!unitId) throw new Error(`demo history: unit ${worker.unitCode} is missing`);
      lines.push({
        id: lineId,
        campaign_id: id,
        line_no: i + 1,
        worker_id: context.workerIds[worker.index],
        unit_id: unitId,
        tier: line.tier,
        migrant_worker: worker.migrantWorker,
        standard_amount: line.amount,
        amount: line.amount,
        status: 'paid',
        batch_id: paidBy.id,
        failure: line.bankFailure,
        payment_id: paymentId,
        paid_on: paidBy.paidOn,
        updated_at: at(paidBy.paidOn, 16),
      });
      if (line.bankFailure) {
        batchLines.push({
          batch_id: bank.id,
          line_id: lineId,
          amount: line.amount,
          outcome: 'failed',
          failure: line.bankFailure,
          payment_id: null,
          decided_at: at(bank.paidOn, 16),
        });
      }
      batchLines.push({
        batch_id: paidBy.id,
        line_id: lineId,
        amount: line.amount,
        outcome: 'paid',
        failure: null,
        payment_id: paymentId,
        decided_at: at(paidBy.paidOn, 16),
      });
      payments.push({
        id: paymentId,
        case_type: 'festival',
        campaign_id: id,
        campaign_line_id: lineId,
        worker_id: context.workerIds[worker.index],
        unit_id: unitId,
        fund_id: fundId,
        amount: line.amount,
        method: paidBy.method,
        paid_on: paidBy.paidOn,
        reference: `滁工送暖〔${campaign.year}〕第${paidBy === bank ? 1 : 2}批`,
        created_by: staff.finance,
        created_at: at(paidBy.paidOn, 16),
      });
    });
  }

  await bulkInsert(
    manager,
    'campaign',
    {
      id: 'uuid',
      name: 'varchar',
      kind: 'varchar',
      year: 'int',
      status: 'varchar',
      unit_id: 'uuid',
      fund_id: 'uuid',
      eligibility: 'jsonb',
      amounts: 'jsonb',
      roster_built_at: 'timestamptz',
      approved_by: 'uuid',
      approved_at: 'timestamptz',
      notice_starts_on: 'date',
      notice_ends_on: 'date',
      created_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    campaignRows,
    (row) => row,
  );
  await bulkInsert(
    manager,
    'campaign_batch',
    {
      id: 'uuid',
      campaign_id: 'uuid',
      number: 'int',
      method: 'varchar',
      status: 'varchar',
      line_count: 'int',
      amount: 'bigint',
      bank_file_downloads: 'int',
      created_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    batches,
    (row) => row,
  );
  await bulkInsert(
    manager,
    'campaign_line',
    {
      id: 'uuid',
      campaign_id: 'uuid',
      line_no: 'int',
      worker_id: 'uuid',
      unit_id: 'uuid',
      tier: 'varchar',
      migrant_worker: 'boolean',
      standard_amount: 'bigint',
      amount: 'bigint',
      status: 'varchar',
      batch_id: 'uuid',
      failure: 'varchar',
      payment_id: 'uuid',
      paid_on: 'date',
      updated_at: 'timestamptz',
    },
    lines,
    (row) => row,
  );
  await bulkInsert(
    manager,
    'disbursement',
    {
      id: 'uuid',
      case_type: 'varchar',
      campaign_id: 'uuid',
      campaign_line_id: 'uuid',
      worker_id: 'uuid',
      unit_id: 'uuid',
      fund_id: 'uuid',
      amount: 'bigint',
      method: 'varchar',
      paid_on: 'date',
      reference: 'varchar',
      created_by: 'uuid',
      created_at: 'timestamptz',
    },
    payments,
    (row) => row,
  );
  await bulkInsert(
    manager,
    'campaign_batch_line',
    {
      batch_id: 'uuid',
      line_id: 'uuid',
      amount: 'bigint',
      outcome: 'varchar',
      failure: 'varchar',
      payment_id: 'uuid',
      decided_at: 'timestamptz',
    },
    batchLines,
    (row) => row,
  );
}

/** What a festival campaign paid, per fund code, for the funds' draw-down. */
export function festivalPaidPerFund(campaigns: readonly PlannedFestivalCampaign[]): Map<string, number> {
  const paid = new Map<string, number>();
  for (const c of campaigns)
    paid.set(c.fund, (paid.get(c.fund) ?? 0) + c.lines.reduce((sum, line) => sum + line.amount, 0));
  return paid;
}
