import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { IMPORT_LANGUAGES, type ImportLanguage, type ImportSummary } from '@worker-aid/shared/domain';
import { keysetList, LanguageService } from '@worker-aid/web/core';
import { ImportsApi } from '@worker-aid/web/data-access';
import { ErrorBox, FileDropZone, PageHeader } from '@worker-aid/web/ui';
import { SheetDownloads } from '../shared/sheet-downloads';
import { refusalBeforeUpload, refusalOf, type UploadRefusal, uploadLimits } from '../upload/upload-refusals';
import { ImportsTable } from './imports-table';

const PAGE_SIZE = 25;

/** The drop zone's parts, as the specs and the e2e tests know them. */
const DROP_TEST_IDS = { zone: 'import-drop', choose: 'import-choose', input: 'import-file-input' } as const;

/** The sheet on its way: its name and how far its bytes are (null: unknown, or all sent and being read). */
interface Sending {
  fileName: string;
  percent: number | null;
}

/**
 * 批量导入职工: the template in either language, the place to upload a filled-in sheet (checked
 * for type and size before a byte is sent, refused by the API's code after), and the recent
 * imports. An accepted sheet opens its import, where the checking goes on.
 */
@Component({
  selector: 'wa-imports-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorBox,
    PageHeader,
    FileDropZone,
    ImportsTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imports-page.html',
  styleUrl: './imports-page.scss',
})
export class ImportsPage {
  private readonly api = inject(ImportsApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly downloads = inject(SheetDownloads);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly lang = inject(LanguageService).active;

  /** The interface language's template first. */
  protected readonly templateLanguages = computed(() =>
    [...IMPORT_LANGUAGES].sort((a, b) => Number(b === this.lang()) - Number(a === this.lang())),
  );
  protected readonly fetchingTemplate = signal<ImportLanguage | null>(null);
  protected readonly limits = computed(() => uploadLimits(this.lang()));
  protected readonly dropTestIds = DROP_TEST_IDS;
  protected readonly sending = signal<Sending | null>(null);
  protected readonly refusal = signal<UploadRefusal | null>(null);
  // The list has no filters: the API answers the user's scope, newest first.
  protected readonly imports = keysetList<object, ImportSummary>({
    fetch: (_query, cursor) => this.api.list(cursor, PAGE_SIZE),
  });

  constructor() {
    this.imports.load({});
  }

  protected async template(lang: ImportLanguage): Promise<void> {
    if (this.fetchingTemplate()) return;
    this.fetchingTemplate.set(lang);
    const fallback = `${this.transloco.translate('imports.template.fileName')}-${lang}.xlsx`;
    await this.downloads.save(this.api.template(lang), fallback);
    this.fetchingTemplate.set(null);
  }

  protected upload(files: File[]): void {
    if (this.sending()) return;
    const refusal = refusalBeforeUpload(files, this.lang());
    this.refusal.set(refusal);
    if (refusal) return;
    const [file] = files;
    this.sending.set({ fileName: file.name, percent: 0 });
    this.api
      .uploadWorkers(file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (progress) => {
          if (progress.state === 'sending') {
            this.sending.set({ fileName: file.name, percent: progress.percent });
            return;
          }
          this.sending.set(null);
          void this.router.navigate(['/imports', progress.summary.id]);
        },
        error: (error: unknown) => {
          this.sending.set(null);
          this.refusal.set(refusalOf(error, this.lang()));
        },
      });
  }
}
