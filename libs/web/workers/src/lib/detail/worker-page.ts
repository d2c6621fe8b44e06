import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CaseListItem, RevealedWorkerNumbers, WorkerView } from '@worker-aid/shared/domain';
import {
  AuthService,
  keysetList,
  LanguageService,
  loadLatest,
  Notifier,
  problemMessageKey,
  toApiProblem,
  UnitDirectory,
} from '@worker-aid/web/core';
import { DocumentsPanel } from '@worker-aid/web/documents';
import { CaseTable } from '@worker-aid/web/records';
import { BankAccountPipe, DateTimePipe, EmptyState, ErrorBox, PageHeader } from '@worker-aid/web/ui';
import { type CaseQuery, CasesApi, WorkersApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';
import { WorkerFiles } from './worker-files';

/**
 * One worker's file: who they are, the masked identity number and bank account (both shown in
 * full after an audited reveal), their hardship files and their whole aid history.
 */
@Component({
  selector: 'wa-worker-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    ErrorBox,
    CaseTable,
    DocumentsPanel,
    DateTimePipe,
    BankAccountPipe,
    WorkerFiles,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './worker-page.html',
  styleUrl: './worker-page.scss',
})
export class WorkerPage {
  private readonly api = inject(WorkersApi);
  private readonly casesApi = inject(CasesApi);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).active;

  readonly id = input.required<string>();

  protected readonly canWrite = this.auth.can('records:write');
  protected readonly canReveal = this.auth.can('identity:reveal');
  protected readonly worker = signal<WorkerView | null>(null);
  protected readonly loading = signal(true);
  protected readonly errorKey = signal<string | null>(null);
  /** The unmasked numbers after a reveal, until hidden. */
  protected readonly revealed = signal<RevealedWorkerNumbers | null>(null);
  protected readonly revealing = signal(false);

  /** The worker's aid history: their cases, newest first, 50 at a time. */
  protected readonly cases = keysetList<CaseQuery, CaseListItem>({
    fetch: (query, cursor) => this.casesApi.list(query, cursor, 50),
    // A worker out of reach says so once, above.
    error: (error) => (toApiProblem(error).status !== 404 ? this.notifier.failure(error) : undefined),
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    const id = toObservable(this.id);
    loadLatest(id, (workerId) => this.api.get(workerId), {
      loading: this.loading,
      next: (worker) => {
        this.errorKey.set(null);
        this.revealed.set(null);
        this.worker.set(worker);
      },
      error: (error) => this.errorKey.set(problemMessageKey(toApiProblem(error))),
    });
    id.pipe(takeUntilDestroyed()).subscribe((workerId) => this.cases.load({ workerId }));
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }

  protected async reveal(): Promise<void> {
    const worker = this.worker();
    if (!worker || this.revealing()) return;
    this.revealing.set(true);
    try {
      this.revealed.set(await firstValueFrom(this.api.reveal(worker.id)));
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.revealing.set(false);
    }
  }

  protected hide(): void {
    this.revealed.set(null);
  }
}
