import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CASE_TYPES,
  NOTICE_DAYS_MAX,
  OBJECTION_CONTACT_MAX_LENGTH,
  UNIT_LEVELS,
  type ApprovalPolicyView,
  type CaseType,
  type NoticeSubject,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import { LanguageService, loadLatest, Notifier, problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { ApprovalPolicyApi } from '@worker-aid/web/data-access';
import { CASE_TYPE_ICONS, DateTimePipe, ErrorBox, FieldError, PageHeader } from '@worker-aid/web/ui';
import { firstValueFrom, map, of, startWith } from 'rxjs';
import {
  cellOfField,
  cellProblems,
  type CellKey,
  type CellProblem,
  fillPolicyForm,
  type LimitCell,
  limitKey,
  noticeKey,
  policyForm,
  type PolicyFormValue,
  policyOf,
  setUnlimited,
  SUGGESTED_POLICY,
} from './policy-form';

/**
 * 审批与公示规则 (admin): the limit each unit level may approve as final, per aid type, in yuan
 * or "no limit" (the center's always); the notice days per type and for hardship files; where
 * the public objects. Checked live with the shared rule, refused before saving when
 * inconsistent, the API's own objections shown on the same cells.
 */
@Component({
  selector: 'wa-approval-policy-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    PageHeader,
    ErrorBox,
    FieldError,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approval-policy-page.html',
  styleUrl: './approval-policy-page.scss',
})
export class ApprovalPolicyPage {
  private readonly api = inject(ApprovalPolicyApi);
  private readonly notifier = inject(Notifier);
  protected readonly lang = inject(LanguageService).active;
  protected readonly types = CASE_TYPES;
  protected readonly typeIcons = CASE_TYPE_ICONS;
  /** Lowest first, as a case climbs: 基层工会 → 产业工会 → 帮扶中心. */
  protected readonly levels: readonly UnitLevel[] = [...UNIT_LEVELS].reverse();
  protected readonly maxDays = NOTICE_DAYS_MAX;
  protected readonly contactMax = OBJECTION_CONTACT_MAX_LENGTH;
  protected readonly limitKey = limitKey;
  protected readonly noticeKey = noticeKey;

  protected readonly form = policyForm();
  protected readonly view = signal<ApprovalPolicyView | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly loadErrorKey = signal<string | null>(null);
  protected readonly saveErrorKey = signal<string | null>(null);
  protected readonly saveErrorDetails = signal<string[]>([]);
  /** What the API said of which cell after the last save, until the next edit. */
  private readonly serverProblems = signal(new Map<CellKey, CellProblem>());

  private readonly value = toSignal(
    this.form.group.valueChanges.pipe(
      startWith(null),
      map(() => this.form.group.getRawValue() as PolicyFormValue),
    ),
    { requireSync: true },
  );
  /** The shared rule's verdict on the form, by cell; empty while a field is not a number. */
  private readonly ruleProblems = computed(() => {
    const policy = policyOf(this.value());
    return policy ? cellProblems(policy) : new Map<CellKey, CellProblem>();
  });
  private readonly matchers: Partial<Record<CellKey, ErrorStateMatcher>> = {};

  constructor() {
    loadLatest(of(null), () => this.api.get(), {
      loading: this.loading,
      next: (view) => this.show(view),
      error: (error) => this.loadErrorKey.set(problemMessageKey(toApiProblem(error))),
    });
    this.form.group.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.serverProblems().size > 0 && this.serverProblems.set(new Map()));
  }

  protected cell(type: CaseType, level: UnitLevel): LimitCell {
    return this.form.limits[type][level];
  }

  protected days(subject: NoticeSubject): FormControl<string> {
    return this.form.noticeDays[subject];
  }

  /** The problem to show on a cell: the rule's first, then the API's. */
  protected problem(key: CellKey): CellProblem | null {
    return this.ruleProblems().get(key) ?? this.serverProblems().get(key) ?? null;
  }

  /** A cell shows as wrong when its own validators fail (once touched) or a rule names it. */
  protected matcher(key: CellKey): ErrorStateMatcher {
    return (this.matchers[key] ??= {
      isErrorState: (control: AbstractControl | null) =>
        this.problem(key) !== null || (!!control && control.invalid && (control.touched || control.dirty)),
    });
  }

  /** "No limit" empties the amount: a greyed-out number beside it would read as a limit. */
  protected toggleUnlimited(cell: LimitCell, unlimited: boolean): void {
    if (unlimited) cell.controls.amount.setValue('');
    setUnlimited(cell, unlimited);
    cell.controls.amount.markAsTouched();
  }

  /** Fills in the suggested limits and days, without saving. */
  protected useSuggested(): void {
    fillPolicyForm(this.form, { ...SUGGESTED_POLICY, objectionContact: this.form.objectionContact.value });
    this.form.group.markAsDirty();
  }

  protected reset(): void {
    const view = this.view();
    if (view) fillPolicyForm(this.form, view);
    this.saveErrorKey.set(null);
    this.saveErrorDetails.set([]);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const policy = policyOf(this.value());
    if (this.form.group.invalid || !policy || this.ruleProblems().size > 0) {
      this.form.group.markAllAsTouched();
      this.saveErrorKey.set('policy.fixFirst');
      this.saveErrorDetails.set([]);
      return;
    }
    this.saving.set(true);
    this.saveErrorKey.set(null);
    this.saveErrorDetails.set([]);
    try {
      this.show(await firstValueFrom(this.api.put(policy)));
      this.notifier.success('policy.saved');
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      const byCell = new Map<CellKey, CellProblem>();
      const rest: string[] = [];
      for (const [field, keys] of Object.entries(problem.fieldErrors)) {
        const cell = cellOfField(field);
        if (cell) byCell.set(cell, { key: keys[0] });
        else rest.push(...keys);
      }
      this.serverProblems.set(byCell);
      this.form.group.markAllAsTouched();
      this.saveErrorKey.set(problemMessageKey(problem));
      this.saveErrorDetails.set([...rest, ...problem.messages]);
    } finally {
      this.saving.set(false);
    }
  }

  private show(view: ApprovalPolicyView): void {
    this.loadErrorKey.set(null);
    this.view.set(view);
    fillPolicyForm(this.form, view);
  }
}
