import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  todayInCenter,
  type DisbursementReport,
  type FilesReport,
  type LegalReport,
  type ReportFormat,
  type ReportGroup,
} from '@worker-aid/shared/domain';
import { forkJoin, map, type Observable } from 'rxjs';

export const DISBURSEMENT_REPORT_URL = '/api/reports/disbursements';
export const LEGAL_REPORT_URL = '/api/reports/legal';
export const FILES_REPORT_URL = '/api/reports/files';

/** What a report covers: a period (inclusive `YYYY-MM-DD` dates) and a unit with its subtree. */
export interface ReportQuery {
  from: string;
  to: string;
  /** Empty: the signed-in user's whole scope. */
  unitId: string;
}

/** What the files report covers: the files on one day (`YYYY-MM-DD`), in a unit with its subtree. */
export interface FilesReportQuery {
  on: string;
  /** Empty: the signed-in user's whole scope. */
  unitId: string;
}

/** Everything the dashboard shows for one query, fetched together. */
export interface Dashboard {
  byType: DisbursementReport;
  byTypeMonth: DisbursementReport;
  byUnit: DisbursementReport;
  byUnitType: DisbursementReport;
  /** Grouped by type and campaign: a row per campaign, and per case type for the cases' aid. */
  byTypeCampaign: DisbursementReport;
  legal: LegalReport;
  files: FilesReport;
}

/**
 * The day whose files a period's dashboard shows: the period's last day, or today while the
 * period still runs (a day to come has no files yet, and its year's exits are those until today).
 */
export function filesReportDay(query: Pick<ReportQuery, 'to'>, today: string): string {
  return query.to && query.to < today ? query.to : today;
}

/** The files report's query parameters, empty values left out. */
export function filesReportParams(
  query: FilesReportQuery,
  extra: Record<string, string> = {},
): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.on) params['on'] = query.on;
  if (query.unitId) params['unitId'] = query.unitId;
  return { ...params, ...extra };
}

/** A downloaded report file and the name the server gave it. */
export interface ReportFile {
  blob: Blob;
  filename: string | null;
}

/** The API's query parameters: empty values left out, `groupBy` as a comma list. */
export function reportParams(
  query: ReportQuery,
  groupBy?: readonly ReportGroup[],
  extra: Record<string, string> = {},
): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.unitId) params['unitId'] = query.unitId;
  if (groupBy && groupBy.length > 0) params['groupBy'] = groupBy.join(',');
  return { ...params, ...extra };
}

/** `/api/reports`: 统计报表, the disbursement, legal-aid and hardship files reports. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  disbursements(query: ReportQuery, groupBy: readonly ReportGroup[]): Observable<DisbursementReport> {
    return this.http.get<DisbursementReport>(DISBURSEMENT_REPORT_URL, {
      params: reportParams(query, groupBy),
    });
  }

  legal(query: ReportQuery): Observable<LegalReport> {
    return this.http.get<LegalReport>(LEGAL_REPORT_URL, { params: reportParams(query) });
  }

  files(query: FilesReportQuery): Observable<FilesReport> {
    return this.http.get<FilesReport>(FILES_REPORT_URL, { params: filesReportParams(query) });
  }

  /**
   * The seven reports of the dashboard, in parallel; fails if any fails (and cancels the others).
   * The files are those on the period's last day (`filesReportDay`).
   */
  dashboard(query: ReportQuery, today: string = todayInCenter()): Observable<Dashboard> {
    return forkJoin({
      byType: this.disbursements(query, ['type']),
      byTypeMonth: this.disbursements(query, ['type', 'month']),
      byUnit: this.disbursements(query, ['unit']),
      byUnitType: this.disbursements(query, ['unit', 'type']),
      byTypeCampaign: this.disbursements(query, ['type', 'campaign']),
      legal: this.legal(query),
      files: this.files({ on: filesReportDay(query, today), unitId: query.unitId }),
    });
  }

  /** The disbursement report as a file (the auth interceptor adds the token, so no plain link). */
  download(
    query: ReportQuery,
    groupBy: readonly ReportGroup[],
    format: ReportFormat,
    lang: string,
  ): Observable<ReportFile> {
    return this.file(DISBURSEMENT_REPORT_URL, reportParams(query, groupBy, { format, lang }));
  }

  /** The files report as a file, headings in `lang`. */
  downloadFiles(query: FilesReportQuery, format: ReportFormat, lang: string): Observable<ReportFile> {
    return this.file(FILES_REPORT_URL, filesReportParams(query, { format, lang }));
  }

  private file(url: string, params: Record<string, string>): Observable<ReportFile> {
    return this.http.get(url, { params, responseType: 'blob', observe: 'response' }).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([]),
        filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
      })),
    );
  }
}

/**
 * The file name of a `Content-Disposition` header: the RFC 5987 `filename*=UTF-8''…` form (for
 * Chinese names) before the plain `filename="…"`; null without either.
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*("((?:\\.|[^"\\])*)"|[^;\s]+)/i.exec(header);
  if (!plain) return null;
  const name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1];
  return name.trim() || null;
}
