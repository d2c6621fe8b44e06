import { Injectable } from '@nestjs/common';
import type { DisbursementView, Page } from '@worker-aid/shared/domain';
import { Access, paginate, Principal } from '@worker-aid/api/core';
import { CasesService } from '@worker-aid/api/cases';
import { DisbursementQueries } from './disbursement.queries';
import { DisbursementViews } from './disbursement-views';
import { DisbursementDto, DisbursementQueryDto } from './funds.dto';
import { LedgerService, type PaymentAnswer } from './ledger/ledger.service';

/** Reading the ledger's payments and reversals. Writing them is `LedgerService`'s. */
@Injectable()
export class DisbursementsService {
  constructor(
    private readonly access: Access,
    private readonly queries: DisbursementQueries,
    private readonly views: DisbursementViews,
    private readonly cases: CasesService,
    private readonly ledger: LedgerService,
  ) {}

  /** A case's payments and reversals, oldest first; 404 when the case is outside the caller's subtree. */
  async forCase(principal: Principal, caseId: string): Promise<DisbursementView[]> {
    await this.cases.assertVisible(principal, caseId);
    return this.views.of(await this.queries.ofCase(caseId));
  }

  /** Newest first; `unitId` narrows the list to that unit and everything below it. */
  async list(principal: Principal, query: DisbursementQueryDto): Promise<Page<DisbursementView>> {
    const scope = await this.access.list(principal, query.unitId);
    const rows = await this.queries.page(scope, query);
    const page = paginate(
      rows,
      query.limit,
      (row) => [row.listSeq],
      (row) => row,
    );
    return { items: await this.views.of(page.items), nextCursor: page.nextCursor };
  }

  /** A payment: the ledger's `pay` (kept here for callers that hold a `DisbursementsService`). */
  pay(
    principal: Principal,
    caseId: string,
    dto: DisbursementDto,
    idempotencyKey: string,
  ): Promise<PaymentAnswer> {
    return this.ledger.pay(principal, caseId, dto, idempotencyKey);
  }
}
