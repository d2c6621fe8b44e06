import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
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
  LanguageService,
  Notifier,
  problemMessageKey,
  toApiProblem,
  UnitDirectory,
} from '@worker-aid/web/core';
import { CaseTable } from '@worker-aid/web/records';
import { BankAccountPipe, DateTimePipe, EmptyState, ErrorBox, PageHeader } from '@worker-aid/web/ui';
import { WorkersApi } from '../workers-api';

/**
 * One worker's file: who they are, the masked identity number and bank account (both shown in
 * full after an audited reveal), and their whole aid history.
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
    DateTimePipe,
    BankAccountPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './worker-page.html',
  styleUrl: './worker-page.scss',
})
export class WorkerPage implements OnInit {
  private readonly api = inject(WorkersApi);
  private readonly notifier = inject(Notifier);
  private readonly units = inject(UnitDirectory);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).active;

  readonly id = input.required<string>();

  protected readonly canWrite = this.auth.can('records:write');
  protected readonly canReveal = this.auth.can('identity:reveal');
  protected readonly worker = signal<WorkerView | null>(null);
  protected readonly cases = signal<CaseListItem[]>([]);
  protected readonly casesCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadingCases = signal(true);
  protected readonly errorKey = signal<string | null>(null);
  /** The unmasked numbers after a reveal, until hidden. */
  protected readonly revealed = signal<RevealedWorkerNumbers | null>(null);
  protected readonly revealing = signal(false);

  ngOnInit(): void {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    void this.load();
    void this.loadCases(null);
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }

  protected async reveal(): Promise<void> {
    const worker = this.worker();
    if (!worker || this.revealing()) return;
    this.revealing.set(true);
    try {
      this.revealed.set(await this.api.reveal(worker.id));
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.revealing.set(false);
    }
  }

  protected hide(): void {
    this.revealed.set(null);
  }

  protected async moreCases(): Promise<void> {
    const cursor = this.casesCursor();
    if (cursor) await this.loadCases(cursor);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.worker.set(await this.api.get(this.id()));
    } catch (error: unknown) {
      this.errorKey.set(problemMessageKey(toApiProblem(error)));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadCases(cursor: string | null): Promise<void> {
    this.loadingCases.set(true);
    try {
      const page = await this.api.cases(this.id(), cursor);
      this.cases.update((cases) => (cursor ? [...cases, ...page.items] : page.items));
      this.casesCursor.set(page.nextCursor);
    } catch (error: unknown) {
      if (toApiProblem(error).status !== 404) this.notifier.failure(error);
    } finally {
      this.loadingCases.set(false);
    }
  }
}
