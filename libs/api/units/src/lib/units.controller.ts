import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { UnitView } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
import { CreateUnitDto } from './create-unit.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal): Promise<UnitView[]> {
    return this.units.list(principal);
  }

  @Get(':id')
  @Authorize('records:read')
  @ApiNotFoundResponse({ description: 'no such unit in the caller’s subtree' })
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<UnitView> {
    return this.units.get(principal, id);
  }

  @Post()
  @Authorize('admin:manage')
  @ApiConflictResponse({ description: 'the code is taken' })
  create(@CurrentUser() principal: Principal, @Body() dto: CreateUnitDto): Promise<UnitView> {
    return this.units.create(principal, dto);
  }
}
