import { Injectable } from '@nestjs/common';
import { todayInCenter, type FilesReport } from '@worker-aid/shared/domain';
import { Access, Principal } from '@worker-aid/api/core';
import { FilesReportReader } from '@worker-aid/api/files';
import { UnitsService } from '@worker-aid/api/units';

export interface FilesReportRequest {
  on?: string;
  unitId?: string;
}

/** The report with what it was made for: the unit (for a file's headings) and the day. */
export interface ResolvedFilesReport {
  unit: { code: string; name: string };
  on: string;
  report: FilesReport;
}

/**
 * The hardship files report (困难职工档案统计): the files on a day in a unit's subtree, as the
 * files feature counts them (`FilesReportReader`); the day is today on the center's clock unless
 * asked for.
 */
@Injectable()
export class FilesReportService {
  constructor(
    private readonly access: Access,
    private readonly files: FilesReportReader,
    private readonly units: UnitsService,
  ) {}

  async report(principal: Principal, request: FilesReportRequest): Promise<FilesReport> {
    const scope = await this.access.list(principal, request.unitId);
    return this.files.report(scope, request.on ?? todayInCenter());
  }

  /** For a download: the report and the names its headings print. */
  async resolved(principal: Principal, request: FilesReportRequest): Promise<ResolvedFilesReport> {
    const unit = await this.units.findInScope(principal, request.unitId ?? principal.unitId);
    const on = request.on ?? todayInCenter();
    const report = await this.report(principal, { unitId: unit.id, on });
    return { unit: { code: unit.code, name: unit.name }, on, report };
  }
}
