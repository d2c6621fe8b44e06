import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** What the file picker offers: the sheets by name and by type. */
const ACCEPT = [
  '.xlsx',
  '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join(',');

/**
 * Where the sheet goes: a drop zone (highlighted while files are dragged over it) with a
 * "choose file" button for the keyboard and for phones. It hands on whatever was chosen; the page
 * decides what it takes.
 */
@Component({
  selector: 'wa-import-drop-zone',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-drop-zone.html',
  styleUrl: './import-drop-zone.scss',
})
export class ImportDropZone {
  /** The limits for the hint (`max`, `rows`). */
  readonly limits = input.required<Record<string, string>>();
  /** While a sheet is on its way, nothing else is taken. */
  readonly disabled = input(false);
  readonly chosen = output<File[]>();

  protected readonly accept = ACCEPT;
  protected readonly over = signal(false);

  protected picked(picker: HTMLInputElement): void {
    this.emit(picker.files);
    // The same file may be chosen again (after it was fixed, say).
    picker.value = '';
  }

  protected dragOver(event: DragEvent): void {
    if (this.disabled() || !hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  protected dragLeave(event: DragEvent): void {
    // Moving onto a child of the zone is no leaving.
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

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}
