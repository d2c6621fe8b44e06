import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { DisbursementReport, FilesReport, LegalReport, ReportFormat } from '@worker-aid/shared/domain';
import {
  Authorize,
  contentDisposition,
  CurrentUser,
  Principal,
  XLSX_CONTENT_TYPE,
} from '@worker-aid/api/core';
import { DisbursementReportService } from './disbursement-report.service';
import { filesReportSheet } from './export/files-report-sheet';
import { reportCsv } from './export/report-csv';
import { reportLanguage } from './export/report-labels';
import { reportTable } from './export/report-table';
import { reportXlsx } from './export/report-xlsx';
import { sheetCsv } from './export/sheet-csv';
import { sheetXlsx } from './export/sheet-xlsx';
import { FilesReportService } from './files-report.service';
import { LegalReportService } from './legal-report.service';
import { DisbursementReportQueryDto, FilesReportQueryDto, LegalReportQueryDto } from './reports.dto';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: XLSX_CONTENT_TYPE,
} as const;

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly disbursementReports: DisbursementReportService,
    private readonly legalReports: LegalReportService,
    private readonly filesReports: FilesReportService,
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
    return attachment(reply, file, query.format, table.fileName, `${table.title}-${unit.name}`);
  }

  /** Legal aid taken on in the period: cases, closed, and losses recovered by dispute kind. */
  @Get('legal')
  @Authorize('reports:read')
  legal(@CurrentUser() principal: Principal, @Query() query: LegalReportQueryDto): Promise<LegalReport> {
    return this.legalReports.report(principal, query);
  }

  /**
   * Hardship files on a day (today by default): active files and their people, by tier and by
   * main cause, with the exits and relapses of that day's year; `format` downloads it as a file.
   */
  @Get('files')
  @Authorize('reports:read')
  @ApiProduces('application/json', CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  async files(
    @CurrentUser() principal: Principal,
    @Query() query: FilesReportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FilesReport | StreamableFile> {
    if (!query.format) return this.filesReports.report(principal, query);
    const resolved = await this.filesReports.resolved(principal, query);
    const sheet = filesReportSheet(resolved, reportLanguage(query.lang, acceptLanguage));
    const file = query.format === 'csv' ? sheetCsv(sheet) : await sheetXlsx(sheet);
    return attachment(reply, file, query.format, sheet.fileName, `${sheet.title}-${resolved.unit.name}`);
  }
}

/** A report file to download: an ASCII name, and the report's own (Chinese) name for browsers that read it. */
function attachment(
  reply: FastifyReply,
  file: Buffer,
  format: ReportFormat,
  fileName: string,
  displayName: string,
): StreamableFile {
  void reply.header('Content-Type', CONTENT_TYPES[format]);
  void reply.header(
    'Content-Disposition',
    contentDisposition('attachment', `${displayName}.${format}`, `${fileName}.${format}`),
  );
  return new StreamableFile(file);
}
