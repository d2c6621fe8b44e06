import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  AllocationView,
  DisbursementView,
  FundView,
  LedgerCheckView,
  Page,
} from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, IdParam, Principal, requireIdempotencyKey } from '@worker-aid/api/core';
import { DisbursementsService } from './disbursements.service';
import {
  AllocationDto,
  CreateFundDto,
  DisbursementDto,
  DisbursementQueryDto,
  ReversalDto,
} from './funds.dto';
import { FundsService } from './funds.service';
import { LedgerCheckService } from './ledger-check.service';
import { LedgerService } from './ledger/ledger.service';

@ApiTags('funds and disbursements')
@Controller()
export class FundsController {
  constructor(
    private readonly funds: FundsService,
    private readonly disbursements: DisbursementsService,
    private readonly ledger: LedgerService,
    private readonly ledgerCheck: LedgerCheckService,
  ) {}

  @Get('funds')
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal): Promise<FundView[]> {
    return this.funds.list(principal);
  }

  @Post('funds')
  @Authorize('funds:create')
  @ApiConflictResponse({ description: 'the code is taken' })
  create(@CurrentUser() principal: Principal, @Body() dto: CreateFundDto): Promise<FundView> {
    return this.funds.create(principal, dto);
  }

  @Get('funds/:id')
  @Authorize('records:read')
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<FundView> {
    return this.funds.get(principal, id);
  }

  @Get('funds/:id/allocations')
  @Authorize('records:read')
  allocations(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<AllocationView[]> {
    return this.funds.allocations(principal, id);
  }

  @Post('funds/:id/allocations')
  @Authorize('money:write')
  allocate(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: AllocationDto,
  ): Promise<AllocationView> {
    return this.ledger.allocate(principal, id, dto);
  }

  /** Pays an approved case; the same Idempotency-Key and body answer the first 201 again. */
  @Post('cases/:id/disbursements')
  @Authorize('money:write')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'one key per intended payment' })
  @ApiConflictResponse({
    description: 'more than approved, more than the fund holds, a case not approved, or a reused key',
  })
  async pay(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: DisbursementDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DisbursementView> {
    const answer = await this.ledger.pay(principal, id, dto, requireIdempotencyKey(key));
    void reply.status(answer.status);
    return answer.body;
  }

  @Get('cases/:id/disbursements')
  @Authorize('records:read')
  forCase(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<DisbursementView[]> {
    return this.disbursements.forCase(principal, id);
  }

  @Get('disbursements')
  @Authorize('records:read')
  listDisbursements(
    @CurrentUser() principal: Principal,
    @Query() query: DisbursementQueryDto,
  ): Promise<Page<DisbursementView>> {
    return this.disbursements.list(principal, query);
  }

  /** Reverses (冲正) a bounced payment with a compensating entry. */
  @Post('disbursements/:id/reversal')
  @Authorize('money:write')
  reverse(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: ReversalDto,
  ): Promise<DisbursementView> {
    return this.ledger.reverse(principal, id, dto);
  }

  /** Recomputes every total from the ledger rows; `differences` is empty when the books agree. */
  @Get('ledger/check')
  @HttpCode(200)
  @Authorize('audit:read')
  check(): Promise<LedgerCheckView> {
    return this.ledgerCheck.check();
  }
}
