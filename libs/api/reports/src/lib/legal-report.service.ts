import { Injectable } from '@nestjs/common';
import { DISPUTE_KINDS, type LegalReport } from '@worker-aid/shared/domain';
import { Access, Principal } from '@worker-aid/api/core';
import { CasesService } from '@worker-aid/api/cases';
import { assertPeriod, type ReportRequest } from './report-unit';

export type LegalReportRequest = ReportRequest;

/**
 * Legal aid (法律援助) taken on in a period — by the day the case was opened on the center's
 * clock — with how many are closed and the economic losses recovered for workers
 * (挽回经济损失) by the closed ones, as the cases feature counts them (`CasesService.legalAid`).
 */
@Injectable()
export class LegalReportService {
  constructor(
    private readonly access: Access,
    private readonly cases: CasesService,
  ) {}

  async report(principal: Principal, request: LegalReportRequest): Promise<LegalReport> {
    assertPeriod(request);
    const scope = await this.access.list(principal, request.unitId ?? principal.unitId);
    const rows = await this.cases.legalAid(scope, request.from ?? null, request.to ?? null);
    const byKind = new Map(rows.map((row) => [row.disputeKind, row]));
    const byDisputeKind = DISPUTE_KINDS.flatMap((disputeKind) => {
      const row = byKind.get(disputeKind);
      return row ? [{ disputeKind, cases: row.cases, recoveredAmount: row.recovered }] : [];
    });
    return {
      cases: rows.reduce((sum, row) => sum + row.cases, 0),
      closed: rows.reduce((sum, row) => sum + row.closed, 0),
      recoveredAmount: rows.reduce((sum, row) => sum + row.recovered, 0),
      byDisputeKind,
    };
  }
}
