import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ObjectionRequest,
  ReinstateLineRequest,
  BatchView,
  CampaignAction,
  CampaignKind,
  CampaignLinePatch,
  CampaignLineStatus,
  CampaignLineView,
  CampaignListItem,
  CampaignStatus,
  CampaignView,
  CreateBatchRequest,
  CreateCampaignRequest,
  Page,
  RosterBuilt,
  UpdateCampaignRequest,
} from '@worker-aid/shared/domain';
import type { Observable } from 'rxjs';

export const CAMPAIGNS_URL = '/api/campaigns';

export interface CampaignQuery {
  status?: CampaignStatus | '';
  kind?: CampaignKind | '';
  year?: number | '' | null;
}

export interface CampaignLineQuery {
  status?: CampaignLineStatus | '';
  /** A name, an identity number or a line number fragment. */
  q?: string;
}

/** Query parameters with a value only (empty strings and nulls mean "all"), then limit and cursor. */
function listParams(query: object, cursor: string | null, limit: number): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  params = params.set('limit', limit);
  return cursor ? params.set('cursor', cursor) : params;
}

const segment = encodeURIComponent;

/** `/api/campaigns`: 专项活动, their rosters, their life and their batches. */
@Injectable({ providedIn: 'root' })
export class CampaignsApi {
  private readonly http = inject(HttpClient);

  /** One keyset page of the campaigns in scope. */
  list(query: CampaignQuery, cursor: string | null = null, limit = 25): Observable<Page<CampaignListItem>> {
    return this.http.get<Page<CampaignListItem>>(CAMPAIGNS_URL, { params: listParams(query, cursor, limit) });
  }

  get(id: string): Observable<CampaignView> {
    return this.http.get<CampaignView>(`${CAMPAIGNS_URL}/${segment(id)}`);
  }

  create(request: CreateCampaignRequest): Observable<CampaignView> {
    return this.http.post<CampaignView>(CAMPAIGNS_URL, request);
  }

  /** Draft only. */
  update(id: string, request: UpdateCampaignRequest): Observable<CampaignView> {
    return this.http.patch<CampaignView>(`${CAMPAIGNS_URL}/${segment(id)}`, request);
  }

  /** Builds (or builds again) the draft's roster from the active files in its unit and below. */
  buildRoster(id: string): Observable<RosterBuilt> {
    return this.http.post<RosterBuilt>(`${CAMPAIGNS_URL}/${segment(id)}/roster`, {});
  }

  /** One keyset page of the roster's lines, in line order. */
  lines(
    id: string,
    query: CampaignLineQuery,
    cursor: string | null = null,
    limit = 50,
  ): Observable<Page<CampaignLineView>> {
    return this.http.get<Page<CampaignLineView>>(`${CAMPAIGNS_URL}/${segment(id)}/lines`, {
      params: listParams(query, cursor, limit),
    });
  }

  /** Excludes, includes or changes the amount of a draft's line, always with a reason. */
  patchLine(id: string, lineId: string, patch: CampaignLinePatch): Observable<CampaignLineView> {
    return this.http.patch<CampaignLineView>(
      `${CAMPAIGNS_URL}/${segment(id)}/lines/${segment(lineId)}`,
      patch,
    );
  }

  /** 登记异议 during the notice: the line is held from payment (excluded) until put back. */
  objection(id: string, lineId: string, request: ObjectionRequest): Observable<CampaignLineView> {
    return this.http.post<CampaignLineView>(
      `${CAMPAIGNS_URL}/${segment(id)}/lines/${segment(lineId)}/objections`,
      request,
    );
  }

  /** A line an objection held, to be paid again: the objection did not stand. */
  reinstate(id: string, lineId: string, request: ReinstateLineRequest): Observable<CampaignLineView> {
    return this.http.post<CampaignLineView>(
      `${CAMPAIGNS_URL}/${segment(id)}/lines/${segment(lineId)}/reinstate`,
      request,
    );
  }

  /** submit, approve, return (back to draft) or close, with an optional comment. */
  transition(id: string, action: CampaignAction, comment?: string): Observable<CampaignView> {
    const body = comment?.trim() ? { comment: comment.trim() } : {};
    return this.http.post<CampaignView>(`${CAMPAIGNS_URL}/${segment(id)}/${action}`, body);
  }

  batches(id: string): Observable<BatchView[]> {
    return this.http.get<BatchView[]>(`${CAMPAIGNS_URL}/${segment(id)}/batches`);
  }

  /** A batch of the unpaid, not excluded lines (or those given). */
  createBatch(id: string, request: CreateBatchRequest): Observable<BatchView> {
    return this.http.post<BatchView>(`${CAMPAIGNS_URL}/${segment(id)}/batches`, request);
  }
}
