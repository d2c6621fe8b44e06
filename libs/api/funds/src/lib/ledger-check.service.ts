import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LedgerCheckView } from '@worker-aid/shared/domain';
import { CASE_PAID_TOTALS } from '@worker-aid/api/cases';
import { DisbursementRollupService } from './rollup/disbursement-rollup.service';

type Difference = LedgerCheckView['differences'][number];

/**
 * Recomputes every fund's and case's totals and every report roll-up cell from the ledger rows
 * and reports any difference.
 */
@Injectable()
export class LedgerCheckService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollup: DisbursementRollupService,
  ) {}

  async check(): Promise<LedgerCheckView> {
    // One snapshot for every query, so a payment committing in between cannot look like a difference.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const funds = await manager.query<
        {
          id: string;
          allocated: string;
          disbursed: string;
          ledger_allocated: string;
          ledger_disbursed: string;
        }[]
      >(`
        SELECT f.id, f.allocated, f.disbursed,
               COALESCE((SELECT sum(a.amount) FROM fund_allocation a WHERE a.fund_id = f.id), 0) AS ledger_allocated,
               COALESCE((SELECT sum(d.amount) FROM disbursement d WHERE d.fund_id = f.id), 0) AS ledger_disbursed
        FROM fund f`);
      const cases = await manager.query<{ id: string; paid_total: string; ledger_disbursed: string }[]>(`
        SELECT c.case_id AS id, c.paid_total, COALESCE(sum(d.amount), 0) AS ledger_disbursed
        FROM ${CASE_PAID_TOTALS} c LEFT JOIN disbursement d ON d.case_id = c.case_id
        GROUP BY c.case_id, c.paid_total`);
      const differences: Difference[] = [];
      for (const f of funds) {
        compare(differences, 'fund', f.id, 'allocated', f.allocated, f.ledger_allocated);
        compare(differences, 'fund', f.id, 'disbursed', f.disbursed, f.ledger_disbursed);
      }
      for (const c of cases)
        compare(differences, 'case', c.id, 'disbursedAmount', c.paid_total, c.ledger_disbursed);
      const rollup = await this.rollup.differences(manager);
      for (const d of rollup.differences)
        differences.push({
          entity: 'rollup',
          id: d.cell,
          field: d.field,
          stored: d.stored,
          computed: d.computed,
        });
      return {
        checkedAt: new Date().toISOString(),
        funds: funds.length,
        cases: cases.length,
        rollupCells: rollup.cells,
        differences,
      };
    });
  }
}

function compare(
  out: Difference[],
  entity: Difference['entity'],
  id: string,
  field: string,
  stored: string,
  computed: string,
): void {
  if (BigInt(stored) !== BigInt(computed))
    out.push({ entity, id, field, stored: Number(stored), computed: Number(computed) });
}
