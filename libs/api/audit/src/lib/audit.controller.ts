import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEntryView, Page } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, Principal } from '@worker-aid/api/core';
import { AuditQueryDto } from './audit-query.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authorize('audit:read')
  list(@CurrentUser() principal: Principal, @Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.audit.list(principal, query);
  }
}
