import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { DisbursementView } from '@worker-aid/shared/domain';
import { CasesService } from '@worker-aid/api/cases';
import { WorkersService } from '@worker-aid/api/workers';
import type { DisbursementRow } from './disbursement.queries';
import { CampaignLedger } from './ledger/campaign-ledger-hooks';

/**
 * Ledger rows as the API answers them: the case's number and status (or the campaign's name) and
 * the worker's name asked of their owners.
 */
@Injectable()
export class DisbursementViews {
  constructor(
    private readonly cases: CasesService,
    private readonly workers: WorkersService,
    private readonly campaigns: CampaignLedger,
  ) {}

  async of(rows: readonly DisbursementRow[], manager?: EntityManager): Promise<DisbursementView[]> {
    const [cases, workerNames, campaignNames] = await Promise.all([
      this.cases.labelsOf(distinct(rows.flatMap((row) => (row.caseId ? [row.caseId] : []))), manager),
      this.workers.namesOf(distinct(rows.map((row) => row.workerId)), manager),
      this.campaigns.namesOf(
        distinct(rows.flatMap((row) => (row.campaignId ? [row.campaignId] : []))),
        manager,
      ),
    ]);
    return rows.map(({ listSeq: _seq, ...row }) => ({
      ...row,
      caseNo: row.caseId ? (cases.get(row.caseId)?.caseNo ?? '') : null,
      // A case's row has its case (a foreign key); the fallback only satisfies the type.
      caseStatus: row.caseId ? (cases.get(row.caseId)?.status ?? 'closed') : null,
      campaignName: row.campaignId ? (campaignNames.get(row.campaignId) ?? '') : null,
      workerName: workerNames.get(row.workerId) ?? '',
      amount: Number(row.amount),
      createdAt: new Date(row.createdAt).toISOString(),
    }));
  }
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}
