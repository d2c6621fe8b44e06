import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CommentRequest,
  CreateFileRequest,
  DueFollowUp,
  ExitFileRequest,
  FileAction,
  FileHistoryEntry,
  FileListItem,
  FileStatus,
  FileTier,
  FileView,
  FollowUpRequest,
  FollowUpResult,
  ObjectionRequest,
  Page,
  ReviewFileRequest,
  UpdateFileRequest,
} from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';
import { listParams, segment } from './http-params';

export const FILES_URL = '/api/files';
export const FOLLOW_UPS_URL = '/api/follow-ups';

export interface FileQuery {
  status?: FileStatus | '';
  tier?: FileTier | '';
  /** A unit and everything below it. */
  unitId?: string;
  /** One worker's files. */
  workerId?: string;
  /** Only active files due for review within 30 days or past (left out otherwise). */
  reviewDue?: boolean;
  /** A file number or worker name fragment. */
  q?: string;
}

export interface DueFollowUpQuery {
  unitId?: string;
}

/** The body each transition takes. */
export interface FileTransitionBodies {
  submit: Record<string, never>;
  approve: Record<string, never>;
  reject: CommentRequest;
  return: CommentRequest;
  withdraw: Record<string, never>;
}

/** `/api/files` and `/api/follow-ups`: hardship files (困难职工档案), their life, reviews, exits and follow-up visits. */
@Injectable({ providedIn: 'root' })
export class FilesApi {
  private readonly http = inject(HttpClient);

  /** One keyset page of the files in scope. */
  list(query: FileQuery, cursor: string | null = null, limit = 25): Observable<Page<FileListItem>> {
    const { reviewDue, ...rest } = query;
    return this.http.get<Page<FileListItem>>(FILES_URL, {
      params: listParams({ ...rest, reviewDue: reviewDue ? 'true' : undefined }, cursor, limit),
    });
  }

  get(id: string): Observable<FileView> {
    return this.http.get<FileView>(`${FILES_URL}/${segment(id)}`);
  }

  create(request: CreateFileRequest): Observable<FileView> {
    return this.http.post<FileView>(FILES_URL, request);
  }

  update(id: string, request: UpdateFileRequest): Observable<FileView> {
    return this.http.patch<FileView>(`${FILES_URL}/${segment(id)}`, request);
  }

  transition<A extends FileAction>(
    id: string,
    action: A,
    body: FileTransitionBodies[A],
  ): Observable<FileView> {
    return this.http.post<FileView>(`${FILES_URL}/${segment(id)}/${action}`, body);
  }

  history(id: string): Observable<FileHistoryEntry[]> {
    return this.http.get<FileHistoryEntry[]>(`${FILES_URL}/${segment(id)}/history`);
  }

  /** 年审: the household recorded again; the file stays active with new dates, or closes when in no tier. */
  review(id: string, request: ReviewFileRequest): Observable<FileView> {
    return this.http.post<FileView>(`${FILES_URL}/${segment(id)}/review`, request);
  }

  /** 解困脱困: closes an active file with a reason; follow-up visits fall due after it. */
  exit(id: string, request: ExitFileRequest): Observable<FileView> {
    return this.http.post<FileView>(`${FILES_URL}/${segment(id)}/exit`, request);
  }

  /** An objection received during the notice: the file goes back to review (409 `file.not_in_notice` otherwise). */
  objection(id: string, request: ObjectionRequest): Observable<FileView> {
    return this.http.post<FileView>(`${FILES_URL}/${segment(id)}/objections`, request);
  }

  /** Completes the earliest open follow-up; a relapse answers the new draft's id as `reopenedFileId`. */
  followUp(id: string, request: FollowUpRequest): Observable<FollowUpResult> {
    return this.http.post<FollowUpResult>(`${FILES_URL}/${segment(id)}/follow-ups`, request);
  }

  /** One keyset page of the open follow-ups due within 14 days or past. */
  dueFollowUps(
    query: DueFollowUpQuery,
    cursor: string | null = null,
    limit = 25,
  ): Observable<Page<DueFollowUp>> {
    return this.http.get<Page<DueFollowUp>>(FOLLOW_UPS_URL, {
      params: listParams({ due: 'true', ...query }, cursor, limit),
    });
  }
}
