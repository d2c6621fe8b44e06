import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DisbursementReport, LegalReport, ReportFormat, ReportGroup } from '@worker-aid/shared/domain';
import { firstValueFrom } from 'rxjs';
import { reportParams, type ReportQuery } from './report-query';

export const DISBURSEMENT_REPORT_URL = '/api/reports/disbursements';
export const LEGAL_REPORT_URL = '/api/reports/legal';

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

/** Data access of 统计报表 (disbursement and legal-aid reports). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  disbursements(query: ReportQuery, groupBy: readonly ReportGroup[]): Promise<DisbursementReport> {
    return firstValueFrom(
      this.http.get<DisbursementReport>(DISBURSEMENT_REPORT_URL, { params: reportParams(query, groupBy) }),
    );
  }

  legal(query: ReportQuery): Promise<LegalReport> {
    return firstValueFrom(this.http.get<LegalReport>(LEGAL_REPORT_URL, { params: reportParams(query) }));
  }

  /** The five reports of the dashboard, in parallel; fails if any fails. */
  async dashboard(query: ReportQuery): Promise<Dashboard> {
    const [byType, byTypeMonth, byUnit, byUnitType, legal] = await Promise.all([
      this.disbursements(query, ['type']),
      this.disbursements(query, ['type', 'month']),
      this.disbursements(query, ['unit']),
      this.disbursements(query, ['unit', 'type']),
      this.legal(query),
    ]);
    return { byType, byTypeMonth, byUnit, byUnitType, legal };
  }

  /** The disbursement report as a file (the auth interceptor adds the token, so no plain link). */
  async download(
    query: ReportQuery,
    groupBy: readonly ReportGroup[],
    format: ReportFormat,
    lang: string,
  ): Promise<ReportFile> {
    const response: HttpResponse<Blob> = await firstValueFrom(
      this.http.get(DISBURSEMENT_REPORT_URL, {
        params: reportParams(query, groupBy, { format, lang }),
        responseType: 'blob',
        observe: 'response',
      }),
    );
    return {
      blob: response.body ?? new Blob([]),
      filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
    };
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

/** Hands a blob to the browser as a download (an object URL and a temporary `<a download>`). */
export function saveFile(document: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the URL after `click()` returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
