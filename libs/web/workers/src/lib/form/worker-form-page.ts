import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  checkIdentityNumber,
  type CreateWorkerRequest,
  type DuplicateWorkerBody,
  type Gender,
  normalizeBankAccount,
  PHONE_PATTERN,
  type UpdateWorkerRequest,
  type WorkerView,
  TEXT_LIMITS,
} from '@worker-aid/shared/domain';
import {
  loadLatest,
  Notifier,
  problemMessageKey,
  showServerErrors,
  toApiProblem,
  UnitDirectory,
  UnitSelect,
} from '@worker-aid/web/core';
import {
  bankAccountValidator,
  ErrorBox,
  FieldError,
  identityNumberError,
  identityNumberErrorKey,
  identityNumberErrorState,
  identityNumberValidator,
  PageHeader,
} from '@worker-aid/web/ui';
import { WorkersApi } from '@worker-aid/web/data-access';
import { filter, firstValueFrom } from 'rxjs';

const FIELDS = [
  'name',
  'idNumber',
  'unitId',
  'gender',
  'phone',
  'bankAccount',
  'employer',
  'migrantWorker',
  'address',
] as const;

/**
 * 职工建档 and editing a worker file. The identity number is checked as it is typed. The bank
 * account comes masked from the API, so editing starts it empty: typed, it replaces the account;
 * left empty, the account is kept.
 */
@Component({
  selector: 'wa-worker-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    PageHeader,
    ErrorBox,
    FieldError,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './worker-form-page.html',
  styleUrl: './worker-form-page.scss',
})
export class WorkerFormPage {
  private readonly api = inject(WorkersApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly units = inject(UnitDirectory);
  protected readonly idError = identityNumberError;
  protected readonly idErrorState = identityNumberErrorState;
  protected readonly idErrorKey = identityNumberErrorKey;
  protected readonly genders: readonly Gender[] = ['male', 'female'];

  /** The worker to edit (route `:id/edit`); none: a new worker. */
  readonly id = input<string>();

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(TEXT_LIMITS.workerName)]],
    idNumber: ['', [Validators.required, identityNumberValidator()]],
    unitId: ['', Validators.required],
    gender: this.fb.control<Gender | ''>(''),
    phone: ['', Validators.pattern(PHONE_PATTERN)],
    bankAccount: ['', bankAccountValidator()],
    /** Editing only: take the recorded account off the file. */
    removeBankAccount: [false],
    employer: ['', Validators.maxLength(TEXT_LIMITS.employer)],
    migrantWorker: [false],
    address: ['', Validators.maxLength(TEXT_LIMITS.address)],
  });
  private readonly idNumber = toSignal(this.form.controls.idNumber.valueChanges, { initialValue: '' });
  /** What the number says about the person, once it is valid. */
  protected readonly derived = computed(() => {
    const check = checkIdentityNumber(this.idNumber());
    return check.valid ? check : null;
  });

  protected readonly editing = signal<WorkerView | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);
  /** The 409 of a number already registered; with the worker's id when they are in scope. */
  protected readonly duplicate = signal<{ workerId: string | null } | null>(null);

  constructor() {
    // The number decides the gender (odd 17th digit: male); prefill it, the user may still correct it.
    this.form.controls.removeBankAccount.valueChanges.subscribe((remove) => {
      const account = this.form.controls.bankAccount;
      if (remove) {
        account.setValue('');
        account.disable();
      } else account.enable();
    });
    this.form.controls.idNumber.valueChanges.subscribe((value) => {
      const check = checkIdentityNumber(value);
      if (check.valid && !this.form.controls.gender.dirty) this.form.controls.gender.setValue(check.gender);
      this.duplicate.set(null);
    });
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    // Editing (`:id/edit`): the worker's file fills the form.
    loadLatest(toObservable(this.id).pipe(filter((id): id is string => !!id)), (id) => this.api.get(id), {
      loading: this.loading,
      next: (worker) => this.useWorker(worker),
      error: (error) => this.errorKey.set(problemMessageKey(toApiProblem(error))),
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    for (const field of ['name', 'idNumber', 'phone', 'bankAccount', 'employer', 'address'] as const) {
      const control = this.form.controls[field];
      if (control.enabled) control.setValue(control.value.trim());
    }
    if (this.form.controls.idNumber.enabled)
      this.form.controls.idNumber.setValue(this.form.controls.idNumber.value.toUpperCase());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    this.duplicate.set(null);
    try {
      const editing = this.editing();
      const saved = await firstValueFrom(
        editing ? this.api.update(editing.id, this.updateRequest()) : this.api.create(this.createRequest()),
      );
      this.notifier.success(editing ? 'workers.form.updated' : 'workers.form.created', { name: saved.name });
      await this.router.navigate(['/workers', saved.id]);
    } catch (error: unknown) {
      this.showError(error);
    } finally {
      this.saving.set(false);
    }
  }

  private createRequest(): CreateWorkerRequest {
    const value = this.form.getRawValue();
    return {
      name: value.name,
      idNumber: value.idNumber,
      unitId: value.unitId,
      ...(value.gender ? { gender: value.gender } : {}),
      ...(value.phone ? { phone: value.phone } : {}),
      ...this.bankAccount(),
      ...(value.employer ? { employer: value.employer } : {}),
      migrantWorker: value.migrantWorker,
      ...(value.address ? { address: value.address } : {}),
    };
  }

  private updateRequest(): UpdateWorkerRequest {
    const value = this.form.getRawValue();
    return {
      name: value.name,
      ...(value.gender ? { gender: value.gender } : {}),
      // An emptied field is cleared.
      phone: value.phone || null,
      ...(value.removeBankAccount ? { bankAccount: null } : this.bankAccount()),
      employer: value.employer || null,
      migrantWorker: value.migrantWorker,
      address: value.address || null,
    };
  }

  /** The typed account as digits, or nothing when left empty (editing: the account is kept). */
  private bankAccount(): Pick<CreateWorkerRequest, 'bankAccount'> {
    const digits = normalizeBankAccount(this.form.controls.bankAccount.value);
    return digits ? { bankAccount: digits } : {};
  }

  private showError(error: unknown): void {
    const problem = toApiProblem(error, FIELDS);
    if (problem.code === 'worker.duplicate' && !this.editing()) {
      const body =
        error instanceof HttpErrorResponse ? (error.error as Partial<DuplicateWorkerBody> | null) : null;
      this.duplicate.set({ workerId: typeof body?.workerId === 'string' ? body.workerId : null });
      this.form.controls.idNumber.setErrors({ duplicate: true });
      this.form.controls.idNumber.markAsTouched();
      return;
    }
    const general = showServerErrors(this.form, problem);
    if (general.length > 0 || Object.keys(problem.fieldErrors).length === 0) {
      this.errorKey.set(problemMessageKey(problem));
      this.errorDetails.set(general);
    }
  }

  /** Fills the form with the worker being edited. */
  private useWorker(worker: WorkerView): void {
    this.editing.set(worker);
    this.form.setValue({
      name: worker.name,
      idNumber: worker.idNumber,
      unitId: worker.unitId,
      gender: worker.gender,
      phone: worker.phone ?? '',
      // Masked by the API (`6222 **** **** 0123`), not the number: typed anew or left as it is.
      bankAccount: '',
      removeBankAccount: false,
      employer: worker.employer ?? '',
      migrantWorker: worker.migrantWorker,
      address: worker.address ?? '',
    });
    // The identity number and the unit are the file's keys: not edited here.
    this.form.controls.idNumber.disable();
    this.form.controls.unitId.disable();
  }
}
