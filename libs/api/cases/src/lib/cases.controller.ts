import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { CaseHistoryEntry, CaseListItem, CaseView, CaseWarning, Page } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
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

  @Post('cases/:id/approve')
  @HttpCode(200)
  @Authorize('cases:decide')
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
