import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import { Notifier, saveFile } from '@worker-aid/web/core';
import type { ReportFile } from '@worker-aid/web/data-access';
import { firstValueFrom, type Observable } from 'rxjs';

/** The template and the report: fetched as a Blob, then handed to the browser as a download. */
@Injectable({ providedIn: 'root' })
export class SheetDownloads {
  private readonly document = inject(DOCUMENT);
  private readonly notifier = inject(Notifier);

  /** Saves the file under the server's name, else `fallbackName`; a failure is a snack bar. */
  async save(download: Observable<ReportFile>, fallbackName: string): Promise<void> {
    try {
      const file = await firstValueFrom(download);
      saveFile(this.document, file.blob, file.filename ?? fallbackName);
    } catch (error: unknown) {
      this.notifier.failure(error);
    }
  }
}
