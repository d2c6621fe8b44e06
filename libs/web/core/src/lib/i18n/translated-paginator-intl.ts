import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's labels, following the interface language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        const t = (key: string) => this.transloco.translate(`paginator.${key}`);
        this.itemsPerPageLabel = t('itemsPerPage');
        this.nextPageLabel = t('nextPage');
        this.previousPageLabel = t('previousPage');
        this.firstPageLabel = t('firstPage');
        this.lastPageLabel = t('lastPage');
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.transloco.translate('paginator.rangeEmpty', { length });
    }
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return this.transloco.translate('paginator.range', { start: start + 1, end, length });
  };
}
