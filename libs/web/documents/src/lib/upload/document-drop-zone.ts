import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KINDS, type DocumentKind } from '@worker-aid/shared/domain';

/** Files the user chose, and the kind they said those files are. */
export interface ChosenDocuments {
  kind: DocumentKind;
  files: File[];
}

/**
 * Where documents are added: the kind of the files first, then a drop zone (highlighted while
 * files are dragged over it) with a "choose files" button for the keyboard and for phones.
 */
@Component({
  selector: 'wa-document-drop-zone',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './document-drop-zone.html',
  styleUrl: './document-drop-zone.scss',
})
export class DocumentDropZone {
  /** The largest file, as people read it (`20 MB`), for the hint. */
  readonly maxSize = input.required<string>();
  readonly chosen = output<ChosenDocuments>();

  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly accept = DOCUMENT_CONTENT_TYPES.join(',');
  // No default: a wrong kind would pass unnoticed, and reviewers look documents up by kind.
  protected readonly kind = new FormControl<DocumentKind | null>(null, Validators.required);
  protected readonly over = signal(false);

  protected choose(picker: HTMLInputElement): void {
    if (this.kindMissing()) return;
    picker.click();
  }

  protected picked(picker: HTMLInputElement): void {
    this.emit(picker.files);
    // The same file may be chosen again (after a failure, say).
    picker.value = '';
  }

  protected dragOver(event: DragEvent): void {
    if (!hasFiles(event)) return;
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
    if (this.kindMissing()) return;
    this.emit(event.dataTransfer?.files ?? null);
  }

  private kindMissing(): boolean {
    if (this.kind.valid) return false;
    this.kind.markAsTouched();
    return true;
  }

  private emit(list: FileList | null): void {
    const kind = this.kind.value;
    const files = list ? Array.from(list) : [];
    if (kind && files.length > 0) this.chosen.emit({ kind, files });
  }
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}
