import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { DisbursementView } from '@worker-aid/shared/domain';
import { CasesService } from '@worker-aid/api/cases';
import { WorkersService } from '@worker-aid/api/workers';
import type { DisbursementRow } from './disbursement.queries';

/** Ledger rows as the API answers them: the case's number and status and the worker's name asked of their owners. */
@Injectable()
export class DisbursementViews {
  constructor(
    private readonly cases: CasesService,
    private readonly workers: WorkersService,
  ) {}

  async of(rows: readonly DisbursementRow[], manager?: EntityManager): Promise<DisbursementView[]> {
    const [cases, workerNames] = await Promise.all([
      this.cases.labelsOf(distinct(rows.map((row) => row.caseId)), manager),
      this.workers.namesOf(distinct(rows.map((row) => row.workerId)), manager),
    ]);
    return rows.map(({ listSeq: _seq, ...row }) => ({
      ...row,
      caseNo: cases.get(row.caseId)?.caseNo ?? '',
      // Every ledger row has its case (a foreign key); the fallback only satisfies the type.
      caseStatus: cases.get(row.caseId)?.status ?? 'closed',
      workerName: workerNames.get(row.workerId) ?? '',
      amount: Number(row.amount),
      createdAt: new Date(row.createdAt).toISOString(),
    }));
  }
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}
