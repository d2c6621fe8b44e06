import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CaseType } from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';
import { UNIT_PATHS } from '@worker-aid/api/units';

/** An approved case in public notice (公示), as the notices feature posts it. */
export interface CaseInNotice {
  id: string;
  caseNo: string;
  type: CaseType;
  workerId: string;
  unitId: string;
  /** The unit's path: a roster lists units in tree order. */
  unitPath: string;
  /** Fen approved. */
  approvedAmount: number;
  noticeStartsOn: string;
  noticeEndsOn: string;
}

interface CaseInNoticeRow extends Omit<CaseInNotice, 'approvedAmount'> {
  approvedAmount: string;
}

/**
 * What the cases feature tells the notices feature: the approved cases of a scope whose notice
 * has not ended (`notice_ends_on` ≥ today), in unit (tree) order, then by last day and number.
 */
@Injectable()
export class CaseNoticeQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async inNotice(scope: ListScope, today: string, limit: number): Promise<CaseInNotice[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown): string => `$${parameters.push(value)}`;
    const rows = await this.dataSource.query<CaseInNoticeRow[]>(
      `SELECT c.id, c.case_no AS "caseNo", c.type, c.worker_id AS "workerId", c.unit_id AS "unitId",
  u.unit_path AS "unitPath", c.approved_amount AS "approvedAmount",
  to_char(c.notice_starts_on, 'YYYY-MM-DD') AS "noticeStartsOn", to_char(c.notice_ends_on, 'YYYY-MM-DD') AS "noticeEndsOn"
FROM aid_case c JOIN ${UNIT_PATHS} u ON u.unit_id = c.unit_id
WHERE c.notice_ends_on >= ${bind(today)}::date AND c.status = 'approved' AND ${scope.condition('c.unit_id', bind)}
ORDER BY u.unit_path, c.notice_ends_on, c.case_no
LIMIT ${bind(limit)}`,
      parameters,
    );
    return rows.map((row) => ({ ...row, approvedAmount: Number(row.approvedAmount) }));
  }
}
