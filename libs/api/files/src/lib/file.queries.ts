import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CENTER_TIME_ZONE,
  ENDED_FILE_STATUSES,
  isCalendarDay,
  type DueFollowUp,
  type FileExitReason,
  type FileHardshipCause,
  type FileListItem,
  type FileStatus,
  type FileTier,
} from '@worker-aid/shared/domain';
import {
  decodeCursor,
  decodeSequenceCursor,
  escapeLike,
  invalidCursor,
  type ListScope,
  rowsForPage,
} from '@worker-aid/api/core';
import { WORKER_NAMES } from '@worker-aid/api/workers';
import { FileEvent } from './file-event.entity';
import { followUpDueCondition, OPEN_FOLLOW_UP_CONDITION, reviewDueCondition } from './file-due';
import { FileFollowUpVisit } from './file-follow-up.entity';
import type { FileQueryDto, FollowUpQueryDto } from './files.dto';
import { HardshipFile } from './hardship-file.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NewFileEvent = Pick<
  FileEvent,
  'fileId' | 'actorId' | 'action' | 'fromStatus' | 'toStatus' | 'comment' | 'detail'
>;

/** A row of the list as the statement answers it. */
export interface FileListRow {
  id: string;
  listSeq: string;
  fileNo: string;
  workerId: string;
  workerName: string;
  unitId: string;
  status: FileStatus;
  tier: FileTier;
  perCapitaIncome: string;
  mainCause: FileHardshipCause;
  reviewDueOn: string | null;
  closedOn: string | null;
  exitReason: FileExitReason | null;
  createdAt: Date;
}

/** A row of the due follow-ups as the statement answers it. */
export interface DueFollowUpRow extends DueFollowUp {
  id: string;
}

