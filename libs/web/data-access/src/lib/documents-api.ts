import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DocumentKind, DocumentOwner, DocumentView } from '@worker-aid/shared/domain';
import { map, type Observable } from 'rxjs';
import { segment } from './http-params';
import { postWithProgress } from './upload-progress';

export const DOCUMENTS_URL = '/api/documents';

/** `/api/workers/w-1/documents`: the documents of one worker, hardship file or case. */
export function documentsOfUrl(owner: DocumentOwner, ownerId: string): string {
  return `/api/${owner}/${segment(ownerId)}/documents`;
}

/** How far an upload is: bytes on their way (`percent` null while the size is unknown), then the stored document. */
export type DocumentUpload =
  | { state: 'sending'; percent: number | null }
  | { state: 'done'; document: DocumentView };

/**
 * Proof documents (证明材料): listed and uploaded on the record they belong to, read and hidden
 * by their own id. The bytes come as Blobs through HttpClient, so the access token goes with them.
 */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);

  list(owner: DocumentOwner, ownerId: string): Observable<DocumentView[]> {
    return this.http.get<DocumentView[]>(documentsOfUrl(owner, ownerId));
  }

  /** Sends `file` as multipart (`kind` first, then `file`), reporting the progress of the bytes. */
  upload(owner: DocumentOwner, ownerId: string, file: File, kind: DocumentKind): Observable<DocumentUpload> {
    const body = new FormData();
    body.append('kind', kind);
    body.append('file', file, file.name);
    return postWithProgress<DocumentView>(this.http, documentsOfUrl(owner, ownerId), body).pipe(
      map(
        (progress): DocumentUpload =>
          progress.state === 'answered' ? { state: 'done', document: progress.body } : progress,
      ),
    );
  }

  /** The document itself (the API writes every download to the audit trail). */
  content(id: string): Observable<Blob> {
    return this.http.get(`${DOCUMENTS_URL}/${segment(id)}/content`, { responseType: 'blob' });
  }

  /** A small picture of an image document (`hasThumbnail`). */
  thumbnail(id: string): Observable<Blob> {
    return this.http.get(`${DOCUMENTS_URL}/${segment(id)}/thumbnail`, { responseType: 'blob' });
  }

  /** Hides the document from every list; the API keeps it (and audits the step). */
  hide(id: string): Observable<void> {
    return this.http.delete<void>(`${DOCUMENTS_URL}/${segment(id)}`);
  }
}
