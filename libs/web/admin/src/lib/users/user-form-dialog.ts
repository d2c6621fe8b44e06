import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  ROLES,
  USERNAME_PATTERN,
  type Role,
  type UserView,
  TEXT_LIMITS,
} from '@worker-aid/shared/domain';
import {
  Notifier,
  problemMessageKey,
  showServerErrors,
  toApiProblem,
  UnitDirectory,
  UnitSelect,
} from '@worker-aid/web/core';
import { ErrorBox, FieldError } from '@worker-aid/web/ui';
import { UsersApi } from '@worker-aid/web/data-access';
import { firstValueFrom } from 'rxjs';
import { PASSWORD_LENGTH_MESSAGES } from './password-dialog';

const FIELDS = ['username', 'displayName', 'password', 'role', 'unitId'] as const;

/** Creates a user account; closes with the created user. */
@Component({
  selector: 'wa-user-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    ErrorBox,
    FieldError,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form-dialog.html',
  styleUrl: './user-form-dialog.scss',
})
export class UserFormDialog implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly units = inject(UnitDirectory);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<UserFormDialog, UserView>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = ROLES;
  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly passwordMessages = PASSWORD_LENGTH_MESSAGES;
  protected readonly form = this.fb.group({
    username: ['', [Validators.required, Validators.pattern(USERNAME_PATTERN)]],
    displayName: ['', [Validators.required, Validators.maxLength(TEXT_LIMITS.displayName)]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(MIN_PASSWORD_LENGTH),
        Validators.maxLength(MAX_PASSWORD_LENGTH),
      ],
    ],
    role: this.fb.control<Role | ''>('', Validators.required),
    unitId: ['', Validators.required],
  });
  protected readonly showPassword = signal(false);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);

  ngOnInit(): void {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const username = this.form.controls.username;
    username.setValue(username.value.trim().toLowerCase());
    this.form.controls.displayName.setValue(this.form.controls.displayName.value.trim());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { role, ...rest } = this.form.getRawValue();
    if (role === '') return;
    this.saving.set(true);
    this.errorKey.set(null);
    this.errorDetails.set([]);
    try {
      this.dialogRef.close(await firstValueFrom(this.api.create({ ...rest, role })));
    } catch (error: unknown) {
      const problem = toApiProblem(error, FIELDS);
      if (problem.code === 'user.duplicate_username') {
        username.setErrors({ taken: true });
        username.markAsTouched();
        return;
      }
      const general = showServerErrors(this.form, problem);
      if (general.length > 0 || Object.keys(problem.fieldErrors).length === 0) {
        this.errorKey.set(problemMessageKey(problem));
        this.errorDetails.set(general);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
