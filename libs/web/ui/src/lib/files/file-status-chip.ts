import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FileStatus } from '@worker-aid/shared/domain';

/** A hardship file's status (草稿, 已提交, 在档 …) as a small chip, coloured by where the file stands. */
@Component({
  selector: 'wa-file-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wa-file-status-chip', '[class]': '"status-" + status()', '[attr.data-status]': 'status()' },
  template: `{{ 'files.statuses.' + status() | transloco }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      height: 24px;
      padding: 0 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      border: 1px solid transparent;
    }
    :host(.status-draft) {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container-high);
      border-color: var(--mat-sys-outline-variant);
    }
    :host(.status-submitted) {
      color: #7a4a00;
      background: #fff0cc;
    }
    :host(.status-active) {
      color: #1b5e20;
      background: #e3f1e4;
    }
    :host(.status-closed) {
      color: #0d47a1;
      background: #e1ecfa;
    }
    :host(.status-returned) {
      color: #8a3b00;
      background: #ffe3d1;
    }
    :host(.status-rejected) {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    :host(.status-withdrawn) {
      color: var(--mat-sys-on-surface-variant);
      background: transparent;
      border-color: var(--mat-sys-outline-variant);
      text-decoration: line-through;
    }
  `,
})
export class FileStatusChip {
  readonly status = input.required<FileStatus>();
}
