import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkerView } from '@worker-aid/shared/domain';
import {
  AuthService,
  keysetList,
  Notifier,
  toApiProblem,
  UnitDirectory,
  UnitSelect,
} from '@worker-aid/web/core';
import { type WorkerQuery, WorkersApi } from '@worker-aid/web/data-access';
import {
  EmptyState,
  identityNumberError,
  identityNumberErrorKey,
  identityNumberValidator,
  PageHeader,
} from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';

const PAGE_SIZE = 25;

/** 困难职工档案: search by name and unit (keyset "load more"), or look a worker up by identity number. */
@Component({
  selector: 'wa-workers-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    UnitSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workers-page.html',
  styleUrl: './workers-page.scss',
})
export class WorkersPage {
  private readonly api = inject(WorkersApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly units = inject(UnitDirectory);
  protected readonly canWrite = inject(AuthService).can('records:write');
  protected readonly idError = identityNumberError;
  protected readonly idErrorKey = identityNumberErrorKey;

  protected readonly columns = ['name', 'idNumber', 'gender', 'age', 'flags', 'unit', 'employer'];
  protected readonly search = this.fb.group({ q: [''], unitId: [''] });
  protected readonly lookup = this.fb.group({
    idNumber: ['', [Validators.required, identityNumberValidator()]],
  });
  /** The workers of the search, 25 at a time. */
  protected readonly workers = keysetList<WorkerQuery, WorkerView>({
    fetch: (query, cursor) => this.api.list(query, cursor, PAGE_SIZE),
  });
  protected readonly looking = signal(false);
  protected readonly notFound = signal(false);

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    this.find();
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }

  protected find(): void {
    const { q, unitId } = this.search.getRawValue();
    this.workers.load({ q: q.trim(), unitId });
  }

  protected clear(): void {
    this.search.reset();
    this.find();
  }

  /** POST /workers/lookup: the number goes in the body, never in the URL. */
  protected async lookUp(): Promise<void> {
    const control = this.lookup.controls.idNumber;
    control.setValue(control.value.trim().toUpperCase());
    this.notFound.set(false);
    if (this.lookup.invalid) {
      this.lookup.markAllAsTouched();
      return;
    }
    this.looking.set(true);
    try {
      const worker = await firstValueFrom(this.api.lookup(control.value));
      await this.router.navigate(['/workers', worker.id]);
    } catch (error: unknown) {
      if (toApiProblem(error).status === 404) this.notFound.set(true);
      else this.notifier.failure(error);
    } finally {
      this.looking.set(false);
    }
  }
}
