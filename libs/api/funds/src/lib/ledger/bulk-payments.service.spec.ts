import type { EntityManager } from 'typeorm';
import type { Principal } from '@worker-aid/api/core';
import type { AuditService } from '@worker-aid/api/audit';
import type { FundQueries } from '../fund.queries';
import type { DisbursementRollupService } from '../rollup/disbursement-rollup.service';
import { BulkPayments } from './bulk-payments.service';

/**
 * The bulk path's order of work with recorders in place of its collaborators: one INSERT of
 * every row, the audit lines at once, the fund moved once by the sum and last, the roll-up under
 * the fund's lock. PostgreSQL proves the rest in api/test/batches.int-spec.ts.
 */
const finance: Principal = { id: 'u', username: 'finance', role: 'finance', unitId: 'c', unitPath: '/c/' };
const terms = {
  campaignId: 'campaign',
  aidType: 'festival' as const,
  fundId: 'fund',
  method: 'bank' as const,
  paidOn: '2026-11-20',
};
const lines = [
  { lineId: 'l1', workerId: 'w1', unitId: 'g', amount: 80_000 },
  { lineId: 'l2', workerId: 'w2', unitId: 'g', amount: 50_000 },
];

function bulk(balanceHolds = true) {
  const calls: string[] = [];
  const manager = {
    query: jest.fn(async () => {
      calls.push('insert ledger rows');
      return [
        { id: 'p1', line_id: 'l1' },
        { id: 'p2', line_id: 'l2' },
      ];
    }),
  } as unknown as EntityManager;
  const moveTotals = jest.fn(async () => {
    calls.push('move fund totals');
    return balanceHolds;
  });
  const recordMany = jest.fn(async (_manager: unknown, _entries: unknown[]) => {
    calls.push('audit');
  });
  const service = new BulkPayments(
    { moveTotals, byId: async () => ({ allocated: 100, disbursed: 0 }) } as unknown as FundQueries,
    { recordMany } as unknown as AuditService,
    {
      placementsOf: async () => {
        calls.push('place in roll-up');
        return { paths: new Map(), seqs: new Map() };
      },
      applyPayments: async () => {
        calls.push('roll up');
      },
    } as unknown as DisbursementRollupService,
  );
  return { service, calls, manager, moveTotals, recordMany };
}

describe('BulkPayments', () => {
  it('pays every line in one INSERT, moves the fund once by the sum, last but for the roll-up', async () => {
    const { service, calls, manager, moveTotals, recordMany } = bulk();
    const paid = await service.payLines(manager, finance, terms, lines);
    expect(paid).toEqual(
      new Map([
        ['l1', 'p1'],
        ['l2', 'p2'],
      ]),
    );
    expect(calls).toEqual(['place in roll-up', 'insert ledger rows', 'audit', 'move fund totals', 'roll up']);
    expect(moveTotals).toHaveBeenCalledTimes(1);
    expect(moveTotals).toHaveBeenCalledWith(manager, 'fund', { disbursed: 130_000 });
    expect(recordMany.mock.calls[0]?.[1]).toHaveLength(2);
  });

  it('refuses the whole call when the fund cannot cover the sum, and rolls nothing up', async () => {
    const { service, calls, manager } = bulk(false);
    await expect(service.payLines(manager, finance, terms, lines)).rejects.toMatchObject({
      code: 'fund.insufficient',
    });
    expect(calls).not.toContain('roll up');
  });

  it('does nothing for no lines', async () => {
    const { service, calls, manager } = bulk();
    await expect(service.payLines(manager, finance, terms, [])).resolves.toEqual(new Map());
    expect(calls).toEqual([]);
  });
});
