import type { DataSource, EntityManager } from 'typeorm';
import { dayDaysAfter, todayInCenter } from '@worker-aid/shared/domain';
import type { Access, Principal } from '@worker-aid/api/core';
import type { AuditService } from '@worker-aid/api/audit';
import type { CasePayments, PayableCase } from '@worker-aid/api/cases';
import type { UnitsService } from '@worker-aid/api/units';
import type { DisbursementQueries } from '../disbursement.queries';
import type { DisbursementViews } from '../disbursement-views';
import type { FundQueries } from '../fund.queries';
import type { DisbursementRollupService } from '../rollup/disbursement-rollup.service';
import type { CampaignLedger } from './campaign-ledger-hooks';
import { LedgerService } from './ledger.service';

/**
 * The ledger's order of work, with its collaborators replaced by recorders: the case is locked
 * first, the fund's totals move last (their UPDATE takes the fund's lock), and the roll-up
 * follows under that lock. The real locking is proven on PostgreSQL by the integration tests.
 */
const finance: Principal = { id: 'u', username: 'finance', role: 'finance', unitId: 'c', unitPath: '/c/' };
const approved: PayableCase = {
  id: 'case',
  caseNo: 'MED-2026-000001',
  type: 'medical',
  status: 'approved',
  workerId: 'worker',
  unitId: 'g',
  approvedAmount: 1_000,
  paidAmount: 0,
  noticeEndsOn: null,
};
const fund = { id: 'fund', unitId: 'c', allocated: 5_000, disbursed: 0 };
const payment = {
  id: 'payment',
  caseId: 'case',
  caseType: 'medical',
  workerId: 'worker',
  unitId: 'g',
  fundId: 'fund',
  amount: 400,
  reversesId: null,
};

const campaignPayment = {
  ...payment,
  caseId: null,
  caseType: 'festival',
  campaignId: 'campaign',
  campaignLineId: 'line',
};

function ledger(
  options: {
    balanceHolds?: boolean;
    payable?: PayableCase;
    original?: typeof payment | typeof campaignPayment;
  } = {},
) {
  const calls: string[] = [];
  const step =
    <T>(name: string, answer?: T) =>
    async (..._args: unknown[]) => {
      calls.push(name);
      return answer;
    };
  const manager = {
    // The idempotency key's claim and stored answer (core's claimIdempotencyKey / storeIdempotentAnswer).
    query: step('claim key', [{ key: 'k' }]),
    update: step('store answer'),
    create: (_entity: unknown, plain: object) => ({ id: 'new', createdAt: new Date(), ...plain }),
  } as unknown as EntityManager;
  const moveTotals = jest.fn(step('move fund totals', options.balanceHolds ?? true));
  const service = new LedgerService(
    { transaction: (work: (m: EntityManager) => unknown) => work(manager) } as unknown as DataSource,
    {
      require: jest.fn(async (record: { what: string }) => {
        calls.push(`require ${record.what}`);
        return record.what === 'fund' ? fund : (options.original ?? payment);
      }),
    } as unknown as Access,
    {
      moveTotals,
      byId: step('read fund', { ...fund, disbursed: 4_900 }),
      insertAllocation: step('insert allocation'),
    } as unknown as FundQueries,
    {
      insert: step('insert ledger row'),
      isReversed: step('is it reversed', false),
      byId: step('read ledger row', { ...payment, listSeq: '1', amount: '400', createdAt: new Date() }),
    } as unknown as DisbursementQueries,
    { of: step('name the row', [{ id: 'new' }]) } as unknown as DisbursementViews,
    {
      lockForPayment: step('lock case', options.payable ?? approved),
      recordPaidChange: step('record paid total'),
    } as unknown as CasePayments,
    { covers: step('fund covers case', true) } as unknown as UnitsService,
    { record: step('audit') } as unknown as AuditService,
    {
      placementOf: step('place in roll-up', { path: '/c/g/', seq: '1' }),
      apply: step('roll up'),
    } as unknown as DisbursementRollupService,
    { lineReversed: step('unpay campaign line') } as unknown as CampaignLedger,
  );
  return { service, calls, moveTotals };
}

const pay = (service: LedgerService, amount = 400) =>
  service.pay(finance, 'case', { amount, fundId: 'fund', method: 'bank', paidOn: '2020-01-15' }, 'k');

describe('LedgerService', () => {
  it('pays: the case locked first, the fund’s totals moved last, the roll-up under the fund’s lock', async () => {
    const { service, calls, moveTotals } = ledger();
    await expect(pay(service)).resolves.toMatchObject({ status: 201 });
    expect(calls[0]).toBe('claim key');
    expect(calls[1]).toBe('lock case');
    expect(calls.slice(-2)).toEqual(['move fund totals', 'roll up']);
    expect(moveTotals).toHaveBeenCalledTimes(1);
    expect(moveTotals).toHaveBeenCalledWith(expect.anything(), 'fund', { disbursed: 400 });
    expect(calls.indexOf('store answer')).toBeLessThan(calls.indexOf('move fund totals'));
  });

  it('refuses a payment the fund can no longer cover when its totals move, and rolls nothing up', async () => {
    const { service, calls } = ledger({ balanceHolds: false });
    await expect(pay(service)).rejects.toMatchObject({
      code: 'fund.insufficient',
      message: "amount: more than the fund's balance of 100 fen",
    });
    expect(calls).not.toContain('roll up');
  });

  it('refuses a case in public notice, to its last day, and writes nothing', async () => {
    const today = todayInCenter();
    const { service, calls } = ledger({ payable: { ...approved, noticeEndsOn: today } });
    await expect(pay(service)).rejects.toMatchObject({ code: 'case.in_notice' });
    expect(calls).toEqual(['claim key', 'lock case']);
    const over = ledger({ payable: { ...approved, noticeEndsOn: dayDaysAfter(today, -1) } });
    await expect(pay(over.service)).resolves.toMatchObject({ status: 201 });
  });

  it('reverses the same way, with the negative amount', async () => {
    const { service, calls, moveTotals } = ledger();
    await service.reverse(finance, 'payment', { reason: '账户错误' });
    expect(calls.indexOf('lock case')).toBeLessThan(calls.indexOf('move fund totals'));
    expect(calls.slice(-2)).toEqual(['move fund totals', 'roll up']);
    expect(moveTotals).toHaveBeenCalledWith(expect.anything(), 'fund', { disbursed: -400 });
  });

  it('reverses a campaign line’s payment: the line given back first, no case touched, the fund last', async () => {
    const { service, calls, moveTotals } = ledger({ original: campaignPayment });
    await service.reverse(finance, 'payment', { reason: '账户已销户' });
    expect(calls).not.toContain('lock case');
    expect(calls).not.toContain('record paid total');
    expect(calls.indexOf('unpay campaign line')).toBeLessThan(calls.indexOf('move fund totals'));
    expect(calls.slice(-2)).toEqual(['move fund totals', 'roll up']);
    expect(moveTotals).toHaveBeenCalledWith(expect.anything(), 'fund', { disbursed: -400 });
  });

  it('allocates through the same one function of the fund’s totals', async () => {
    const { service, calls, moveTotals } = ledger();
    await service.allocate(finance, 'fund', { amount: 10_000 });
    expect(calls.at(-1)).toBe('move fund totals');
    expect(moveTotals).toHaveBeenCalledWith(expect.anything(), 'fund', { allocated: 10_000 });
  });
});
