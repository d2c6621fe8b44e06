import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** What the file picker offers: the bank's result files by name and by type. */
const ACCEPT = [
  '.xlsx',
  '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join(',');

/** A bank's result file (回盘) by name; the API checks the content. */
export const RESULT_FILE_NAME = /\.(xlsx|csv)$/i;

/**
 * Where the bank's result file goes: a drop zone (highlighted while a file is dragged over it)
 * with a "choose file" button for the keyboard and for phones, as on the imports page.
 */
@Component({
  selector: 'wa-result-drop-zone',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      [class.over]="over()"
      [class.disabled]="disabled()"
      (dragenter)="dragOver($event)"
      (dragover)="dragOver($event)"
      (dragleave)="dragLeave($event)"
      (drop)="dropped($event)"
      data-testid="batch-results-drop"
    >
      <mat-icon class="icon" aria-hidden="true">upload_file</mat-icon>
      <div class="text">
        <span class="lead">{{ 'batches.results.drop' | transloco }}</span>
        <span class="hint">{{ 'batches.results.hint' | transloco }}</span>
      </div>
      <button
        mat-stroked-button
        type="button"
        (click)="picker.click()"
        [disabled]="disabled()"
        data-testid="batch-results-choose"
      >
        <mat-icon>attach_file</mat-icon>{{ 'batches.results.choose' | transloco }}
      </button>
      <input
        #picker
        type="file"
        [accept]="accept"
        hidden
        (change)="picked(picker)"
        data-testid="batch-results-input"
      />
    </div>
  `,
  styles: `
    .zone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
      padding: 16px 20px;
      border: 2px dashed var(--mat-sys-outline-variant);
      border-radius: 12px;
      transition:
        border-color 120ms,
        background-color 120ms;
    }
    .zone.over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .zone.disabled {
      opacity: 0.6;
    }
    .icon {
      flex: none;
      width: 32px;
      height: 32px;
      font-size: 32px;
      color: var(--mat-sys-primary);
    }
    .text {
      display: flex;
      flex: 1 1 220px;
      flex-direction: column;
      gap: 4px;
      min-width: 0;
    }
    .lead {
      font: var(--mat-sys-title-small);
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ResultDropZone {
  /** While a file is on its way, nothing else is taken. */
  readonly disabled = input(false);
  readonly chosen = output<File[]>();

  protected readonly accept = ACCEPT;
  protected readonly over = signal(false);

  protected picked(picker: HTMLInputElement): void {
    this.emit(picker.files);
    // The same file may be chosen again (after the bank sent a corrected one, say).
    picker.value = '';
  }

  protected dragOver(event: DragEvent): void {
    if (this.disabled() || !(event.dataTransfer?.types.includes('Files') ?? false)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  protected dragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.over.set(false);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    if (!this.disabled()) this.emit(event.dataTransfer?.files ?? null);
  }

  private emit(list: FileList | null): void {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) this.chosen.emit(files);
  }
}
