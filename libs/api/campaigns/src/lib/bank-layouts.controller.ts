import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BankLayout } from '@worker-aid/shared/domain';
import { Authorize, AuthorizeAny, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
import { BankLayoutDto } from './bank-layout.dto';
import { BankLayoutsService } from './bank-layouts.service';

/** `/api/bank-layouts`: the banks' payroll file layouts, set by administrators, chosen by finance. */
@ApiTags('campaigns')
@Controller('bank-layouts')
export class BankLayoutsController {
  constructor(private readonly layouts: BankLayoutsService) {}

  @Get()
  @AuthorizeAny('money:write', 'admin:manage')
  list(): Promise<BankLayout[]> {
    return this.layouts.list();
  }

  @Post()
  @Authorize('admin:manage')
  create(@CurrentUser() principal: Principal, @Body() dto: BankLayoutDto): Promise<BankLayout> {
    return this.layouts.create(principal, dto);
  }

  @Put(':id')
  @Authorize('admin:manage')
  update(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: BankLayoutDto,
  ): Promise<BankLayout> {
    return this.layouts.update(principal, id, dto);
  }
}
