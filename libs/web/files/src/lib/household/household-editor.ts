import { ChangeDetectionStrategy, Component, computed, effect, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FILE_HARDSHIP_CAUSES,
  FILE_MEMBERS_MAX,
  MEMBER_BIRTH_YEAR_MIN,
  MEMBER_HEALTH,
  MEMBER_RELATIONS,
  MEMBER_WORK,
  SECONDARY_CAUSES_MAX,
  type StandardView,
} from '@worker-aid/shared/domain';
import { FieldError, type FieldErrorMessage } from '@worker-aid/web/ui';
import { map, startWith, switchMap } from 'rxjs';
import { householdMoney, type HouseholdForm, memberForm } from './household-form';
import { TierPanel } from './tier-panel';

/**
 * Records a household: its members (add and remove rows; exactly one is the worker), monthly
 * rigid expenses, sudden expenses of the last 12 months, the main cause and up to three others,
 * a note — with the tier computed live beside it. Shared by the file form and the annual review.
 */
@Component({
  selector: 'wa-household-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTooltipModule,
    TranslocoPipe,
    FieldError,
    TierPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-editor.html',
  styleUrl: './household-editor.scss',
})
export class HouseholdEditor {
  readonly form = input.required<HouseholdForm>();
  /** The standard in force for the worker's unit: undefined while it loads, null when there is none. */
  readonly standard = input.required<StandardView | null | undefined>();
  /** The center's year: birth years go up to it. */
  readonly thisYear = input.required<number>();

  protected readonly relations = MEMBER_RELATIONS;
  protected readonly healths = MEMBER_HEALTH;
  protected readonly works = MEMBER_WORK;
  protected readonly causes = FILE_HARDSHIP_CAUSES;
  protected readonly maxMembers = FILE_MEMBERS_MAX;
  protected readonly maxSecondary = SECONDARY_CAUSES_MAX;

  /** The form's value and the members' own errors, after every change of either. */
  private readonly state = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.events.pipe(
          startWith(null),
          map(() => ({ value: form.getRawValue(), membersErrors: form.controls.members.errors })),
        ),
      ),
    ),
  );
  private readonly value = computed(() => this.state()?.value);
  protected readonly household = computed(() => {
    const value = this.value();
    return value ? householdMoney(value) : null;
  });
  protected readonly mainCause = computed(() => this.value()?.mainCause ?? '');
  protected readonly secondaryCount = computed(() => this.value()?.secondaryCauses.length ?? 0);
  /** What is wrong with the members as a whole (not one field): the number of "self" rows, or the API's rule. */
  protected readonly membersProblem = computed<string | null>(() => {
    const errors = this.state()?.membersErrors;
    const server: unknown = errors?.['server'];
    if (typeof server === 'string') return server;
    if (errors?.['oneSelf']) return 'files.form.oneSelf';
    return null;
  });
  protected readonly birthYearMessages = computed<Record<string, FieldErrorMessage>>(() => ({
    birthYear: {
      key: 'files.form.birthYearRange',
      params: { min: MEMBER_BIRTH_YEAR_MIN, max: this.thisYear() },
    },
  }));

  constructor() {
    // A cause chosen as the main one leaves the secondary ones.
    effect((onCleanup) => {
      const { mainCause, secondaryCauses } = this.form().controls;
      const subscription = mainCause.valueChanges.subscribe((main) => {
        if (main && secondaryCauses.value.includes(main))
          secondaryCauses.setValue(secondaryCauses.value.filter((cause) => cause !== main));
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected get members() {
    return this.form().controls.members;
  }

  protected addMember(): void {
    if (this.members.length >= FILE_MEMBERS_MAX) return;
    this.members.push(memberForm({}, this.thisYear()));
  }

  protected removeMember(index: number): void {
    if (this.members.length <= 1) return;
    this.members.removeAt(index);
  }
}
