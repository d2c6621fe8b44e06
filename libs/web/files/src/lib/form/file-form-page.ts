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
import {
  EDITABLE_FILE_STATUSES,
  todayInCenter,
  type FileView,
  type StandardView,
  type WorkerView,
} from '@worker-aid/shared/domain';
import { loadLatest, Notifier, problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { FilesApi, StandardsApi, WorkersApi } from '@worker-aid/web/data-access';
import { WorkerPicker } from '@worker-aid/web/records';
import { ErrorBox, PageHeader } from '@worker-aid/web/ui';
import { catchError, filter, firstValueFrom, map, type Observable, of, switchMap, tap } from 'rxjs';
import { HouseholdEditor } from '../household/household-editor';
import { householdForm, householdRequest } from '../household/household-form';
import { householdProblem } from '../household/household-problem';

/** What the form starts from: the file being edited (with its worker), or the worker of a new file. */
interface Start {
  view: FileView | null;
  worker: WorkerView | null;
}

/** 建档 (and editing a draft or returned file): the worker, then the household with its tier computed live. */
@Component({
  selector: 'wa-file-form-page',
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
    WorkerPicker,
    HouseholdEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-form-page.html',
  styleUrl: './file-form-page.scss',
})
export class FileFormPage {
  private readonly api = inject(FilesApi);
  private readonly workers = inject(WorkersApi);
  private readonly standards = inject(StandardsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  /** The file to edit (route `:id/edit`). */
  readonly id = input<string>();
  /** `?workerId=`: the worker the file is for, chosen on their page. */
  readonly workerId = input<string>();

  protected readonly thisYear = Number(todayInCenter().slice(0, 4));
  protected readonly form = signal(householdForm(this.thisYear));
  protected readonly worker = signal<WorkerView | null>(null);
  protected readonly workerMissing = signal(false);
  protected readonly editing = signal<FileView | null>(null);
  protected readonly notEditable = computed(() => {
    const editing = this.editing();
    return !!editing && !EDITABLE_FILE_STATUSES.includes(editing.status);
  });
  /** The standard in force for the worker's unit: undefined while it loads, null when there is none. */
  protected readonly standard = signal<StandardView | null | undefined>(undefined);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);
  /** The worker's file that is not over, when the API refused a second one (`file.exists`). */
  protected readonly existingFileId = signal<string | null>(null);

  private readonly start = computed(() => ({ id: this.id(), workerId: this.workerId() }));
  private readonly unitId = computed(() => this.editing()?.unitId ?? this.worker()?.unitId ?? null);

  constructor() {
    loadLatest(toObservable(this.start), ({ id, workerId }) => this.fetchStart(id, workerId), {
      loading: this.loading,
      next: ({ view, worker }) => {
        if (view) this.useFile(view, worker);
        else if (worker) this.pickWorker(worker);
      },
      error: (error, { id }) =>
        id ? this.errorKey.set(problemMessageKey(toApiProblem(error))) : this.notifier.failure(error),
    });
    // The tier is computed with the standard in force for the worker's unit today.
    loadLatest(
      toObservable(this.unitId).pipe(
        filter((unitId): unitId is string => unitId !== null),
        tap(() => this.standard.set(undefined)),
      ),
      (unitId) => this.standards.get(unitId),
      { next: (standard) => this.standard.set(standard), error: (error) => this.notifier.failure(error) },
    );
  }

  /** A new file's first member is the worker: their name goes in it unless someone else's was typed. */
  protected pickWorker(worker: WorkerView | null): void {
    const previous = this.worker();
    this.worker.set(worker);
    this.workerMissing.set(false);
    this.existingFileId.set(null);
    this.errorKey.set(null);
    const self = this.form().controls.members.controls.find(
      (member) => member.controls.relation.value === 'self',
    );
    if (!self || this.editing()) return;
    const name = self.controls.name;
    if (name.value === '' || name.value === previous?.name) name.setValue(worker?.name ?? '');
  }

  protected async save(): Promise<void> {
    if (this.saving() || this.notEditable()) return;
    const form = this.form();
    const worker = this.worker();
    const editing = this.editing();
    if (!worker && !editing) this.workerMissing.set(true);
    const request = householdRequest(form.getRawValue());
    if (form.invalid || !request || (!worker && !editing)) {
      form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    this.existingFileId.set(null);
    try {
      const saved = await firstValueFrom(
        editing
          ? this.api.update(editing.id, request)
          : this.api.create({ workerId: worker?.id ?? '', ...request }),
      );
      this.notifier.success(editing ? 'files.form.updated' : 'files.form.created', { fileNo: saved.fileNo });
      await this.router.navigate(['/files', saved.id]);
    } catch (error: unknown) {
      const problem = householdProblem(form, error);
      this.errorKey.set(problem.errorKey);
      this.errorDetails.set(problem.details);
      this.existingFileId.set(problem.existingFileId);
    } finally {
      this.saving.set(false);
    }
  }

  /** The file with its worker (a worker out of reach leaves the picker empty), or the new file's worker. */
  private fetchStart(id: string | undefined, workerId: string | undefined): Observable<Start> {
    if (id)
      return this.api.get(id).pipe(
        switchMap((view) =>
          this.workers.get(view.workerId).pipe(
            catchError(() => of(null)),
            map((worker) => ({ view, worker })),
          ),
        ),
      );
    if (workerId) return this.workers.get(workerId).pipe(map((worker) => ({ view: null, worker })));
    return of({ view: null, worker: null });
  }

  private useFile(view: FileView, worker: WorkerView | null): void {
    this.editing.set(view);
    this.worker.set(worker);
    this.form.set(householdForm(this.thisYear, view));
    if (this.notEditable()) this.errorKey.set('files.form.notEditable');
  }
}
