import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DisbursementReport, LegalReport, ReportFormat, ReportGroup } from '@worker-aid/shared/domain';
import { forkJoin, map, type Observable } from 'rxjs';

export const DISBURSEMENT_REPORT_URL = '/api/reports/disbursements';
export const LEGAL_REPORT_URL = '/api/reports/legal';

/** What a report covers: a period (inclusive `YYYY-MM-DD` dates) and a unit with its subtree. */
export interface ReportQuery {
  from: string;
  to: string;
  /** Empty: the signed-in user's whole scope. */
  unitId: string;
}

/** Everything the dashboard shows for one query, fetched together. */
export interface Dashboard {
  byType: DisbursementReport;
  byTypeMonth: DisbursementReport;
  byUnit: DisbursementReport;
  byUnitType: DisbursementReport;
  legal: LegalReport;
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

/** `/api/reports`: 统计报表, the disbursement and legal-aid reports. */
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

  /** The five reports of the dashboard, in parallel; fails if any fails (and cancels the others). */
  dashboard(query: ReportQuery): Observable<Dashboard> {
    return forkJoin({
      byType: this.disbursements(query, ['type']),
      byTypeMonth: this.disbursements(query, ['type', 'month']),
      byUnit: this.disbursements(query, ['unit']),
      byUnitType: this.disbursements(query, ['unit', 'type']),
      legal: this.legal(query),
    });
  }

  /** The disbursement report as a file (the auth interceptor adds the token, so no plain link). */
  download(
    query: ReportQuery,
    groupBy: readonly ReportGroup[],
    format: ReportFormat,
    lang: string,
  ): Observable<ReportFile> {
    return this.http
      .get(DISBURSEMENT_REPORT_URL, {
        params: reportParams(query, groupBy, { format, lang }),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
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
