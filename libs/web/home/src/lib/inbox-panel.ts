import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatRippleModule } from '@angular/material/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FOLLOW_UP_DUE_WITHIN_DAYS,
  type InboxKind,
  NOTICE_ENDING_WITHIN_DAYS,
  REVIEW_DUE_WITHIN_DAYS,
  todayInCenter,
} from '@worker-aid/shared/domain';
import { EmptyState, FenPipe } from '@worker-aid/web/ui';
import { INBOX_KIND_LINKS, inboxItemLink, InboxService } from '@worker-aid/web/core';
import { sinceText } from './inbox-since';

/** The days a kind's explanation names (`inbox.explain.*`). */
const KIND_WINDOWS: Partial<Record<InboxKind, number>> = {
  noticeEnding: NOTICE_ENDING_WITHIN_DAYS,
  filesReviewDue: REVIEW_DUE_WITHIN_DAYS,
  followUpsDue: FOLLOW_UP_DUE_WITHIN_DAYS,
};

/**
 * 待办 on the home page: a card per kind the user's role does, with its count and a link to the
 * filtered list, then the most urgent items, each opening its record.
 */
@Component({
  selector: 'wa-inbox-panel',
  imports: [MatCardModule, MatIconModule, MatRippleModule, RouterLink, TranslocoPipe, EmptyState, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-panel.html',
  styleUrl: './inbox-panel.scss',
})
export class InboxPanel {
  private readonly inbox = inject(InboxService);

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
