import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UnitLevel } from '@worker-aid/shared/domain';

/** The tier of a unit (帮扶中心 / 产业(系统)工会 / 基层工会·帮扶工作站) as a small coloured chip. */
@Component({
  selector: 'wa-unit-level-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wa-unit-level-chip', '[class]': '"level-" + level()', '[attr.data-level]': 'level()' },
  template: `{{ 'unitLevels.' + level() | transloco }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      height: 24px;
      padding: 0 10px;
      border-radius: 8px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      border: 1px solid transparent;
    }
    :host(.level-center) {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    :host(.level-industry) {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    :host(.level-grassroots) {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container-high);
      border-color: var(--mat-sys-outline-variant);
    }
  `,
})
export class UnitLevelChip {
  readonly level = input.required<UnitLevel>();
}
