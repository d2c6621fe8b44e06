import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Page, RevealedWorkerNumbers, WorkerView } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
import { CreateWorkerDto, LookupWorkerDto, UpdateWorkerDto, WorkerQueryDto } from './worker.dto';
import { WorkersService } from './workers.service';

@ApiTags('workers')
@Controller('workers')
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Post()
  @Authorize('records:write')
  @ApiConflictResponse({
    description: 'the identity number is registered; `workerId` names the worker when in scope',
  })
  register(@CurrentUser() principal: Principal, @Body() dto: CreateWorkerDto): Promise<WorkerView> {
    return this.workers.register(principal, dto);
  }

  @Get()
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal, @Query() query: WorkerQueryDto): Promise<Page<WorkerView>> {
    return this.workers.list(principal, query);
  }

  /** Identity numbers travel in the body, never in a URL. */
  @Post('lookup')
  @HttpCode(200)
  @Authorize('records:read')
  @ApiNotFoundResponse({ description: 'no worker in the caller’s scope has this number' })
  lookup(@CurrentUser() principal: Principal, @Body() dto: LookupWorkerDto): Promise<WorkerView> {
    return this.workers.lookup(principal, dto.idNumber);
  }

  @Get(':id')
  @Authorize('records:read')
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<WorkerView> {
    return this.workers.get(principal, id);
  }

  @Patch(':id')
  @Authorize('records:write')
  update(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateWorkerDto,
  ): Promise<WorkerView> {
    return this.workers.update(principal, id, dto);
  }

  /** The full identity number; written to the audit trail. */
  @Post(':id/reveal')
  @HttpCode(200)
  @Authorize('identity:reveal')
  reveal(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<RevealedWorkerNumbers> {
    return this.workers.reveal(principal, id);
  }
}
