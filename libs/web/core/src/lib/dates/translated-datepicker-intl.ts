import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';

/** The datepicker's button and screen-reader labels, following the interface language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        const t = (key: string) => this.transloco.translate(`datepicker.${key}`);
        this.calendarLabel = t('calendar');
        this.openCalendarLabel = t('open');
        this.closeCalendarLabel = t('close');
        this.prevMonthLabel = t('prevMonth');
        this.nextMonthLabel = t('nextMonth');
        this.prevYearLabel = t('prevYear');
        this.nextYearLabel = t('nextYear');
        this.prevMultiYearLabel = t('prevYears');
        this.nextMultiYearLabel = t('nextYears');
        this.switchToMonthViewLabel = t('chooseDate');
        this.switchToMultiYearViewLabel = t('chooseMonthYear');
        this.changes.next();
      });
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.transloco.translate('datepicker.yearRange', { start, end });
  }
}
