import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ImportDetail, ImportLanguage, ImportSummary, Page } from '@worker-aid/shared/domain';
import { map, type Observable } from 'rxjs';
import { listParams, segment } from './http-params';
import { postWithProgress } from './upload-progress';
import { filenameFromDisposition, type ReportFile } from './reports-api';

export const IMPORTS_URL = '/api/imports';
export const WORKER_IMPORTS_URL = `${IMPORTS_URL}/workers`;

/** How far a sheet's upload is: bytes on their way (`percent` null while unknown), then the import it started. */
export type ImportUpload =
  | { state: 'sending'; percent: number | null }
  | { state: 'done'; summary: ImportSummary };

/**
 * `/api/imports`: 批量导入, a worker sheet uploaded, checked row by row in the background, then
 * registered once on commit. The xlsx downloads come as Blobs through HttpClient, so the access
 * token goes with them.
 */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  /** The worker sheet's template, headings and dropdowns in `lang`. */
  template(lang: ImportLanguage): Observable<ReportFile> {
    return this.file(`${WORKER_IMPORTS_URL}/template`, lang);
  }

  /** Sends the sheet as multipart `file`, reporting the progress of the bytes; answers the queued import. */
  uploadWorkers(file: File): Observable<ImportUpload> {
    const body = new FormData();
    body.append('file', file, file.name);
    return postWithProgress<ImportSummary>(this.http, WORKER_IMPORTS_URL, body).pipe(
      map(
        (progress): ImportUpload =>
          progress.state === 'answered' ? { state: 'done', summary: progress.body } : progress,
      ),
    );
  }

  /** One keyset page of the imports in the user's scope, newest first. */
  list(cursor: string | null = null, limit = 25): Observable<Page<ImportSummary>> {
    return this.http.get<Page<ImportSummary>>(IMPORTS_URL, { params: listParams({}, cursor, limit) });
  }

  /** The import and its first problems (`IMPORT_PROBLEMS_SHOWN`). */
  get(id: string): Observable<ImportDetail> {
    return this.http.get<ImportDetail>(`${IMPORTS_URL}/${segment(id)}`);
  }

  /** The sheet again with every row's result, headings in `lang`. */
  report(id: string, lang: ImportLanguage): Observable<ReportFile> {
    return this.file(`${IMPORTS_URL}/${segment(id)}/report`, lang);
  }

  /** Registers the valid rows (once, however often it is called); the import goes on in the background. */
  commit(id: string): Observable<ImportSummary> {
    return this.http.post<ImportSummary>(`${IMPORTS_URL}/${segment(id)}/commit`, {});
  }

  private file(url: string, lang: ImportLanguage): Observable<ReportFile> {
    return this.http.get(url, { params: { lang }, responseType: 'blob', observe: 'response' }).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([]),
        filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
      })),
    );
  }
}
