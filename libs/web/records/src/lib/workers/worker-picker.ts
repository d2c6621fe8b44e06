import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkerView } from '@worker-aid/shared/domain';
import { AuthService, loadLatest, toApiProblem } from '@worker-aid/web/core';
import { WorkersApi } from '@worker-aid/web/data-access';
import { catchError, debounce, map, type Observable, of, Subject, throwError, timer } from 'rxjs';

/** What looks like an identity number is looked up (POST, never in a URL); anything else is a name fragment. */
const ID_NUMBER = /^\d{17}[\dXx]$/;
const DEBOUNCE_MS = 300;

/** Picks the worker a record (a case, a hardship file) is for: by name fragment, or by identity number. */
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
  private readonly api = inject(WorkersApi);
  protected readonly canRegister = inject(AuthService).can('records:write');

  /** The chosen worker. */
  readonly worker = input<WorkerView | null>(null);
  /** A record being edited keeps its worker. */
  readonly locked = input(false);
  /** Shows "choose a worker" in the error colour. */
  readonly missing = input(false);
  /** The start of its test ids: `<prefix>`, `<prefix>-search`, `<prefix>-option-<id>`, `<prefix>-change`. */
  readonly testIdPrefix = input('case-worker');
  readonly picked = output<WorkerView | null>();

  protected readonly query = signal('');
  protected readonly results = signal<WorkerView[] | null>(null);
  protected readonly searching = signal(false);
  /** What is typed, trimmed; searched once the typing pauses (an empty box at once). */
  private readonly searches = new Subject<string>();

  constructor() {
    loadLatest(
      this.searches.pipe(debounce((text) => (text ? timer(DEBOUNCE_MS) : of(0)))),
      (text) => this.find(text),
      { loading: this.searching, next: (found) => this.results.set(found) },
    );
  }

  protected typed(value: string): void {
    this.query.set(value);
    this.searches.next(value.trim());
  }

  protected choose(worker: WorkerView): void {
    this.query.set('');
    this.searches.next('');
    this.picked.emit(worker);
  }

  protected change(): void {
    this.picked.emit(null);
  }

  /** An identity number is looked up (nobody with it: no result); anything else is a name fragment. */
  private find(text: string): Observable<WorkerView[] | null> {
    if (text === '') return of(null);
    if (ID_NUMBER.test(text))
      return this.api.lookup(text.toUpperCase()).pipe(
        map((worker) => [worker]),
        catchError((error: unknown) =>
          toApiProblem(error).status === 404 ? of([]) : throwError(() => error),
        ),
      );
    return this.api.list({ q: text }, null, 10).pipe(map((page) => page.items));
  }
}
