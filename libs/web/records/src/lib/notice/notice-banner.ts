import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * 公示中: the banner of a case or file in public notice — the period, that nothing is paid
 * meanwhile, and "登记异议" for those who may record an objection.
 */
@Component({
  selector: 'wa-notice-banner',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'data-testid': 'notice-banner' },
  template: `
    <mat-icon aria-hidden="true">campaign</mat-icon>
    <div class="text">
      <strong data-testid="notice-period">{{
        'approval.notice.period' | transloco: { start: startsOn() ?? '—', end: endsOn() }
      }}</strong>
      <span>{{ 'approval.notice.' + subject() + 'Explain' | transloco }}</span>
    </div>
    @if (canObject()) {
      <button mat-stroked-button type="button" (click)="object.emit()" data-testid="notice-object">
        <mat-icon>record_voice_over</mat-icon>{{ 'objection.title' | transloco }}
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-top: 16px;
      padding: 12px 16px;
      border-radius: 12px;
      color: #7a4a00;
      background: #fff0cc;
    }
    .text {
      display: flex;
      flex: 1 1 240px;
      flex-direction: column;
      gap: 2px;
    }
    strong {
      font: var(--mat-sys-title-small);
    }
    span {
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class NoticeBanner {
  readonly startsOn = input<string | null>(null);
  readonly endsOn = input.required<string>();
  /** Which explanation: a case is not paid during its notice; a file simply waits. */
  readonly subject = input<'case' | 'file'>('case');
  readonly canObject = input(false);
  readonly object = output<void>();
}
