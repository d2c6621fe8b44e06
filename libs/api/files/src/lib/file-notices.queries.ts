import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListScope } from '@worker-aid/api/core';
import { UNIT_PATHS } from '@worker-aid/api/units';

/** An approved (active) hardship file in public notice (公示), as the notices feature posts it. */
export interface FileInNotice {
  id: string;
  fileNo: string;
  workerId: string;
  unitId: string;
  /** The unit's path: a roster lists units in tree order. */
  unitPath: string;
  noticeStartsOn: string;
  noticeEndsOn: string;
}

/**
 * What the files feature tells the notices feature: the active files of a scope whose notice
 * has not ended (`notice_ends_on` ≥ today), in unit (tree) order, then by last day and number.
 */
@Injectable()
export class FileNoticeQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  inNotice(scope: ListScope, today: string, limit: number): Promise<FileInNotice[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown): string => `$${parameters.push(value)}`;
    return this.dataSource.query<FileInNotice[]>(
      `SELECT f.id, f.file_no AS "fileNo", f.worker_id AS "workerId", f.unit_id AS "unitId",
  u.unit_path AS "unitPath", to_char(f.notice_starts_on, 'YYYY-MM-DD') AS "noticeStartsOn",
  to_char(f.notice_ends_on, 'YYYY-MM-DD') AS "noticeEndsOn"
FROM hardship_file f JOIN ${UNIT_PATHS} u ON u.unit_id = f.unit_id
WHERE f.notice_ends_on >= ${bind(today)}::date AND f.status = 'active' AND ${scope.condition('f.unit_id', bind)}
ORDER BY u.unit_path, f.notice_ends_on, f.file_no
LIMIT ${bind(limit)}`,
      parameters,
    );
  }
}
