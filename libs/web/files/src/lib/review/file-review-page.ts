import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { todayInCenter, type FileView, type StandardView } from '@worker-aid/shared/domain';
import { loadLatest, Notifier, problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { FilesApi, StandardsApi } from '@worker-aid/web/data-access';
import { ErrorBox, FenPipe, PageHeader, TierBadge } from '@worker-aid/web/ui';
import { filter, firstValueFrom, tap } from 'rxjs';
import { HouseholdEditor } from '../household/household-editor';
import { householdForm, householdRequest } from '../household/household-form';
import { householdProblem } from '../household/household-problem';

/**
 * 年审: an active file's household recorded again, prefilled from the file. The API recomputes
 * the tier with today's standard: the file stays active for another year, or — in no tier —
 * leaves the files (解困脱困, income above the line).
 */
@Component({
  selector: 'wa-file-review-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    PageHeader,
    ErrorBox,
    FenPipe,
    TierBadge,
    HouseholdEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-review-page.html',
  styleUrl: '../form/file-form-page.scss',
})
export class FileReviewPage {
  private readonly api = inject(FilesApi);
  private readonly standards = inject(StandardsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  readonly id = input.required<string>();

  protected readonly thisYear = Number(todayInCenter().slice(0, 4));
  protected readonly view = signal<FileView | null>(null);
  protected readonly form = signal(householdForm(this.thisYear));
  protected readonly standard = signal<StandardView | null | undefined>(undefined);
  protected readonly notActive = computed(() => {
    const view = this.view();
    return !!view && view.status !== 'active';
  });
  private readonly unitId = computed(() => this.view()?.unitId ?? null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  constructor() {
    loadLatest(toObservable(this.id), (id) => this.api.get(id), {
      loading: this.loading,
      next: (view) => {
        this.view.set(view);
        this.form.set(householdForm(this.thisYear, view));
        this.errorKey.set(view.status === 'active' ? null : 'files.review.notActive');
      },
      error: (error) => this.errorKey.set(problemMessageKey(toApiProblem(error))),
    });
    // The tier is recomputed with the standard in force for the file's unit today.
    loadLatest(
      toObservable(this.unitId).pipe(
        filter((unitId): unitId is string => unitId !== null),
        tap(() => this.standard.set(undefined)),
      ),
      (unitId) => this.standards.get(unitId),
      { next: (standard) => this.standard.set(standard), error: (error) => this.notifier.failure(error) },
    );
  }

  protected async save(): Promise<void> {
    const view = this.view();
    const form = this.form();
    if (!view || this.saving() || this.notActive()) return;
    const request = householdRequest(form.getRawValue());
    if (form.invalid || !request) {
      form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      const reviewed = await firstValueFrom(this.api.review(view.id, request));
      if (reviewed.status === 'closed')
        this.notifier.info('files.review.closed', { fileNo: reviewed.fileNo });
      else
        this.notifier.success('files.review.done', {
          fileNo: reviewed.fileNo,
          day: reviewed.reviewDueOn ?? '',
        });
      await this.router.navigate(['/files', reviewed.id]);
    } catch (error: unknown) {
      const problem = householdProblem(form, error);
      this.errorKey.set(problem.errorKey);
      this.errorDetails.set(problem.details);
    } finally {
      this.saving.set(false);
    }
  }
}
