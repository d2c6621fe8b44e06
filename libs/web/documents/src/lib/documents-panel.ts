import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { mayHideDocument, type DocumentOwner, type DocumentView } from '@worker-aid/shared/domain';
import { AuthService, LanguageService, loadLatest, Notifier, saveFile } from '@worker-aid/web/core';
import { DocumentsApi } from '@worker-aid/web/data-access';
import { EmptyState } from '@worker-aid/web/ui';
import { catchError, EMPTY, filter, finalize, map, mergeMap, Subject } from 'rxjs';
import { FileSizePipe } from './file-size.pipe';
import { DocumentItem } from './list/document-item';
import { HideDocumentDialog, type HideDocumentDialogData } from './list/hide-document-dialog';
import { ObjectUrls } from './list/object-urls';
import { type ChosenDocuments, DocumentDropZone } from './upload/document-drop-zone';
import {
  maxDocumentSize,
  refusalBeforeUpload,
  refusalOf,
  type UploadRefusal,
} from './upload/upload-refusals';

/** The record the documents belong to. */
interface DocumentRecord {
  owner: DocumentOwner;
  ownerId: string;
}

/** A file on its way: how far it is, or why it was refused. */
interface Upload {
  id: number;
  fileName: string;
  size: number;
  /** Percent of the bytes sent; null while unknown. */
  percent: number | null;
  refusal: UploadRefusal | null;
}

/** At most this many thumbnails load at once, so a long list does not hold up the rest. */
const THUMBNAIL_REQUESTS = 4;

/**
 * 证明材料 of a worker, a hardship file or a case: the documents (pictures as thumbnails, PDFs as
 * an icon) to download or, when `mayHideDocument` allows, hide; and with `canUpload` a place to
 * add files, several at once, each with its own progress and its own error.
 */
@Component({
  selector: 'wa-documents-panel',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    EmptyState,
    FileSizePipe,
    DocumentDropZone,
    DocumentItem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './documents-panel.html',
  styleUrl: './documents-panel.scss',
})
export class DocumentsPanel {
  private readonly api = inject(DocumentsApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly page = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly lang = inject(LanguageService).active;

  readonly owner = input.required<DocumentOwner>();
  readonly ownerId = input.required<string>();
  readonly canUpload = input(false);

  protected readonly documents = signal<DocumentView[]>([]);
  protected readonly loading = signal(false);
  protected readonly uploads = signal<Upload[]>([]);
  protected readonly downloading = signal<ReadonlySet<string>>(new Set());
  protected readonly thumbnails = new ObjectUrls();
  protected readonly maxSize = computed(() => maxDocumentSize(this.lang()));
  /** The ids of the documents the signed-in user may hide (their own of the last day, or any for an admin). */
  protected readonly hideable = computed(() => {
    const user = this.auth.currentUser();
    if (!user) return new Set<string>();
    const who = { id: user.id, isAdmin: user.role === 'admin' };
    const now = new Date();
    return new Set(
      this.documents()
        .filter((d) => mayHideDocument(d, who, now))
        .map((d) => d.id),
    );
  });

  private readonly record = computed<DocumentRecord>(
    () => ({ owner: this.owner(), ownerId: this.ownerId() }),
    { equal: sameRecord },
  );
  private readonly thumbnailQueue = new Subject<DocumentView>();
  private lastUploadId = 0;

  constructor() {
    loadLatest(toObservable(this.record), ({ owner, ownerId }) => this.api.list(owner, ownerId), {
      loading: this.loading,
      next: (documents) => {
        this.thumbnails.revokeAll();
        this.uploads.set([]);
        this.documents.set(documents);
        documents.forEach((document) => this.thumbnailQueue.next(document));
      },
    });
    this.thumbnailQueue
      .pipe(
        filter((document) => document.hasThumbnail),
        mergeMap(
          (document) =>
            this.api.thumbnail(document.id).pipe(
              map((blob) => ({ id: document.id, blob })),
              // A missing picture leaves the icon in its place.
              catchError(() => EMPTY),
            ),
          THUMBNAIL_REQUESTS,
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ id, blob }) => {
        if (this.documents().some((d) => d.id === id)) this.thumbnails.set(id, blob);
      });
    this.destroyRef.onDestroy(() => this.thumbnails.revokeAll());
  }

  /** Sends each file on its own, so one refused file does not stop the others. */
  protected add({ kind, files }: ChosenDocuments): void {
    const record = this.record();
    for (const file of files) {
      const upload: Upload = {
        id: ++this.lastUploadId,
        fileName: file.name,
        size: file.size,
        percent: 0,
        refusal: refusalBeforeUpload(file, this.lang()),
      };
      this.uploads.update((uploads) => [...uploads, upload]);
      if (upload.refusal) continue;
      this.api
        .upload(record.owner, record.ownerId, file, kind)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (progress) =>
            progress.state === 'sending'
              ? this.changeUpload(upload.id, { percent: progress.percent })
              : this.uploaded(upload.id, record, progress.document),
          error: (error: unknown) => this.changeUpload(upload.id, { refusal: refusalOf(error, this.lang()) }),
        });
    }
  }

  protected dismiss(upload: Upload): void {
    this.removeUpload(upload.id);
  }

  protected download(document: DocumentView): void {
    if (this.downloading().has(document.id)) return;
    this.downloading.update((ids) => new Set(ids).add(document.id));
    this.api
      .content(document.id)
      .pipe(
        finalize(() =>
          this.downloading.update((ids) => new Set([...ids].filter((id) => id !== document.id))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (blob) => saveFile(this.page, blob, document.fileName),
        error: (error: unknown) => this.notifier.failure(error),
      });
  }

  protected hide(document: DocumentView): void {
    this.dialog
      .open<HideDocumentDialog, HideDocumentDialogData, boolean>(HideDocumentDialog, {
        data: { document },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((hidden) => {
        if (!hidden) return;
        this.documents.update((documents) => documents.filter((d) => d.id !== document.id));
        this.thumbnails.revoke(document.id);
        this.notifier.success('documents.hidden', { name: document.fileName });
      });
  }

  private changeUpload(id: number, change: Partial<Upload>): void {
    this.uploads.update((uploads) => uploads.map((u) => (u.id === id ? { ...u, ...change } : u)));
  }

  private removeUpload(id: number): void {
    this.uploads.update((uploads) => uploads.filter((u) => u.id !== id));
  }

  private uploaded(uploadId: number, record: DocumentRecord, document: DocumentView): void {
    this.removeUpload(uploadId);
    // The page moved on to another record while the bytes were on their way.
    if (!sameRecord(record, this.record())) return;
    this.documents.update((documents) => [document, ...documents.filter((d) => d.id !== document.id)]);
    this.thumbnailQueue.next(document);
  }
}

function sameRecord(a: DocumentRecord, b: DocumentRecord): boolean {
  return a.owner === b.owner && a.ownerId === b.ownerId;
}
