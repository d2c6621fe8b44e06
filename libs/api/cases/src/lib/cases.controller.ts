import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CaseHistoryEntry, CaseListItem, CaseView, CaseWarning, Page } from '@worker-aid/shared/domain';
import { Authorize, AuthorizeAny, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
import { ObjectionDto } from '@worker-aid/api/approvals';
import {
  ApproveCaseDto,
  CaseQueryDto,
  CloseCaseDto,
  CommentDto,
  CreateCaseDto,
  UpdateCaseDto,
  WarningsQueryDto,
} from './case.dto';
import { CasesService } from './cases.service';

@ApiTags('cases')
@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post('cases')
  @Authorize('records:write')
  create(@CurrentUser() principal: Principal, @Body() dto: CreateCaseDto): Promise<CaseView> {
    return this.cases.create(principal, dto);
  }

  @Get('cases')
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal, @Query() query: CaseQueryDto): Promise<Page<CaseListItem>> {
    return this.cases.list(principal, query);
  }

  @Get('cases/:id')
  @Authorize('records:read')
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<CaseView> {
    return this.cases.get(principal, id);
  }

  @Patch('cases/:id')
  @Authorize('records:write')
  @ApiConflictResponse({ description: 'only draft and returned cases can be edited' })
  update(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateCaseDto,
  ): Promise<CaseView> {
    return this.cases.update(principal, id, dto);
  }

  @Get('cases/:id/history')
  @Authorize('records:read')
  history(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<CaseHistoryEntry[]> {
    return this.cases.history(principal, id);
  }

  @Post('cases/:id/submit')
  @HttpCode(200)
  @Authorize('records:write')
  submit(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<CaseView> {
    return this.cases.transition(principal, id, { action: 'submit' });
  }

  @Post('cases/:id/withdraw')
  @HttpCode(200)
  @Authorize('records:write')
  withdraw(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<CaseView> {
    return this.cases.transition(principal, id, { action: 'withdraw' });
  }

  /**
   * One step of approval by level: final within the limit of the caller's level (the case is then
   * `approved` and in public notice), otherwise it stays `submitted`, awaiting the level above.
   * 403 `case.four_eyes` for the creator or a user who already made a step.
   */
  @Post('cases/:id/approve')
  @HttpCode(200)
  @Authorize('cases:decide')
  @ApiConflictResponse({
    description: '`case.transition`; `case.level` (not above the last step); `case.amount_raised`',
  })
  approve(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: ApproveCaseDto,
  ): Promise<CaseView> {
    return this.cases.transition(principal, id, { action: 'approve', body });
  }

  @Post('cases/:id/reject')
  @HttpCode(200)
  @Authorize('cases:decide')
  reject(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: CommentDto,
  ): Promise<CaseView> {
    return this.cases.transition(principal, id, { action: 'reject', body });
  }

  @Post('cases/:id/return')
  @HttpCode(200)
  @Authorize('cases:decide')
  sendBack(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: CommentDto,
  ): Promise<CaseView> {
    return this.cases.transition(principal, id, { action: 'return', body });
  }

  /** An objection during the public notice sends the case back to review (200, like the transitions). */
  @Post('cases/:id/objections')
  @HttpCode(200)
  @AuthorizeAny('records:write', 'cases:decide')
  @ApiOkResponse({ description: 'the case, `submitted` again with no steps' })
  @ApiConflictResponse({
    description: '`case.not_in_notice`: only an approved case in notice takes objections',
  })
  object(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: ObjectionDto,
  ): Promise<CaseView> {
    return this.cases.object(principal, id, body);
  }

  @Post('cases/:id/close')
  @HttpCode(200)
  @Authorize('cases:close')
  close(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: CloseCaseDto,
  ): Promise<CaseView> {
    return this.cases.transition(principal, id, { action: 'close', body });
  }

  /** Open cases of this type for the worker this year (for the intake form's warning). */
  @Get('workers/:id/warnings')
  @Authorize('records:read')
  warnings(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Query() query: WarningsQueryDto,
  ): Promise<CaseWarning[]> {
    return this.cases.warnings(principal, id, query.type);
  }
}
