import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CASE_TYPES,
  EDITABLE_CASE_STATUSES,
  parseYuan,
  type CaseType,
  type CaseView,
  type CaseWarning,
  type WorkerView,
  TEXT_LIMITS,
  HOUSEHOLD_SIZE_MAX,
} from '@worker-aid/shared/domain';
import {
  loadLatest,
  Notifier,
  problemMessageKey,
  showServerErrors,
  toApiProblem,
} from '@worker-aid/web/core';
import { CasesApi, WorkersApi } from '@worker-aid/web/data-access';
import { WorkerPicker } from '@worker-aid/web/records';
import {
  CASE_TYPE_ICONS,
  ErrorBox,
  FenPipe,
  fenToYuanText,
  FieldError,
  type FieldErrorMessage,
  PageHeader,
  yuanToFen,
  yuanValidator,
} from '@worker-aid/web/ui';
import {
  DETAIL_FIELDS,
  DETAIL_PATHS,
  detailsForm,
  detailsFromText,
  type DetailsForm,
  outOfPocketOf,
} from '../case-details';
import { catchError, firstValueFrom, map, type Observable, of, Subject, switchMap } from 'rxjs';

const FIELDS = ['type', 'workerId', 'requestedAmount', 'summary', 'details', ...DETAIL_PATHS];

/** What the form starts from: the case being edited (with its worker), or the worker of a new case. */
interface Start {
  view: CaseView | null;
  worker: WorkerView | null;
}

const HOUSEHOLD_SIZE: FieldErrorMessage = {
  key: 'cases.form.householdSizeRange',
  params: { max: HOUSEHOLD_SIZE_MAX },
};

/** The details' own messages; a count out of range, in whichever way, gets one message. */
const DETAIL_MESSAGES: Record<string, FieldErrorMessage> = {
  yuan: 'money.invalid',
  pattern: HOUSEHOLD_SIZE,
  min: HOUSEHOLD_SIZE,
  max: HOUSEHOLD_SIZE,
  schoolYear: 'cases.form.schoolYearPattern',
};

