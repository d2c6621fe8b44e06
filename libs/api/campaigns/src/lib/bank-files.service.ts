import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BankFileFormat } from '@worker-aid/shared/domain';
import { apiError, type Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { WorkerPayees } from '@worker-aid/api/workers';
import { payrollFile } from './bank-file';
import { BatchQueries } from './batch.queries';
import { BankLayoutsService } from './bank-layouts.service';
import { BatchesService } from './batches.service';

export interface BankFileDownload {
  content: Buffer;
  /** In the user's words, and in ASCII for browsers that read only that. */
  fileName: string;
  asciiName: string;
}

/**
 * A bank batch's payroll file (代发文件) with full account numbers: only its pending lines, in the
 * batch's layout. Every download is audited and counted on the batch.
 */
@Injectable()
export class BankFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batches: BatchesService,
    private readonly queries: BatchQueries,
    private readonly layouts: BankLayoutsService,
    private readonly payees: WorkerPayees,
    private readonly audit: AuditService,
  ) {}

  download(principal: Principal, batchId: string, format: BankFileFormat): Promise<BankFileDownload> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.batches.requireBatch(manager, principal, batchId);
      if (batch.method !== 'bank') {
        throw apiError('batch.method', `method: a ${batch.method} batch has no bank file; it is signed for`);
      }
      const layout = await this.layouts.layoutOf(batch.layoutId, manager);
      const lines = await this.queries.pendingLines(manager, batch.id);
      const payees = await this.payees.payeesOf(
        lines.map((line) => line.workerId),
        manager,
      );
      const content = await payrollFile(
        layout,
        batch.campaignName,
        lines.map((line) => {
          const payee = payees.get(line.workerId);
          return {
            lineNo: line.lineNo,
            name: payee?.name ?? '',
            account: payee?.account ?? '',
            idNumber: payee?.idNumber ?? '',
            amount: line.amount,
          };
        }),
        format,
      );
      await this.queries.countDownload(manager, batch.id);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: batch.unitId,
        action: 'batch.bank_file',
        entityType: 'campaign_batch',
        entityId: batch.id,
        detail: { lines: lines.length, format, layout: layout.bankName },
      });
      return {
        content,
        fileName: `${batch.campaignName}-第${batch.number}批-代发.${format}`,
        asciiName: `batch-${batch.number}-payroll.${format}`,
      };
    });
  }
}
