import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { ApprovalPolicyRow } from './approval-policy.entity';
import { ApprovalPolicyController } from './approval-policy.controller';
import { ApprovalPolicyService } from './approval-policy.service';

/** The approval policy (分级审批 limits, 公示 days). Owns `approval_policy`. */
@Module({
  imports: [TypeOrmModule.forFeature([ApprovalPolicyRow]), AuditModule],
  controllers: [ApprovalPolicyController],
  providers: [ApprovalPolicyService],
  exports: [ApprovalPolicyService],
})
export class ApprovalsModule {}
