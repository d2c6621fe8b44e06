import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { StandardView } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, Principal } from '@worker-aid/api/core';
import { PutStandardDto, StandardHistoryQueryDto, StandardQueryDto } from './standards.dto';
import { StandardsService } from './standards.service';

@ApiTags('local standards')
@Controller('standards')
export class StandardsController {
  constructor(private readonly standards: StandardsService) {}

  /** Sets the unit's standard from a day on; the same unit and day again replaces it. */
  @Put()
  @Authorize('admin:manage')
  @ApiNotFoundResponse({ description: 'no such unit in the caller’s subtree' })
  put(@CurrentUser() principal: Principal, @Body() dto: PutStandardDto): Promise<StandardView> {
    return this.standards.put(principal, dto);
  }

  /** The standard in force for the unit on the day: its own, else its nearest ancestor's. */
  @Get()
  @Authorize('records:read')
  @ApiNotFoundResponse({
    description: 'no such unit in scope, or no standard in force (`standard.not_found`)',
  })
  get(@CurrentUser() principal: Principal, @Query() query: StandardQueryDto): Promise<StandardView> {
    return this.standards.get(principal, query.unitId, query.on);
  }

  /** Every standard the unit has set, newest first. */
  @Get('history')
  @Authorize('records:read')
  @ApiNotFoundResponse({ description: 'no such unit in the caller’s subtree' })
  history(
    @CurrentUser() principal: Principal,
    @Query() query: StandardHistoryQueryDto,
  ): Promise<StandardView[]> {
    return this.standards.history(principal, query.unitId);
  }
}
