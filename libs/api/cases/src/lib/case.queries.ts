import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CENTER_TIME_ZONE,
  OPEN_CASE_STATUSES,
  type CaseStatus,
  type CaseType,
  type DisputeKind,
} from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';

/** What other features show of a case they refer to. */
export interface CaseLabel {
  caseNo: string;
  status: CaseStatus;
}
import { AidCase } from './aid-case.entity';
import { CaseEvent } from './case-event.entity';
import type { CaseQueryDto } from './case.dto';
import { caseListStatement, type CaseListContext, type CaseListRow } from './case-list.query';

export type NewCaseEvent = Pick<
  CaseEvent,
  'caseId' | 'actorId' | 'action' | 'fromStatus' | 'toStatus' | 'comment' | 'detail'
>;

/** Legal aid taken on, per dispute kind: what the legal-aid report reads. */
export interface LegalAidFigures {
  disputeKind: DisputeKind;
  cases: number;
  closed: number;
  /** Fen recovered by the closed cases. */
  recovered: number;
}

/** Every query of `aid_case`, `case_event` and `case_number_counter`, which the cases feature owns. */
@Injectable()
export class CaseQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The case list's page: one statement (`case-list.query.ts`). */
  listPage(scope: ListScope, query: CaseQueryDto, context: CaseListContext): Promise<CaseListRow[]> {
    const { sql, parameters } = caseListStatement(scope, query, context);
    return this.dataSource.query<CaseListRow[]>(sql, parameters);
  }

  async save(manager: EntityManager, aidCase: AidCase): Promise<void> {
    await manager.save(aidCase);
  }

  async setPaidTotal(
    manager: EntityManager,
    id: string,
    paid: { disbursedAmount: number; status: CaseStatus },
  ): Promise<void> {
    await manager.update(AidCase, { id }, paid);
  }

  async insertEvent(manager: EntityManager, event: NewCaseEvent): Promise<void> {
    await manager.save(CaseEvent, manager.create(CaseEvent, event), { reload: false });
  }

  /** A case's history, oldest first. */
  events(caseId: string): Promise<CaseEvent[]> {
    return this.dataSource.getRepository(CaseEvent).find({ where: { caseId }, order: { id: 'ASC' } });
  }

  /** Open cases of the type for the worker in the center's current year, oldest first. */
  openThisYear(
    workerId: string,
    type: CaseType,
    excludeCaseId: string | null,
  ): Promise<{ id: string; caseNo: string; status: CaseStatus }[]> {
    const qb = this.dataSource
      .getRepository(AidCase)
      .createQueryBuilder('c')
      .select(['c.id AS id', 'c.case_no AS "caseNo"', 'c.status AS status'])
      .where('c.worker_id = :workerId AND c.type = :type', { workerId, type })
      .andWhere('c.status IN (:...open)', { open: OPEN_CASE_STATUSES })
      .andWhere(
        'EXTRACT(YEAR FROM c.created_at AT TIME ZONE :tz) = EXTRACT(YEAR FROM now() AT TIME ZONE :tz)',
        { tz: CENTER_TIME_ZONE },
      )
      .orderBy('c.list_seq', 'ASC');
    if (excludeCaseId) qb.andWhere('c.id <> :excludeCaseId', { excludeCaseId });
    return qb.getRawMany();
  }

  /** The next number of the type in the center's current year (gap-tolerant, never repeated). */
  async nextCaseNumber(type: CaseType): Promise<{ year: number; sequence: number }> {
    const [row] = await this.dataSource.query<{ year: number; last_value: number }[]>(
      `INSERT INTO case_number_counter (type, year, last_value)
       VALUES ($1, EXTRACT(YEAR FROM now() AT TIME ZONE $2)::int, 1)
       ON CONFLICT (type, year) DO UPDATE SET last_value = case_number_counter.last_value + 1
       RETURNING year, last_value`,
      [type, CENTER_TIME_ZONE],
    );
    return { year: row.year, sequence: row.last_value };
  }

  async labelsOf(ids: readonly string[], manager: EntityManager): Promise<Map<string, CaseLabel>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: string; case_no: string; status: CaseStatus }[]>(
      'SELECT id, case_no, status FROM aid_case WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { caseNo: row.case_no, status: row.status }]));
  }

  /**
   * Legal-aid cases of `scope` taken on between two days of the center's calendar (either may
   * be open), per dispute kind. Drafts, withdrawn and rejected cases were never taken on.
   */
  async legalAid(scope: ListScope, from: string | null, to: string | null): Promise<LegalAidFigures[]> {
    const parameters: unknown[] = [from, to, CENTER_TIME_ZONE];
    const inScope = scope.condition('c.unit_id', (value) => `$${parameters.push(value)}`);
    const rows = await this.dataSource.query<
      { dispute_kind: DisputeKind; cases: number; closed: number; recovered: string }[]
    >(
      `SELECT c.details ->> 'disputeKind' AS dispute_kind, count(*)::int AS cases,
              count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
              COALESCE(sum(c.recovered_amount) FILTER (WHERE c.status = 'closed'), 0)::text AS recovered
       FROM aid_case c
       WHERE c.type = 'legal' AND c.status NOT IN ('draft', 'withdrawn', 'rejected')
         AND ${inScope}
         AND ($1::date IS NULL OR (c.created_at AT TIME ZONE $3)::date >= $1::date)
         AND ($2::date IS NULL OR (c.created_at AT TIME ZONE $3)::date <= $2::date)
       GROUP BY 1`,
      parameters,
    );
    return rows.map((row) => ({
      disputeKind: row.dispute_kind,
      cases: row.cases,
      closed: row.closed,
      recovered: Number(row.recovered),
    }));
  }
}
