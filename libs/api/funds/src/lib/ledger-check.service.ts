import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LedgerCheckView } from '@worker-aid/shared/domain';
import { DisbursementQueries } from './disbursement.queries';
import { FundQueries } from './fund.queries';
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
    private readonly funds: FundQueries,
    private readonly disbursements: DisbursementQueries,
    private readonly rollup: DisbursementRollupService,
  ) {}

  async check(): Promise<LedgerCheckView> {
    // One snapshot for every query, so a payment committing in between cannot look like a difference.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const funds = await this.funds.totalsAgainstLedger(manager);
      const cases = await this.disbursements.caseTotalsAgainstLedger(manager);
      const differences: Difference[] = [];
      for (const f of funds) {
        compare(differences, 'fund', f.id, 'allocated', f.allocated, f.ledgerAllocated);
        compare(differences, 'fund', f.id, 'disbursed', f.disbursed, f.ledgerDisbursed);
      }
      for (const c of cases) compare(differences, 'case', c.id, 'disbursedAmount', c.paidTotal, c.ledgerPaid);
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
