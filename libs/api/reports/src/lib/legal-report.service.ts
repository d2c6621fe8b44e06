import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CENTER_TIME_ZONE,
  DISPUTE_KINDS,
  type DisputeKind,
  type LegalReport,
} from '@worker-aid/shared/domain';
import { Principal } from '@worker-aid/api/core';
import { UnitsService } from '@worker-aid/api/units';
import { reportUnit, type ReportRequest } from './report-unit';

export type LegalReportRequest = ReportRequest;

/**
 * Legal aid (法律援助) taken on in a period — by the day the case was opened on the center's
 * clock — with how many are closed and the economic losses recovered for workers
 * (挽回经济损失) by the closed ones. Drafts, withdrawn and rejected cases were never taken on.
 */
@Injectable()
export class LegalReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
  ) {}

  async report(principal: Principal, request: LegalReportRequest): Promise<LegalReport> {
    const unit = await reportUnit(this.units, principal, request);
    const rows = await this.dataSource.query<
      { dispute_kind: DisputeKind; cases: number; closed: number; recovered: string }[]
    >(
      `SELECT c.details ->> 'disputeKind' AS dispute_kind, count(*)::int AS cases,
              count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
              COALESCE(sum(c.recovered_amount) FILTER (WHERE c.status = 'closed'), 0)::text AS recovered
       FROM aid_case c JOIN unit u ON u.id = c.unit_id
       WHERE c.type = 'legal' AND c.status NOT IN ('draft', 'withdrawn', 'rejected')
         AND u.path LIKE $1 || '%'
         AND ($2::date IS NULL OR (c.created_at AT TIME ZONE $4)::date >= $2::date)
         AND ($3::date IS NULL OR (c.created_at AT TIME ZONE $4)::date <= $3::date)
       GROUP BY 1`,
      [unit.path, request.from ?? null, request.to ?? null, CENTER_TIME_ZONE],
    );
    const byKind = new Map(rows.map((row) => [row.dispute_kind, row]));
    const byDisputeKind = DISPUTE_KINDS.flatMap((disputeKind) => {
      const row = byKind.get(disputeKind);
      return row ? [{ disputeKind, cases: row.cases, recoveredAmount: Number(row.recovered) }] : [];
    });
    return {
      cases: rows.reduce((sum, row) => sum + row.cases, 0),
      closed: rows.reduce((sum, row) => sum + row.closed, 0),
      recoveredAmount: rows.reduce((sum, row) => sum + Number(row.recovered), 0),
      byDisputeKind,
    };
  }
}
