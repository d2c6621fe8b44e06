import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseAction, CaseHistoryEntry, CaseStatus } from '@worker-aid/shared/domain';
import type { Principal } from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UsersService } from '@worker-aid/api/users';
import type { AidCase } from './aid-case.entity';
import { CaseQueries } from './case.queries';

export type CaseHistoryAction = CaseAction | 'create' | 'update' | 'pay' | 'reverse' | 'objection';

/**
 * A case's history: every step lands in `case_event` and the audit trail, in the caller's
 * transaction. `detail` (an approval step's level and amount, an objection's channel, an edit's
 * fields) is kept in both.
 */
@Injectable()
export class CaseHistory {
  constructor(
    private readonly queries: CaseQueries,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async record(
    manager: EntityManager,
    principal: Principal,
    aidCase: Pick<AidCase, 'id' | 'caseNo' | 'unitId' | 'status'>,
    action: CaseHistoryAction,
    fromStatus: CaseStatus | null,
    comment: string | null,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await this.queries.insertEvent(manager, {
      caseId: aidCase.id,
      actorId: principal.id,
      action,
      fromStatus,
      toStatus: aidCase.status,
      comment,
      detail: Object.keys(detail).length > 0 ? detail : null,
    });
    await this.audit.record(manager, {
      actorId: principal.id,
      unitId: aidCase.unitId,
      action: `case.${action}`,
      entityType: 'case',
      entityId: aidCase.id,
      detail: { caseNo: aidCase.caseNo, from: fromStatus, to: aidCase.status, ...detail },
    });
  }

  /** Every step of a case, oldest first, with who took it by name. */
  async of(caseId: string): Promise<CaseHistoryEntry[]> {
    const events = await this.queries.events(caseId);
    const names = await this.users.displayNamesOf([...new Set(events.map((event) => event.actorId))]);
    return events.map((event) => ({
      at: event.at.toISOString(),
      actorId: event.actorId,
      actorName: names.get(event.actorId) ?? null,
      action: event.action as CaseHistoryAction,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      comment: event.comment,
      detail: event.detail,
    }));
  }
}
