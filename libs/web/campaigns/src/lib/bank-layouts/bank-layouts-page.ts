import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  BANK_FILE_FIELDS,
  BANK_FILE_REQUIRED_FIELDS,
  DEFAULT_BANK_LAYOUT,
  type BankFileField,
  type BankLayout,
  type BankLayoutRequest,
} from '@worker-aid/shared/domain';
import { LanguageService, loadLatest, Notifier, problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { DateTimePipe, EmptyState, ErrorBox, PageHeader } from '@worker-aid/web/ui';
import { firstValueFrom, startWith, Subject } from 'rxjs';
import { BankLayoutsApi } from './bank-layouts-api';
import {
  BANK_LAYOUT_HEADING_MAX,
  BANK_NAME_MAX,
  cleanLayout,
  layoutProblems,
  moveColumn,
  nextFreeField,
  RESULT_HEADINGS,
  type LayoutProblem,
  type ResultHeading,
} from './layout-rules';

/** A copy to edit: the layout's request part, nothing shared with what the list shows. */
function draftOf(layout: BankLayoutRequest): BankLayoutRequest {
  return {
    bankName: layout.bankName,
    columns: layout.columns.map((column) => ({ ...column })),
    resultColumns: { ...layout.resultColumns },
  };
}

/** A new layout starts from the default one, without its name. */
function newDraft(): BankLayoutRequest {
  return { ...draftOf(DEFAULT_BANK_LAYOUT), bankName: '' };
}

/**
 * 代发格式: each bank's payroll file layout — its columns in order (which field, under which
 * heading) and the headings of its result file (回盘) — listed, and edited with the API's rules
 * checked before saving (`layoutProblems`). Without any layout the API uses the default one.
 */
@Component({
  selector: 'wa-bank-layouts-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DateTimePipe,
    EmptyState,
    ErrorBox,
    PageHeader,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bank-layouts-page.html',
  styleUrl: './bank-layouts-page.scss',
})
export class BankLayoutsPage {
  private readonly api = inject(BankLayoutsApi);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).active;

  protected readonly fields = BANK_FILE_FIELDS;
  protected readonly required: readonly BankFileField[] = BANK_FILE_REQUIRED_FIELDS;
  protected readonly resultHeadings = RESULT_HEADINGS;
  protected readonly headingMax = BANK_LAYOUT_HEADING_MAX;
  protected readonly nameMax = BANK_NAME_MAX;

  protected readonly layouts = signal<BankLayout[]>([]);
  protected readonly loading = signal(false);
  /** The layout being edited: its id, or null for a new one. */
  protected readonly editingId = signal<string | null>(null);
  protected readonly draft = signal<BankLayoutRequest>(newDraft());
  /** Problems show once the user tried to save. */
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<{ key: string; lines: string[] } | null>(null);

  protected readonly problems = computed(() => layoutProblems(this.draft()));
  protected readonly shownProblems = computed(() => (this.tried() ? this.problems() : []));
  protected readonly canAdd = computed(() => nextFreeField(this.draft().columns) !== null);

  private readonly reloads = new Subject<void>();

  constructor() {
    loadLatest(this.reloads.pipe(startWith(undefined)), () => this.api.list(), {
      loading: this.loading,
      next: (layouts) => this.layouts.set(layouts),
    });
  }

  protected edit(layout: BankLayout): void {
    this.editingId.set(layout.id);
    this.draft.set(draftOf(layout));
    this.reset();
  }

  protected startNew(): void {
    this.editingId.set(null);
    this.draft.set(newDraft());
    this.reset();
  }

  protected setBankName(value: string): void {
    this.draft.update((draft) => ({ ...draft, bankName: value }));
  }

  protected setField(index: number, field: BankFileField): void {
    this.updateColumns((columns) => columns.map((c, i) => (i === index ? { ...c, field } : c)));
  }

  protected setHeading(index: number, heading: string): void {
    this.updateColumns((columns) => columns.map((c, i) => (i === index ? { ...c, heading } : c)));
  }

  protected move(index: number, by: -1 | 1): void {
    this.updateColumns((columns) => moveColumn(columns, index, by));
  }

  protected remove(index: number): void {
    this.updateColumns((columns) => columns.filter((_, i) => i !== index));
  }

  protected add(): void {
    const field = nextFreeField(this.draft().columns);
    if (!field) return;
    const heading = this.transloco.translate(`batches.layouts.fields.${field}`);
    this.updateColumns((columns) => [...columns, { field, heading }]);
  }

  protected setResultHeading(name: ResultHeading, value: string): void {
    this.draft.update((draft) => ({ ...draft, resultColumns: { ...draft.resultColumns, [name]: value } }));
  }

  /** A problem's values for its text: a field by its name in the interface language. */
  protected problemParams(problem: LayoutProblem): Record<string, string | number> {
    const params = { ...problem.params };
    if (typeof params['field'] === 'string') {
      params['field'] = this.transloco.translate(`batches.layouts.fields.${params['field']}`);
    }
    if (typeof params['name'] === 'string') {
      params['name'] = this.transloco.translate(`batches.layouts.result.${params['name']}`);
    }
    return params;
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.tried.set(true);
    this.saveError.set(null);
    if (this.problems().length > 0) return;
    const request = cleanLayout(this.draft());
    const id = this.editingId();
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(id ? this.api.update(id, request) : this.api.create(request));
      this.layouts.update((layouts) =>
        id ? layouts.map((layout) => (layout.id === id ? saved : layout)) : [...layouts, saved],
      );
      this.edit(saved);
      this.notifier.success('batches.layouts.saved', { bank: saved.bankName });
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      this.saveError.set({
        key: problemMessageKey(problem),
        lines: [...Object.values(problem.fieldErrors).flat(), ...problem.messages],
      });
      if (problem.code === 'bank_layout.not_found') this.reloads.next();
    } finally {
      this.saving.set(false);
    }
  }

  private updateColumns(
    change: (columns: BankLayoutRequest['columns']) => BankLayoutRequest['columns'],
  ): void {
    this.draft.update((draft) => ({ ...draft, columns: change(draft.columns) }));
  }

  private reset(): void {
    this.tried.set(false);
    this.saveError.set(null);
  }
}
