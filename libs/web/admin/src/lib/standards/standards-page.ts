import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { todayInCenter } from '@worker-aid/shared/domain';
import {
  AuthService,
  loadLatest,
  Notifier,
  problemMessageKey,
  toApiProblem,
  UnitDirectory,
  UnitSelect,
} from '@worker-aid/web/core';
import type { StandardView } from '@worker-aid/shared/domain';
import { StandardsApi } from '@worker-aid/web/data-access';
import { EmptyState, ErrorBox, FenPipe, PageHeader } from '@worker-aid/web/ui';
import { BehaviorSubject, combineLatest, filter, forkJoin, map } from 'rxjs';
import { StandardFormDialog, type StandardFormDialogData } from './standard-form-dialog';
import { multipleText } from './standard-rules';

/** What the page shows for one unit: the standard in force today and the unit's own history. */
interface UnitStandards {
  unitId: string;
  current: StandardView | null;
  history: StandardView[];
}

/**
 * 低保标准: the local minimum-living standard of a unit (its own or inherited from above), its
 * history by effective day, and "set a new standard" (admin).
 */
@Component({
  selector: 'wa-standards-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    ErrorBox,
    FenPipe,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './standards-page.html',
  styleUrl: './standards-page.scss',
})
export class StandardsPage {
  private readonly api = inject(StandardsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  protected readonly directory = inject(UnitDirectory);
  protected readonly canManage = inject(AuthService).can('admin:manage');
  private readonly ownUnitId = inject(AuthService).currentUser()?.unitId ?? null;

  protected readonly multipleText = multipleText;
  protected readonly columns = ['effectiveFrom', 'povertyLine', 'relativeMultiple', 'suddenSharePercent'];
  protected readonly today = todayInCenter();

  /** The unit picked; the signed-in user's own unit to begin with. */
  protected readonly unitId = signal<string | null>(this.ownUnitId);
  protected readonly unit = computed(() => this.directory.unit(this.unitId()) ?? null);
  protected readonly loading = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  private readonly loaded = signal<UnitStandards | null>(null);
  /** Only the answer for the unit picked now (never the previous unit's while the next loads). */
  protected readonly shown = computed(() => {
    const loaded = this.loaded();
    return loaded && loaded.unitId === this.unitId() ? loaded : null;
  });
  protected readonly current = computed(() => this.shown()?.current ?? null);
  protected readonly history = computed(() =>
    [...(this.shown()?.history ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom)),
  );
  /** The name of the unit the standard in force comes from, when it is inherited. */
  protected readonly inheritedFromName = computed(() => {
    const from = this.current()?.inheritedFrom;
    return from ? (this.directory.unit(from)?.name ?? null) : null;
  });
  private readonly reloads = new BehaviorSubject<void>(undefined);

  constructor() {
    this.directory.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    loadLatest(
      combineLatest([toObservable(this.unitId), this.reloads]).pipe(
        map(([unitId]) => unitId),
        filter((unitId): unitId is string => unitId !== null),
      ),
      (unitId) =>
        forkJoin({ current: this.api.get(unitId, this.today), history: this.api.history(unitId) }).pipe(
          map(({ current, history }): UnitStandards => ({ unitId, current, history })),
        ),
      {
        loading: this.loading,
        next: (standards) => {
          this.errorKey.set(null);
          this.loaded.set(standards);
        },
        error: (error) => {
          this.loaded.set(null);
          this.errorKey.set(problemMessageKey(toApiProblem(error)));
        },
      },
    );
  }

  protected pick(unitId: string): void {
    this.errorKey.set(null);
    this.unitId.set(unitId);
  }

  protected setStandard(): void {
    const unit = this.unit();
    if (!unit) return;
    const data: StandardFormDialogData = { unit, current: this.current() };
    this.dialog
      .open<StandardFormDialog, StandardFormDialogData, StandardView>(StandardFormDialog, {
        data,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success('standards.saved', { name: unit.name });
        this.reloads.next();
      });
  }
}
