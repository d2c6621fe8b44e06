import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { isImageContentType, type DocumentView } from '@worker-aid/shared/domain';
import { DateTimePipe } from '@worker-aid/web/ui';
import { FileSizePipe } from '../file-size.pipe';

/** One document in the list: its picture (or a PDF icon), kind, name, size, who added it when, and its actions. */
@Component({
  selector: 'wa-document-item',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatTooltipModule,
    TranslocoPipe,
    DateTimePipe,
    FileSizePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './document-item.html',
  styleUrl: './document-item.scss',
})
export class DocumentItem {
  readonly document = input.required<DocumentView>();
  /** The object URL of its thumbnail, once loaded. */
  readonly thumbnailUrl = input<string | undefined>(undefined);
  readonly mayHide = input(false);
  readonly downloading = input(false);
  readonly lang = input.required<string>();
  readonly download = output<void>();
  readonly hide = output<void>();

  protected readonly isImage = isImageContentType;
}
