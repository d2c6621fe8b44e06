import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { DisbursementReport, LegalReport } from '@worker-aid/shared/domain';
import { Authorize, CurrentUser, Principal } from '@worker-aid/api/core';
import { DisbursementReportService } from './disbursement-report.service';
import { reportCsv } from './export/report-csv';
import { reportLanguage } from './export/report-labels';
import { reportTable } from './export/report-table';
import { reportXlsx } from './export/report-xlsx';
import { LegalReportService } from './legal-report.service';
import { DisbursementReportQueryDto, LegalReportQueryDto } from './reports.dto';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly disbursementReports: DisbursementReportService,
    private readonly legalReports: LegalReportService,
  ) {}

  /** Persons, person-times and amount paid, grouped as asked; `format` downloads it as a file. */
  @Get('disbursements')
  @Authorize('reports:read')
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  async disbursements(
    @CurrentUser() principal: Principal,
    @Query() query: DisbursementReportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DisbursementReport | StreamableFile> {
    const { unit, ...report } = await this.disbursementReports.report(principal, query);
    if (!query.format) return report;
    const table = reportTable({ unit, ...report }, query, reportLanguage(query.lang, acceptLanguage));
    const file = query.format === 'csv' ? reportCsv(table) : await reportXlsx(table);
    void reply.header('Content-Type', CONTENT_TYPES[query.format]);
    void reply.header(
      'Content-Disposition',
      `attachment; filename="${table.fileName}.${query.format}"; filename*=UTF-8''${encodeURIComponent(
        `${table.title}-${unit.name}.${query.format}`,
      )}`,
    );
    return new StreamableFile(file);
  }

  /** Legal aid taken on in the period: cases, closed, and losses recovered by dispute kind. */
  @Get('legal')
  @Authorize('reports:read')
  legal(@CurrentUser() principal: Principal, @Query() query: LegalReportQueryDto): Promise<LegalReport> {
    return this.legalReports.report(principal, query);
  }
}
