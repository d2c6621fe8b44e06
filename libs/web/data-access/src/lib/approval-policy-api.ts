import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ApprovalPolicy, ApprovalPolicyView } from '@worker-aid/shared/domain';
import { type Observable, of, shareReplay, tap } from 'rxjs';

export const APPROVAL_POLICY_URL = '/api/approval-policy';

/**
 * `/api/approval-policy`: limits per aid type and unit level, notice days (分级审批 与 公示).
 * The policy changes rarely and every case page asks for it, so `current()` keeps the answer
 * for the session; `get()` reads it afresh (the policy page) and `put()` replaces it, both
 * updating what `current()` answers.
 */
@Injectable({ providedIn: 'root' })
export class ApprovalPolicyApi {
  private readonly http = inject(HttpClient);
  private cached: Observable<ApprovalPolicyView> | null = null;

  /** The policy, read once and shared; a failed read is asked again next time. */
  current(): Observable<ApprovalPolicyView> {
    this.cached ??= this.http
      .get<ApprovalPolicyView>(APPROVAL_POLICY_URL)
      .pipe(tap({ error: () => (this.cached = null) }), shareReplay({ bufferSize: 1, refCount: false }));
    return this.cached;
  }

  /** The policy as the server has it now. */
  get(): Observable<ApprovalPolicyView> {
    return this.http.get<ApprovalPolicyView>(APPROVAL_POLICY_URL).pipe(tap((view) => this.remember(view)));
  }

  /** Replaces the policy (admin); 400 `validation` with `fields` for an inconsistent one. */
  put(policy: ApprovalPolicy): Observable<ApprovalPolicyView> {
    return this.http
      .put<ApprovalPolicyView>(APPROVAL_POLICY_URL, policy)
      .pipe(tap((view) => this.remember(view)));
  }

  private remember(view: ApprovalPolicyView): void {
    this.cached = of(view);
  }
}
