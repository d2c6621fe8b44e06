import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkerView } from '@worker-aid/shared/domain';
import { AuthService, Notifier, toApiProblem, UNIT_LEVEL_ICONS, UnitDirectory } from '@worker-aid/web/core';
import {
  EmptyState,
  identityNumberError,
  identityNumberErrorKey,
  identityNumberValidator,
  PageHeader,
} from '@worker-aid/web/ui';
import { WorkersApi } from '../workers-api';

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
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workers-page.html',
  styleUrl: './workers-page.scss',
})
export class WorkersPage implements OnInit {
  private readonly api = inject(WorkersApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly units = inject(UnitDirectory);
  protected readonly canWrite = inject(AuthService).can('records:write');
  protected readonly levelIcon = UNIT_LEVEL_ICONS;
  protected readonly idError = identityNumberError;
  protected readonly idErrorKey = identityNumberErrorKey;

  protected readonly columns = ['name', 'idNumber', 'gender', 'age', 'flags', 'unit', 'employer'];
  protected readonly search = this.fb.group({ q: [''], unitId: [''] });
  protected readonly lookup = this.fb.group({
    idNumber: ['', [Validators.required, identityNumberValidator()]],
  });
  protected readonly workers = signal<WorkerView[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly looking = signal(false);
  protected readonly notFound = signal(false);

  ngOnInit(): void {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    void this.load(null);
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }

  protected async find(): Promise<void> {
    await this.load(null);
  }

  protected async clear(): Promise<void> {
    this.search.reset();
    await this.load(null);
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (cursor) await this.load(cursor);
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
      const worker = await this.api.lookup(control.value);
      await this.router.navigate(['/workers', worker.id]);
    } catch (error: unknown) {
      if (toApiProblem(error).status === 404) this.notFound.set(true);
      else this.notifier.failure(error);
    } finally {
      this.looking.set(false);
    }
  }

  private async load(cursor: string | null): Promise<void> {
    this.loading.set(true);
    try {
      const { q, unitId } = this.search.getRawValue();
      const page = await this.api.list({ q: q.trim(), unitId }, cursor, PAGE_SIZE);
      this.workers.update((workers) => (cursor ? [...workers, ...page.items] : page.items));
      this.nextCursor.set(page.nextCursor);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.loading.set(false);
    }
  }
}
