import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KINDS, type DocumentKind } from '@worker-aid/shared/domain';
import { FileDrag } from '@worker-aid/web/ui';

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
  protected readonly drag = new FileDrag();

  protected choose(picker: HTMLInputElement): void {
    if (this.kindMissing()) return;
    picker.click();
  }

  protected picked(picker: HTMLInputElement): void {
    this.emit(Array.from(picker.files ?? []));
    // The same file may be chosen again (after a failure, say).
    picker.value = '';
  }

  protected dropped(event: DragEvent): void {
    const files = this.drag.drop(event);
    if (!this.kindMissing()) this.emit(files);
  }

  private kindMissing(): boolean {
    if (this.kind.valid) return false;
    this.kind.markAsTouched();
    return true;
  }

  private emit(files: File[]): void {
    const kind = this.kind.value;
    if (kind && files.length > 0) this.chosen.emit({ kind, files });
  }
}
