import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { InboxView } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, Principal } from '@worker-aid/api/core';
import { InboxService } from './inbox.service';

/** The inbox (待办): the home page of every user. */
@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  /** Counts of every kind (0 for kinds the role may not do) and the first items of each, most urgent first. */
  @Get()
  @Authorize('records:read')
  get(@CurrentUser() principal: Principal): Promise<InboxView> {
    return this.inbox.inbox(principal);
  }
}
