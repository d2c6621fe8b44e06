import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** A message box above a form or list: errors (`role="alert"`) or information. */
@Component({
  selector: 'wa-error-box',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.role]': 'kind() === "error" ? "alert" : "status"', '[class]': '"kind-" + kind()' },
  template: `
    <mat-icon aria-hidden="true">{{ kind() === 'error' ? 'error' : 'info' }}</mat-icon>
    <div class="lines">
      @if (heading()) {
        <strong>{{ heading() }}</strong>
      }
      @for (line of lines(); track $index) {
        <div>{{ line }}</div>
      }
      @for (key of lineKeys(); track $index) {
        <div>{{ key | transloco }}</div>
      }
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 12px 16px;
      border-radius: 12px;
      font: var(--mat-sys-body-medium);
      margin-bottom: 16px;
    }
    :host(.kind-error) {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    :host(.kind-info) {
      color: var(--mat-sys-on-secondary-container);
      background: var(--mat-sys-secondary-container);
    }
    mat-icon {
      flex: none;
    }
    strong {
      font-weight: 600;
    }
    .lines {
      display: flex;
      flex-direction: column;
      gap: 2px;
      padding-top: 2px;
      word-break: break-word;
    }
  `,
})
export class ErrorBox {
  /** The first, bold line: what happened, in the interface language. */
  readonly heading = input<string | null>(null);
  /** Further lines, already in the interface language. */
  readonly lines = input<readonly string[]>([]);
  /** Further lines as translation keys (e.g. the rules of an API error that no field shows). */
  readonly lineKeys = input<readonly string[]>([]);
  readonly kind = input<'error' | 'info'>('error');
}
