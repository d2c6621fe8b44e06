import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRippleModule } from '@angular/material/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FOLLOW_UP_DUE_WITHIN_DAYS,
  type InboxKind,
  NOTICE_ENDING_WITHIN_DAYS,
  REVIEW_DUE_WITHIN_DAYS,
  todayInCenter,
} from '@worker-aid/shared/domain';
import { EmptyState, ErrorBox, FenPipe, UnitLevelChip } from '@worker-aid/web/ui';
import { AuthService } from '../auth/auth.service';
import { INBOX_KIND_LINKS, inboxItemLink } from '../inbox/inbox-kinds';
import { sinceText } from '../inbox/inbox-since';
import { InboxService } from '../inbox/inbox.service';
import { UnitDirectory } from '../units/unit-directory';
import { NAV_SECTIONS, visibleNav } from './nav-items';

/** The days a kind's explanation names (`inbox.explain.*`). */
const KIND_WINDOWS: Partial<Record<InboxKind, number>> = {
  noticeEnding: NOTICE_ENDING_WITHIN_DAYS,
  filesReviewDue: REVIEW_DUE_WITHIN_DAYS,
  followUpsDue: FOLLOW_UP_DUE_WITHIN_DAYS,
};

/**
 * 首页 = 待办: greets the user, then what waits for them — a card per kind their role does, with
 * its count and a link to the filtered list, and the most urgent items, each opening its record —
 * then their unit, role and shortcuts. A role with nothing to do (the auditor) gets the shortcuts.
 */
@Component({
  selector: 'wa-home-page',
  imports: [
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatRippleModule,
    RouterLink,
    TranslocoPipe,
    EmptyState,
    ErrorBox,
    FenPipe,
    UnitLevelChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly auth = inject(AuthService);
  private readonly units = inject(UnitDirectory);
  private readonly inbox = inject(InboxService);

  protected readonly user = this.auth.currentUser;
  protected readonly unit = computed(() => this.units.unit(this.user()?.unitId));
  protected readonly shortcuts = computed(() => {
    this.user();
    return visibleNav(NAV_SECTIONS, (permission) => this.auth.can(permission))
      .flatMap((section) => section.items)
      .filter((item) => item.id !== 'home');
  });
  /** The greeting follows the time of day. */
  protected readonly greeting = greetingKey(new Date().getHours());

  protected readonly kinds = this.inbox.kinds;
  protected readonly counts = this.inbox.counts;
  protected readonly loaded = computed(() => this.inbox.view() !== null);
  protected readonly links = INBOX_KIND_LINKS;
  protected readonly windows = KIND_WINDOWS;
  protected readonly items = computed(() => {
    const today = todayInCenter();
    return this.inbox.items().map((item) => ({
      ...item,
      link: inboxItemLink(item),
      since: sinceText(item.since, today),
    }));
  });
}

export function greetingKey(hour: number): string {
  if (hour < 5) return 'home.greeting.evening';
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}