/** Every query of `hardship_file`, `file_event` and `file_number_counter`, which the files feature owns. */
@Injectable()
export class FileQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async save(manager: EntityManager, file: HardshipFile): Promise<void> {
    await manager.save(file);
  }

  async insertEvent(manager: EntityManager, event: NewFileEvent): Promise<void> {
    await manager.save(FileEvent, manager.create(FileEvent, event), { reload: false });
  }

  events(fileId: string): Promise<FileEvent[]> {
    return this.dataSource.getRepository(FileEvent).find({ where: { fileId }, order: { id: 'ASC' } });
  }

  /** The worker's file that is not over, if any. */
  async openFileOf(
    workerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const row = await manager
      .getRepository(HardshipFile)
      .createQueryBuilder('f')
      .select('f.id', 'id')
      .where('f.worker_id = :workerId', { workerId })
      .andWhere('f.status NOT IN (:...ended)', { ended: ENDED_FILE_STATUSES })
      .getRawOne<{ id: string }>();
    return row?.id ?? null;
  }

  /** The next file number in the center's current year (gap-tolerant, never repeated). */
  async nextFileNumber(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ year: number; sequence: number }> {
    const [row] = await manager.query<{ year: number; last_value: number }[]>(
      `INSERT INTO file_number_counter (year, last_value)
       VALUES (EXTRACT(YEAR FROM now() AT TIME ZONE $1)::int, 1)
       ON CONFLICT (year) DO UPDATE SET last_value = file_number_counter.last_value + 1
       RETURNING year, last_value`,
      [CENTER_TIME_ZONE],
    );
    return { year: row.year, sequence: row.last_value };
  }

  followUpsOf(
    fileId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FileFollowUpVisit[]> {
    return manager.getRepository(FileFollowUpVisit).find({ where: { fileId }, order: { dueOn: 'ASC' } });
  }

  async insertFollowUps(manager: EntityManager, fileId: string, dueDates: readonly string[]): Promise<void> {
    if (dueDates.length === 0) return;
    await manager.insert(
      FileFollowUpVisit,
      dueDates.map((dueOn) => ({ fileId, dueOn })),
    );
  }

  /** The file's earliest follow-up not yet done, locked for the visit. */
  earliestOpenFollowUp(manager: EntityManager, fileId: string): Promise<FileFollowUpVisit | null> {
    return manager
      .getRepository(FileFollowUpVisit)
      .createQueryBuilder('v')
      .where('v.file_id = :fileId AND v.done_on IS NULL', { fileId })
      .orderBy('v.due_on', 'ASC')
      .limit(1)
      .setLock('pessimistic_write')
      .getOne();
  }

  async saveFollowUp(manager: EntityManager, visit: FileFollowUpVisit): Promise<void> {
    await manager.save(visit);
  }

  /** After a relapse the household is filed again: the later visits are no longer due. */
  async dropOpenFollowUps(manager: EntityManager, fileId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(FileFollowUpVisit)
      .where('file_id = :fileId AND done_on IS NULL', { fileId })
      .execute();
    return result.affected ?? 0;
  }

  /** Open follow-ups of closed files in scope, earliest due first; `due`: only those due within 14 days or past. */
  dueFollowUpsPage(scope: ListScope, query: FollowUpQueryDto, today: string): Promise<DueFollowUpRow[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown): string => `$${parameters.push(value)}`;
    const conditions = [scope.condition('f.unit_id', bind), OPEN_FOLLOW_UP_CONDITION];
    if (query.due === 'true') conditions.push(followUpDueCondition(bind(today)));
    if (query.cursor) {
      const [dueOn, id] = decodeCursor(query.cursor, ['string', 'string']) as string[];
      if (!isCalendarDay(dueOn) || !UUID.test(id)) throw invalidCursor();
      conditions.push(`(v.due_on, v.id) > (${bind(dueOn)}::date, ${bind(id)}::uuid)`);
    }
    const sql = `SELECT v.id, f.id AS "fileId", f.file_no AS "fileNo", f.worker_id AS "workerId",
  w.worker_name AS "workerName", f.unit_id AS "unitId", f.tier, f.exit_reason AS "exitReason",
  to_char(f.closed_on, 'YYYY-MM-DD') AS "closedOn", to_char(v.due_on, 'YYYY-MM-DD') AS "dueOn"
FROM file_follow_up v
  JOIN hardship_file f ON f.id = v.file_id
  JOIN ${WORKER_NAMES} w ON w.worker_id = f.worker_id
WHERE ${conditions.join(' AND ')}
ORDER BY v.due_on, v.id
LIMIT ${bind(rowsForPage(query.limit))}`;
    return this.dataSource.query<DueFollowUpRow[]>(sql, parameters);
  }

  /**
   * The list's page, one row more than the page: newest first, or with `reviewDue` the most
   * overdue first (keyed by the review day, then the insertion order).
   */
  listPage(scope: ListScope, query: FileQueryDto, today: string): Promise<FileListRow[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown): string => `$${parameters.push(value)}`;
    const conditions = [scope.condition('f.unit_id', bind)];
    if (query.workerId) conditions.push(`f.worker_id = ${bind(query.workerId)}`);
    if (query.status) conditions.push(`f.status = ${bind(query.status)}`);
    if (query.tier) conditions.push(`f.tier = ${bind(query.tier)}`);
    const byReviewDay = query.reviewDue === 'true';
    if (byReviewDay) {
      conditions.push(reviewDueCondition(bind(today)));
    }
    if (query.q) {
      const q = bind(`%${escapeLike(query.q)}%`);
      conditions.push(`(f.file_no ILIKE ${q} ESCAPE '\\' OR w.worker_name ILIKE ${q} ESCAPE '\\')`);
    }
    if (query.cursor && byReviewDay) {
      const [dueOn, seq] = decodeCursor(query.cursor, ['string', 'string']) as string[];
      if (!isCalendarDay(dueOn) || !/^\d{1,18}$/.test(seq)) throw invalidCursor();
      conditions.push(`(f.review_due_on, f.list_seq) > (${bind(dueOn)}::date, ${bind(seq)}::bigint)`);
    } else if (query.cursor) {
      conditions.push(`f.list_seq < ${bind(decodeSequenceCursor(query.cursor))}`);
    }
    const sql = `SELECT f.id, f.list_seq AS "listSeq", f.file_no AS "fileNo", f.worker_id AS "workerId",
  w.worker_name AS "workerName", f.unit_id AS "unitId", f.status, f.tier,
  f.per_capita_income AS "perCapitaIncome", f.main_cause AS "mainCause",
  to_char(f.review_due_on, 'YYYY-MM-DD') AS "reviewDueOn", to_char(f.closed_on, 'YYYY-MM-DD') AS "closedOn",
  f.exit_reason AS "exitReason", f.created_at AS "createdAt"
FROM hardship_file f JOIN ${WORKER_NAMES} w ON w.worker_id = f.worker_id
WHERE ${conditions.join(' AND ')}
ORDER BY ${byReviewDay ? 'f.review_due_on, f.list_seq' : 'f.list_seq DESC'}
LIMIT ${bind(rowsForPage(query.limit))}`;
    return this.dataSource.query<FileListRow[]>(sql, parameters);
  }
}

export function toFileListItem(row: FileListRow): FileListItem {
  return {
    id: row.id,
    fileNo: row.fileNo,
    workerId: row.workerId,
    workerName: row.workerName,
    unitId: row.unitId,
    status: row.status,
    tier: row.tier,
    perCapitaIncome: Number(row.perCapitaIncome),
    mainCause: row.mainCause,
    reviewDueOn: row.reviewDueOn,
    closedOn: row.closedOn,
    exitReason: row.exitReason,
    createdAt: row.createdAt.toISOString(),
  };
}
