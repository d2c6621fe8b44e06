import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkerView } from '@worker-aid/shared/domain';
import { AuthService, Notifier, toApiProblem } from '@worker-aid/web/core';
import { CasesApi } from '../cases-api';

/** What looks like an identity number is looked up (POST, never in a URL); anything else is a name fragment. */
const ID_NUMBER = /^\d{17}[\dXx]$/;
const DEBOUNCE_MS = 300;

/** Picks the worker a case is for: by name fragment, or by identity number. */
@Component({
  selector: 'wa-worker-picker',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './worker-picker.html',
  styleUrl: './worker-picker.scss',
})
export class WorkerPicker {
  private readonly api = inject(CasesApi);
  private readonly notifier = inject(Notifier);
  protected readonly canRegister = inject(AuthService).can('records:write');

  /** The chosen worker. */
  readonly worker = input<WorkerView | null>(null);
  /** A case being edited keeps its worker. */
  readonly locked = input(false);
  /** Shows "choose a worker" in the error colour. */
  readonly missing = input(false);
  readonly picked = output<WorkerView | null>();

  protected readonly query = signal('');
  protected readonly results = signal<WorkerView[] | null>(null);
  protected readonly searching = signal(false);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected typed(value: string): void {
    this.query.set(value);
    clearTimeout(this.timer);
    const text = value.trim();
    if (text === '') {
      this.results.set(null);
      return;
    }
    this.timer = setTimeout(() => void this.search(text), DEBOUNCE_MS);
  }

  protected choose(worker: WorkerView): void {
    this.results.set(null);
    this.query.set('');
    this.picked.emit(worker);
  }

  protected change(): void {
    this.picked.emit(null);
  }

  private async search(text: string): Promise<void> {
    const generation = ++this.generation;
    this.searching.set(true);
    try {
      let found: WorkerView[];
      if (ID_NUMBER.test(text)) {
        try {
          found = [await this.api.lookupWorker(text.toUpperCase())];
        } catch (error: unknown) {
          if (toApiProblem(error).status !== 404) throw error;
          found = [];
        }
      } else {
        found = (await this.api.searchWorkers(text)).items;
      }
      if (generation === this.generation) this.results.set(found);
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      if (generation === this.generation) this.searching.set(false);
    }
  }
}
