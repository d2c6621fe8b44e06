import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  approvalPolicyProblems,
  NO_POLICY,
  withEveryNoticeSubject,
  type ApprovalPolicy,
  type ApprovalPolicyView,
} from '@worker-aid/shared/domain';
import { invalid, type Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { ApprovalPolicyRow } from './approval-policy.entity';

const POLICY_ID = 1;

/**
 * The approval policy: limits per aid type and unit level, notice days per type and for files.
 * Other features ask `current()` inside their own transaction; until an administrator sets a
 * policy it answers `null`, and every step is final with no notice (v1's behaviour).
 */
@Injectable()
export class ApprovalPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The policy in force, or null when none was ever set. Read in the caller's transaction. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<ApprovalPolicy | null> {
    const row = await manager.findOneBy(ApprovalPolicyRow, { id: POLICY_ID });
    return row ? toPolicy(row) : null;
  }

  /** `GET /api/approval-policy`: the policy, or the no-policy default with `configured: false`. */
  async view(): Promise<ApprovalPolicyView> {
    const row = await this.dataSource.manager.findOneBy(ApprovalPolicyRow, { id: POLICY_ID });
    if (!row) {
      return { ...NO_POLICY, objectionContact: null, configured: false, updatedAt: null, updatedBy: null };
    }
    return {
      ...toPolicy(row),
      objectionContact: row.objectionContact,
      configured: true,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
    };
  }

  /** Replaces the policy (admin); 400 `validation` naming every inconsistency, nothing written then. */
  async put(principal: Principal, policy: ApprovalPolicy): Promise<ApprovalPolicyView> {
    const problems = approvalPolicyProblems(policy);
    if (problems.length > 0) throw invalid(problems);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.current(manager);
      await manager.upsert(
        ApprovalPolicyRow,
        {
          id: POLICY_ID,
          limits: policy.limits.map(({ type, level, limit }) => ({ type, level, limit })),
          noticeDays: policy.noticeDays.map(({ type, days }) => ({ type, days })),
          objectionContact: policy.objectionContact || null,
          updatedBy: principal.id,
          updatedAt: new Date(),
        },
        ['id'],
      );
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: principal.unitId,
        action: 'approval_policy.set',
        entityType: 'approval_policy',
        entityId: null,
        detail: { before, after: policy },
      });
    });
    return this.view();
  }
}

/** A policy saved before a notice subject existed has none for it (0 days). */
function toPolicy(row: ApprovalPolicyRow): ApprovalPolicy {
  return withEveryNoticeSubject({
    limits: row.limits,
    noticeDays: row.noticeDays,
    objectionContact: row.objectionContact,
  });
}
