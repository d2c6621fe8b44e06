import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
import type { ApprovalPolicyView } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, Principal } from '@worker-aid/api/core';
import { ApprovalPolicyDto } from './approval-policy.dto';
import { ApprovalPolicyService } from './approval-policy.service';

@ApiTags('approval policy')
@Controller('approval-policy')
export class ApprovalPolicyController {
  constructor(private readonly policy: ApprovalPolicyService) {}

  /** Limits per aid type and unit level, notice days per type; `configured: false` until set. */
  @Get()
  @Authorize('records:read')
  get(): Promise<ApprovalPolicyView> {
    return this.policy.view();
  }

  /** Replaces the policy: every type × level once, the center without a limit, higher ≥ lower. */
  @Put()
  @Authorize('admin:manage')
  @ApiBadRequestResponse({ description: 'an inconsistent policy (`validation`, with `fields`)' })
  put(@CurrentUser() principal: Principal, @Body() dto: ApprovalPolicyDto): Promise<ApprovalPolicyView> {
    return this.policy.put(principal, dto);
  }
}
