import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { hardshipTier, perCapitaIncome, type Household, type StandardView } from '@worker-aid/shared/domain';
import { FenPipe, TierBadge } from '@worker-aid/web/ui';
import { hardshipStandardOf } from './household-form';

/**
 * The tier as the household is typed: per-capita income, the standard in force for the worker's
 * unit, and the tier the shared rule gives — the same rule and arithmetic the API applies.
 */
@Component({
  selector: 'wa-tier-panel',
  imports: [MatIconModule, MatProgressBarModule, TranslocoPipe, FenPipe, TierBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="title">{{ 'files.tierPanel.title' | transloco }}</h3>
    @if (standard() === undefined) {
      <mat-progress-bar mode="indeterminate" />
    } @else if (standard(); as s) {
      <dl class="figures">
        <div>
          <dt>{{ 'files.fields.perCapitaIncome' | transloco }}</dt>
          <dd class="big" data-testid="tier-per-capita">
            {{ perCapita() === null ? '—' : (perCapita() | fen) }}
          </dd>
        </div>
        <div>
          <dt>{{ 'files.fields.standard' | transloco }}</dt>
          <dd data-testid="tier-standard">
            {{ s.povertyLine | fen }} / {{ 'standards.perPersonMonth' | transloco }}
          </dd>
        </div>
        <div>
          <dt>
            {{ 'files.tierPanel.relativeLine' | transloco: { multiple: s.relativeMultiple.toFixed(1) } }}
          </dt>
          <dd>{{ relativeLine() | fen }}</dd>
        </div>
      </dl>
      <div class="result" data-testid="tier-result">
        @if (tier(); as t) {
          <wa-tier-badge [tier]="t" data-testid="tier-badge" />
          <span class="why">{{ 'files.tierRules.' + t | transloco: { share: s.suddenSharePercent } }}</span>
        } @else {
          <span class="why">{{ 'files.tierPanel.incomplete' | transloco }}</span>
        }
      </div>
    } @else {
      <p class="missing" role="status" data-testid="tier-no-standard">
        <mat-icon aria-hidden="true">warning</mat-icon>{{ 'files.tierPanel.noStandard' | transloco }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .title {
      margin: 0 0 12px;
      font: var(--mat-sys-title-small);
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
      gap: 8px 16px;
      margin: 0 0 12px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
      font: var(--mat-sys-body-large);
      font-variant-numeric: tabular-nums;
    }
    dd.big {
      font: var(--mat-sys-title-large);
    }
    .result {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .why {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .missing {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      color: #6b4400;
    }
  `,
})
export class TierPanel {
  /** The household's money as typed; null while an amount is not valid. */
  readonly household = input.required<Household | null>();
  /** The standard in force: undefined while it loads, null when there is none. */
  readonly standard = input.required<StandardView | null | undefined>();

  protected readonly perCapita = computed(() => {
    const household = this.household();
    return household && household.members.length > 0
      ? perCapitaIncome(household.members, household.monthlyRigidExpenses)
      : null;
  });
  protected readonly relativeLine = computed(() => {
    const standard = this.standard();
    if (!standard) return null;
    const exact = hardshipStandardOf(standard);
    return Math.floor((exact.povertyLine * exact.relativeMultipleTenths) / 10);
  });
  protected readonly tier = computed(() => {
    const household = this.household();
    const standard = this.standard();
    if (!household || household.members.length === 0 || !standard) return null;
    return hardshipTier(household, hardshipStandardOf(standard));
  });
}
