import { Transform } from 'class-transformer';
import { ArrayUnique, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  REPORT_FORMATS,
  REPORT_GROUPS,
  type ReportFormat,
  type ReportGroup,
} from '@worker-aid/shared/domain';
import { IsDay } from '@worker-aid/api/core';

export const REPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export class LegalReportQueryDto {
  /** First day of the period (inclusive). */
  @IsOptional()
  @IsDay()
  from?: string;

  /** Last day of the period (inclusive). */
  @IsOptional()
  @IsDay()
  to?: string;

  /** A unit in the caller's scope, with everything below it; by default the caller's own unit. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class DisbursementReportQueryDto extends LegalReportQueryDto {
  /** A comma list of `type`, `unit`, `month`, `fund`, `campaign`; empty for the totals only. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').filter((part) => part.trim() !== '') : value,
  )
  @IsIn(REPORT_GROUPS, { each: true, message: `each must be one of ${REPORT_GROUPS.join(', ')}` })
  @ArrayUnique({ message: 'must not repeat a group' })
  groupBy: ReportGroup[] = [];

  /** Download the report as a file instead. */
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;

  /** Language of a file's headings; the `Accept-Language` header otherwise, then Chinese. */
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  lang?: ReportLanguage;
}

export class FilesReportQueryDto {
  /** The day the files are counted on (the center's calendar); today by default. */
  @IsOptional()
  @IsDay()
  on?: string;

  /** A unit in the caller's scope, with everything below it; by default the caller's own unit. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** Download the report as a file instead. */
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;

  /** Language of a file's headings; the `Accept-Language` header otherwise, then Chinese. */
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  lang?: ReportLanguage;
}
