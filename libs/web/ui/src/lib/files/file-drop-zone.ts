import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { FileDrag } from './file-drag';

/** The `data-testid`s of a drop zone's parts, so each page keeps the ones its tests know. */
export interface FileDropZoneTestIds {
  /** The zone itself, where files are dropped. */
  readonly zone: string;
  /** The "choose file" button. */
  readonly choose: string;
  /** The hidden file input behind the button. */
  readonly input: string;
}

/** Spreadsheets (.xlsx, .csv) by name and by type, for a file picker's `accept`. */
export const SPREADSHEET_ACCEPT = [
  '.xlsx',
  '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join(',');

/**
 * Where a file goes: a drop zone (highlighted while files are dragged over it) with a "choose file"
 * button for the keyboard and for phones. It hands on whatever was chosen; the page decides what it
 * takes. The texts come translated from the page; `prominent` makes the zone the page's main thing
 * (taller, a filled button) rather than one step of many.
 */
@Component({
  selector: 'wa-file-drop-zone',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      [class.prominent]="prominent()"
      [class.over]="drag.over()"
      [class.disabled]="disabled()"
      (dragenter)="drag.enter($event, disabled())"
      (dragover)="drag.enter($event, disabled())"
      (dragleave)="drag.leave($event)"
      (drop)="dropped($event)"
      [attr.data-testid]="testIds().zone"
    >
      <mat-icon class="icon" aria-hidden="true">upload_file</mat-icon>
      <div class="text">
        <span class="lead">{{ lead() }}</span>
        <span class="hint">{{ hint() }}</span>
      </div>
      @if (prominent()) {
        <button
          mat-flat-button
          type="button"
          (click)="picker.click()"
          [disabled]="disabled()"
          [attr.data-testid]="testIds().choose"
        >
          <mat-icon>attach_file</mat-icon>{{ chooseLabel() }}
        </button>
      } @else {
        <button
          mat-stroked-button
          type="button"
          (click)="picker.click()"
          [disabled]="disabled()"
          [attr.data-testid]="testIds().choose"
        >
          <mat-icon>attach_file</mat-icon>{{ chooseLabel() }}
        </button>
      }
      <input
        #picker
        type="file"
        [accept]="accept()"
        hidden
        (change)="picked(picker)"
        [attr.data-testid]="testIds().input"
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
    .zone.prominent {
      min-height: 96px;
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
    .prominent .icon {
      width: 36px;
      height: 36px;
      font-size: 36px;
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
    .prominent .lead {
      font: var(--mat-sys-title-medium);
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FileDropZone {
  /** What the file picker offers (its `accept`): names and types. */
  readonly accept = input(SPREADSHEET_ACCEPT);
  /** The zone's first line ("drop the file here"). */
  readonly lead = input.required<string>();
  /** The quieter line under it (what the file may be). */
  readonly hint = input('');
  /** The button's label ("choose file"). */
  readonly chooseLabel = input.required<string>();
  readonly testIds = input.required<FileDropZoneTestIds>();
  /** The page's main thing: taller, with a filled button. */
  readonly prominent = input(false, { transform: booleanAttribute });
  /** While a file is on its way, nothing else is taken. */
  readonly disabled = input(false);
  /** The files chosen or dropped (at least one). */
  readonly chosen = output<File[]>();

  protected readonly drag = new FileDrag();

  protected picked(picker: HTMLInputElement): void {
    this.emit(Array.from(picker.files ?? []));
    // The same file may be chosen again (after it was fixed, say).
    picker.value = '';
  }

  protected dropped(event: DragEvent): void {
    const files = this.drag.drop(event);
    if (!this.disabled()) this.emit(files);
  }

  private emit(files: File[]): void {
    if (files.length > 0) this.chosen.emit(files);
  }
}