/** 登记帮扶案件 (and editing a draft or returned case): worker, type, the type's details, amount, summary. */
@Component({
  selector: 'wa-case-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    TranslocoPipe,
    PageHeader,
    ErrorBox,
    FenPipe,
    FieldError,
    WorkerPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-form-page.html',
  styleUrl: './case-form-page.scss',
})
export class CaseFormPage {
  private readonly api = inject(CasesApi);
  private readonly workers = inject(WorkersApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The case to edit (route `:id/edit`). */
  readonly id = input<string>();
  /** `?workerId=`: the worker the case is for, chosen on their page. */
  readonly workerId = input<string>();

  protected readonly types = CASE_TYPES;
  protected readonly typeIcons = CASE_TYPE_ICONS;
  protected readonly fields = DETAIL_FIELDS;
  protected readonly detailMessages = DETAIL_MESSAGES;
  protected readonly form = new FormGroup({
    type: new FormControl<CaseType | ''>('', { nonNullable: true, validators: Validators.required }),
    requestedAmount: this.fb.control('', [Validators.required, yuanValidator()]),
    summary: this.fb.control('', [Validators.required, Validators.maxLength(TEXT_LIMITS.caseSummary)]),
    details: detailsForm('hardship') as DetailsForm,
  });
  private readonly typeValue = toSignal(this.form.controls.type.valueChanges, { initialValue: '' as const });
  /** The type of the case being edited (its control is disabled and sends no value changes). */
  private readonly typeOverride = signal<CaseType | null>(null);
  protected readonly type = computed(() => this.typeOverride() ?? (this.typeValue() || null));
  private readonly detailValues = signal<Record<string, string>>({});
  /** Medical: what out-of-pocket must be, from total and insurance. */
  protected readonly expectedOutOfPocket = computed(() => {
    const values = this.detailValues();
    return this.type() === 'medical'
      ? outOfPocketOf(values['totalCost'] ?? '', values['insuranceReimbursed'] ?? '')
      : null;
  });

  protected readonly worker = signal<WorkerView | null>(null);
  protected readonly workerMissing = signal(false);
  protected readonly editing = signal<CaseView | null>(null);
  protected readonly warnings = signal<CaseWarning[]>([]);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  /** Ticks when the worker or the type changed: the same-type warnings are asked for again. */
  private readonly warningChecks = new Subject<void>();
  private readonly start = computed(() => ({ id: this.id(), workerId: this.workerId() }));

  constructor() {
    this.form.controls.type.valueChanges.subscribe((type) => {
      if (type && !this.editing()) this.useDetails(type, detailsForm(type));
      this.checkWarnings();
    });
    loadLatest(toObservable(this.start), ({ id, workerId }) => this.fetchStart(id, workerId), {
      loading: this.loading,
      next: ({ view, worker }) => {
        if (view) this.useCase(view, worker);
        else if (worker) this.pickWorker(worker);
      },
      error: (error, { id }) =>
        id ? this.errorKey.set(problemMessageKey(toApiProblem(error))) : this.notifier.failure(error),
    });
    // Only the answer for the latest worker and type counts.
    loadLatest(
      this.warningChecks.pipe(map(() => ({ worker: this.worker(), type: this.form.controls.type.value }))),
      ({ worker, type }) => (worker && type ? this.workers.warnings(worker.id, type) : of([])),
      {
        next: (warnings) => {
          const editing = this.editing();
          this.warnings.set(warnings.filter((warning) => warning.caseId !== editing?.id));
        },
        // Warnings are a help, not a gate: the form works without them.
        error: () => this.warnings.set([]),
      },
    );
  }

  protected get details(): DetailsForm {
    return this.form.controls.details;
  }

  protected pickWorker(worker: WorkerView | null): void {
    this.worker.set(worker);
    this.workerMissing.set(false);
    this.checkWarnings();
  }

  /** Fills out-of-pocket from total − insurance. */
  protected fillOutOfPocket(): void {
    const expected = this.expectedOutOfPocket();
    if (expected !== null) this.details.controls['outOfPocket']?.setValue(fenToYuanText(expected));
  }

  protected money(text: string | undefined): number | null {
    return parseYuan(text ?? '');
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const worker = this.worker();
    const type = this.form.controls.type.value;
    this.form.controls.summary.setValue(this.form.controls.summary.value.trim());
    if (!worker) this.workerMissing.set(true);
    if (this.form.invalid || !worker || !type) {
      this.form.markAllAsTouched();
      return;
    }
    const requestedAmount = yuanToFen(this.form.controls.requestedAmount.value);
    if (requestedAmount === null) return;
    const details = detailsFromText(type, this.details.getRawValue());
    const summary = this.form.controls.summary.value;
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      const editing = this.editing();
      const saved = await firstValueFrom(
        editing
          ? this.api.update(editing.id, { requestedAmount, summary, details })
          : this.api.create({ type, workerId: worker.id, requestedAmount, summary, details }),
      );
      if (saved.warnings?.length) {
        this.notifier.info('cases.form.savedWithWarnings', {
          caseNo: saved.caseNo,
          count: saved.warnings.length,
        });
      } else {
        this.notifier.success(editing ? 'cases.form.updated' : 'cases.form.created', {
          caseNo: saved.caseNo,
        });
      }
      await this.router.navigate(['/cases', saved.id]);
    } catch (error: unknown) {
      const problem = toApiProblem(error, FIELDS);
      const general = showServerErrors(this.form, problem);
      if (general.length > 0 || Object.keys(problem.fieldErrors).length === 0) {
        this.errorKey.set(problemMessageKey(problem));
        this.errorDetails.set(general);
      }
    } finally {
      this.saving.set(false);
    }
  }

  private useDetails(type: CaseType, group: DetailsForm): void {
    this.form.setControl('details', group);
    this.detailValues.set(group.getRawValue());
    group.valueChanges.subscribe(() => this.detailValues.set(group.getRawValue()));
    const outOfPocket = group.controls['outOfPocket'];
    if (type !== 'medical' || !outOfPocket) return;
    // Out-of-pocket follows total − insurance until the user types a figure of their own.
    const follow = () => {
      if (outOfPocket.dirty) return;
      const values = group.getRawValue();
      const expected = outOfPocketOf(values['totalCost'] ?? '', values['insuranceReimbursed'] ?? '');
      outOfPocket.setValue(expected === null ? '' : fenToYuanText(expected));
    };
    group.controls['totalCost']?.valueChanges.subscribe(follow);
    group.controls['insuranceReimbursed']?.valueChanges.subscribe(follow);
  }

  private checkWarnings(): void {
    this.warningChecks.next();
  }

  /** The case with its worker (a worker out of reach leaves the picker empty), or the new case's worker. */
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

  private useCase(view: CaseView, worker: WorkerView | null): void {
    this.editing.set(view);
    if (!EDITABLE_CASE_STATUSES.includes(view.status)) this.errorKey.set('cases.form.notEditable');
    this.form.controls.type.setValue(view.type, { emitEvent: false });
    this.useDetails(view.type, detailsForm(view.type, view.details));
    this.form.controls.type.disable({ emitEvent: false });
    this.form.controls.requestedAmount.setValue(fenToYuanText(view.requestedAmount));
    this.form.controls.summary.setValue(view.summary);
    this.typeOverride.set(view.type);
    this.worker.set(worker);
  }
}
