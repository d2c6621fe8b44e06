import { DOCUMENT, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NOTICE_ITEMS_MAX, noticeCut, type NoticeItem, noticePeriod } from '@worker-aid/shared/domain';
import {
  AuthService,
  LanguageService,
  loadLatest,
  Notifier,
  saveFile,
  UnitDirectory,
  UnitSelect,
} from '@worker-aid/web/core';
import { NoticesApi } from '@worker-aid/web/data-access';
import { PageHeader } from '@worker-aid/web/ui';
import { firstValueFrom } from 'rxjs';
import { NoticesTable } from './notices-table';

/**
 * 公示公告: the cases, hardship files and campaign lines in public notice in a unit and below it, masked as posted;
 * the roster as xlsx, and the printed notice (`/notices/print`). The unit lives in the URL
 * (`?unitId=`, the user's own unit without one), so the print page and a reload keep it.
 */
@Component({
  selector: 'wa-notices-page',
  imports: [
    DecimalPipe,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    PageHeader,
    UnitSelect,
    NoticesTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notices-page.html',
  styleUrl: './notices-page.scss',
})
export class NoticesPage {
  private readonly api = inject(NoticesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly notifier = inject(Notifier);
  private readonly document = inject(DOCUMENT);
  private readonly units = inject(UnitDirectory);

  /** Query parameter (bound by the router). */
  readonly unitId = input<string>();

  protected readonly unit = computed(() => this.unitId() || this.auth.currentUser()?.unitId || '');
  protected readonly items = signal<readonly NoticeItem[]>([]);
  protected readonly loading = signal(false);
  protected readonly downloading = signal(false);
  protected readonly period = computed(() => noticePeriod(this.items()));
  /** The list reached the most a notice lists: a unit below is to be chosen. */
  protected readonly cut = computed(() => noticeCut(this.items()));
  protected readonly max = NOTICE_ITEMS_MAX.toLocaleString('en-US');

  constructor() {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
    loadLatest(toObservable(this.unit), (unitId) => this.api.list(unitId), {
      next: (items) => this.items.set(items),
      loading: this.loading,
    });
  }

  protected pick(unitId: string): void {
    void this.router.navigate([], { queryParams: { unitId: unitId || null } });
  }

  protected async download(): Promise<void> {
    this.downloading.set(true);
    try {
      const file = await firstValueFrom(this.api.roster(this.unit(), this.language.active()));
      saveFile(this.document, file.blob, file.filename ?? 'notice.xlsx');
    } catch (error: unknown) {
      this.notifier.failure(error);
    } finally {
      this.downloading.set(false);
    }
  }
}
