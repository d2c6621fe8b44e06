import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  BATCH_FAILURE_MAX_LENGTH,
  CAMPAIGN_KIND_AID_TYPE,
  todayInCenter,
  type BatchResultRefusal,
  type BatchResultsAnswer,
} from '@worker-aid/shared/domain';
import { apiError, invalidField, type Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { BulkPayments } from '@worker-aid/api/funds';
import type { BatchResultsDto, ReceiptsDto } from './batch.dto';
import { BatchQueries, type BatchRecord, type DecidableLine } from './batch.queries';
import { BankLayoutsService } from './bank-layouts.service';
import { BatchesService } from './batches.service';
import { readResultFile } from './result-file';

/** One line's outcome as a call gives it. */
interface Decision {
  lineId: string;
  /** The row of a result file. */
  row?: number;
  paid: boolean;
  failure?: string | null;
  amount?: number;
}

type Refusal = BatchResultsAnswer['refused'][number];

const REFUSAL_MESSAGES: Record<BatchResultRefusal, string> = {
  'line.not_in_batch': 'the line is not pending in this batch',
  'line.already_paid': 'the line was paid by an earlier call',
  'line.amount_differs': "the amount is not the batch line's",
  'line.unknown': 'no such line',
  'line.duplicate': 'the line is named twice in this call',
};

/**
 * Paying a batch: the bank's results (回盘) or the cashier's receipts (签收). One transaction per
 * call, its first lock the batch's row — so two calls on one batch run one after the other, and
 * the second finds the first's lines paid — then the lines in line order, then (in the ledger)
 * the fund. Paid lines become ledger payments in bulk; failed lines are unpaid again with their
 * failure; a line that cannot be applied is refused in the answer, never failing the call.
 */
@Injectable()
export class BatchPaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batches: BatchesService,
    private readonly queries: BatchQueries,
    private readonly layouts: BankLayoutsService,
    private readonly ledger: BulkPayments,
    private readonly audit: AuditService,
  ) {}

  results(principal: Principal, batchId: string, dto: BatchResultsDto): Promise<BatchResultsAnswer> {
    const paidOn = dto.paidOn ?? todayInCenter();
    assertNotFuture('paidOn', paidOn);
    return this.apply(principal, batchId, paidOn, 'results', async () => ({
      decisions: dto.results.map((result) => ({ ...result })),
      refused: [],
    }));
  }

  /** The bank's result file, read with the batch's layout. */
  async resultFile(
    principal: Principal,
    batchId: string,
    file: { content: Buffer; paidOn?: string },
  ): Promise<BatchResultsAnswer> {
    const paidOn = file.paidOn ?? todayInCenter();
    assertNotFuture('paidOn', paidOn);
    // Read before the transaction: its checks are slow and need no lock.
    const batch = await this.batches.requireBatch(this.dataSource.manager, principal, batchId);
    const rows = await readResultFile(file.content, await this.layouts.layoutOf(batch.layoutId));
    return this.apply(principal, batchId, paidOn, 'result_file', async (manager, locked) => {
      const numbers = [...new Set(rows.flatMap((row) => (row.lineNo === null ? [] : [row.lineNo])))];
      const ids = await this.queries.linesByNumber(manager, locked.campaignId, numbers);
      const decisions: Decision[] = [];
      const refused: Refusal[] = [];
      for (const row of rows) {
        const lineId = row.lineNo === null ? undefined : ids.get(row.lineNo);
        if (lineId)
          decisions.push({ lineId, row: row.row, paid: row.paid, failure: row.failure, amount: row.amount });
        else
          refused.push({
            lineId: null,
            row: row.row,
            code: 'line.unknown',
            message: REFUSAL_MESSAGES['line.unknown'],
          });
      }
      return { decisions, refused };
    });
  }

  receipts(principal: Principal, batchId: string, dto: ReceiptsDto): Promise<BatchResultsAnswer> {
    assertNotFuture('receivedOn', dto.receivedOn);
    return this.apply(principal, batchId, dto.receivedOn, 'receipts', async (_manager, batch) => {
      if (batch.method === 'bank') {
        throw apiError('batch.method', "method: a bank batch is paid by the bank's results, not receipts");
      }
      return { decisions: dto.lineIds.map((lineId) => ({ lineId, paid: true })), refused: [] };
    });
  }

  private apply(
    principal: Principal,
    batchId: string,
    paidOn: string,
    source: 'results' | 'result_file' | 'receipts',
    decide: (
      manager: EntityManager,
      batch: BatchRecord,
    ) => Promise<{ decisions: Decision[]; refused: Refusal[] }>,
  ): Promise<BatchResultsAnswer> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.batches.requireBatch(manager, principal, batchId, { lock: true });
      const { decisions, refused } = await decide(manager, batch);
      const outcome = await this.decide(manager, batch, decisions, refused);
      const paid = outcome.toPay.map((d) => ({
        lineId: d.line.id,
        workerId: d.line.workerId,
        unitId: d.line.unitId,
        amount: d.line.batchAmount ?? 0,
      }));
      await this.ledger.payLines(
        manager,
        principal,
        {
          campaignId: batch.campaignId,
          aidType: CAMPAIGN_KIND_AID_TYPE[batch.campaignKind],
          fundId: batch.fundId,
          method: batch.method,
          paidOn,
        },
        paid,
        {
          beforeFundMoves: (paymentOf) =>
            this.queries.markPaid(
              manager,
              batch.id,
              paid.map((line) => ({ lineId: line.lineId, paymentId: paymentOf.get(line.lineId) ?? '' })),
              paidOn,
            ),
        },
      );
      await this.queries.markFailed(
        manager,
        batch.id,
        outcome.toFail.map((d) => ({
          lineId: d.line.id,
          failure: (d.decision.failure || '失败').slice(0, BATCH_FAILURE_MAX_LENGTH),
        })),
      );
      await this.queries.closeIfDecided(manager, batch.id);
      const paidAmount = paid.reduce((sum, line) => sum + line.amount, 0);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: batch.unitId,
        action: source === 'receipts' ? 'batch.receipts' : 'batch.results',
        entityType: 'campaign_batch',
        entityId: batch.id,
        detail: {
          source,
          paid: paid.length,
          paidAmount,
          failed: outcome.toFail.length,
          alreadyPaid: outcome.alreadyPaid,
          refused: outcome.refused.length,
          paidOn,
        },
      });
      const fresh = await this.batches.requireBatch(manager, principal, batch.id);
      return {
        paid: paid.length,
        paidAmount,
        failed: outcome.toFail.length,
        alreadyPaid: outcome.alreadyPaid,
        // A file's refusals in its rows' order (a JSON call's have no rows and keep theirs).
        refused: outcome.refused.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
        batch: await this.batches.view(manager, fresh),
      };
    });
  }

  /** Sorts a call's decisions into payments, failures, lines already paid, and refusals. */
  private async decide(
    manager: EntityManager,
    batch: BatchRecord,
    decisions: Decision[],
    refused: Refusal[],
  ) {
    const refuse = (decision: Decision, code: BatchResultRefusal): void => {
      const row = decision.row !== undefined ? { row: decision.row } : {};
      refused.push({ lineId: decision.lineId, ...row, code, message: REFUSAL_MESSAGES[code] });
    };
    const seen = new Set<string>();
    const unique: Decision[] = [];
    for (const decision of decisions) {
      if (seen.has(decision.lineId)) refuse(decision, 'line.duplicate');
      else {
        seen.add(decision.lineId);
        unique.push(decision);
      }
    }
    const lines = new Map(
      (
        await this.queries.lockDecidableLines(
          manager,
          batch,
          unique.map((d) => d.lineId),
        )
      ).map((line) => [line.id, line]),
    );
    const elsewhere = await this.queries.existingLines(
      manager,
      unique.filter((d) => !lines.has(d.lineId)).map((d) => d.lineId),
    );
    const toPay: { decision: Decision; line: DecidableLine }[] = [];
    const toFail: { decision: Decision; line: DecidableLine }[] = [];
    let alreadyPaid = 0;
    for (const decision of unique) {
      const line = lines.get(decision.lineId);
      if (!line) refuse(decision, elsewhere.has(decision.lineId) ? 'line.not_in_batch' : 'line.unknown');
      else if (line.outcome === null) refuse(decision, 'line.not_in_batch');
      else if (decision.amount !== undefined && decision.amount !== line.batchAmount)
        refuse(decision, 'line.amount_differs');
      else if (line.outcome === 'paid') {
        if (decision.paid) alreadyPaid += 1;
        else refuse(decision, 'line.already_paid');
      } else if (line.outcome === 'pending') (decision.paid ? toPay : toFail).push({ decision, line });
      // The same failure told again changes nothing; any other word on a decided line is refused.
      else if (!(line.outcome === 'failed' && !decision.paid)) refuse(decision, 'line.not_in_batch');
    }
    return { toPay, toFail, alreadyPaid, refused };
  }
}

function assertNotFuture(field: string, day: string): void {
  if (day > todayInCenter()) throw invalidField(field, 'not_future', 'may not be in the future');
}
