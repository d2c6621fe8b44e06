import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FileTier } from '@worker-aid/shared/domain';

/** A hardship file's tier (深度困难, 相对困难, 意外致困, 不符合建档条件) as a badge, one colour per tier. */
@Component({
  selector: 'wa-tier-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wa-tier-badge', '[class]': '"tier-" + tier()', '[attr.data-tier]': 'tier()' },
  template: `<span class="mark" aria-hidden="true"></span>{{ 'files.tiers.' + tier() | transloco }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      height: 24px;
      padding: 0 10px;
      border-radius: 6px;
      font: var(--mat-sys-label-medium);
      font-weight: 600;
      white-space: nowrap;
      border: 1px solid transparent;
    }
    .mark {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: currentColor;
    }
    :host(.tier-deep) {
      color: #8c1d18;
      background: #fde2e0;
      border-color: #f3b7b2;
    }
    :host(.tier-relative) {
      color: #7a4a00;
      background: #ffefcc;
      border-color: #f2d48f;
    }
    :host(.tier-sudden) {
      color: #4a2a8a;
      background: #ece4fb;
      border-color: #cfbff0;
    }
    :host(.tier-none) {
      color: var(--mat-sys-on-surface-variant);
      background: transparent;
      border-color: var(--mat-sys-outline-variant);
      font-weight: 500;
    }
  `,
})
export class TierBadge {
  readonly tier = input.required<FileTier>();
}
