import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  NOTICE_ITEMS_MAX,
  noticeCut,
  type NoticeItem,
  noticePeriod,
  todayInCenter,
} from '@worker-aid/shared/domain';
import { AuthService, LanguageService, loadLatest, Notifier, UnitDirectory } from '@worker-aid/web/core';
import { NoticesApi } from '@worker-aid/web/data-access';
import { FenPipe } from '@worker-aid/web/ui';
import { forkJoin } from 'rxjs';
import { aidKey, lineKey, longDay, spansUnits } from '../notice-lines';

/**
 * 打印公示: the notice to post, as one A4 portrait sheet per page — the unit's name as its title,
 * the period, the masked roster, where to object, the date and the place for the unit's seal.
 * A page of its own in the shell rather than print rules on the list: the screen shows the sheet
 * as it will print (a preview that is the real thing), and the shell's print rules already drop
 * the toolbar and navigation, so Chromium prints exactly the sheet; this page's own buttons are
 * screen-only.
 */
@Component({
  selector: 'wa-notice-print-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notice-print-page.html',
  styleUrl: './notice-print-page.scss',
})
export class NoticePrintPage {
  private readonly api = inject(NoticesApi);
  private readonly auth = inject(AuthService);
  private readonly units = inject(UnitDirectory);
  private readonly language = inject(LanguageService);
  private readonly notifier = inject(Notifier);
  private readonly document = inject(DOCUMENT);

  /** Query parameter (bound by the router). */
  readonly unitId = input<string>();

  protected readonly unit = computed(() => this.unitId() || this.auth.currentUser()?.unitId || '');
  protected readonly unitName = computed(() => this.units.unit(this.unit())?.name ?? '');
  private readonly loaded = signal<{ items: readonly NoticeItem[]; contact: string | null } | null>(null);
  protected readonly loading = signal(false);
  protected readonly max = NOTICE_ITEMS_MAX.toLocaleString('en-US');

  protected readonly sheet = computed(() => {
    const loaded = this.loaded();
    if (!loaded) return null;
    const lang = this.language.active();
    const period = noticePeriod(loaded.items);
    return {
      lines: loaded.items.map((item) => ({ ...item, key: lineKey(item), aidKey: aidKey(item.aid) })),
      showUnit: spansUnits(loaded.items),
      period: period && { start: longDay(period.start, lang), end: longDay(period.end, lang) },
      contact: loaded.contact,
      cut: noticeCut(loaded.items),
      date: longDay(todayInCenter(), lang),
    };
  });

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    loadLatest(
      toObservable(this.unit),
      (unitId) => forkJoin({ items: this.api.list(unitId), contact: this.api.objectionContact() }),
      { next: (loaded) => this.loaded.set(loaded), loading: this.loading },
    );
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
