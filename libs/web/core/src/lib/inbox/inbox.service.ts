import { DOCUMENT } from '@angular/common';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import {
  inboxKindsFor,
  NO_INBOX_COUNTS,
  type InboxCounts,
  type InboxItem,
  type InboxKind,
  type InboxView,
} from '@worker-aid/shared/domain';
import { InboxApi } from '@worker-aid/web/data-access';
import {
  asyncScheduler,
  catchError,
  EMPTY,
  filter,
  fromEvent,
  interval,
  map,
  merge,
  of,
  Subject,
  switchMap,
  throttleTime,
} from 'rxjs';
import { AuthService } from '../auth/auth.service';

/** How often the counts are read again while the tab is visible. */
export const INBOX_POLL_MS = 60_000;
/** Navigating reads them at most this often (the last navigation of a burst still counts). */
export const INBOX_NAVIGATION_THROTTLE_MS = 10_000;

/**
 * 待办: what waits for the signed-in user (`GET /api/inbox`), shared by the navigation's badges
 * and the home page. The shell `connect`s it while a user is signed in: it loads at once, again
 * after navigating (throttled, so clicking around never hammers the API, yet a count changed by an
 * action shows soon after), every minute while the tab is visible, and when the tab comes back.
 * A failed read keeps the last counts quietly: a badge is not worth a snack bar every minute.
 */
@Injectable({ providedIn: 'root' })
export class InboxService {
  private readonly api = inject(InboxApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<{ userId: string; view: InboxView } | null>(null);
  private readonly refreshes = new Subject<void>();

  /** The last answer for the signed-in user; null before it (and for anyone else). */
  readonly view = computed(() => {
    const state = this.state();
    return state && state.userId === this.auth.currentUser()?.id ? state.view : null;
  });
  readonly counts = computed((): Readonly<InboxCounts> => this.view()?.counts ?? NO_INBOX_COUNTS);
  readonly items = computed((): readonly InboxItem[] => this.view()?.items ?? []);
  /** The kinds the user's role waits on, in `INBOX_KINDS` order. */
  readonly kinds = computed((): InboxKind[] => {
    this.auth.currentUser();
    return inboxKindsFor((permission) => this.auth.can(permission));
  });
  /** Everything waiting, for the phone's menu button. */
  readonly total = computed(() => this.kinds().reduce((sum, kind) => sum + (this.counts()[kind] ?? 0), 0));

  /** Keeps the counts fresh until `destroyRef` (the shell's) is destroyed. */
  connect(destroyRef: DestroyRef): void {
    const navigated = this.router.events.pipe(filter((event) => event instanceof NavigationEnd));
    const shown = fromEvent(this.document, 'visibilitychange').pipe(filter(() => this.visible()));
    const throttled = merge(of(null), navigated, shown).pipe(
      throttleTime(INBOX_NAVIGATION_THROTTLE_MS, asyncScheduler, { leading: true, trailing: true }),
    );
    const ticks = interval(INBOX_POLL_MS).pipe(filter(() => this.visible()));
    merge(throttled, ticks, this.refreshes)
      .pipe(
        map(() => this.auth.currentUser()?.id),
        filter((userId): userId is string => !!userId),
        // A newer read cancels one still running, so an old answer never overwrites a newer one.
        switchMap((userId) =>
          this.api.get().pipe(
            map((view) => ({ userId, view })),
            catchError(() => EMPTY),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((state) => this.state.set(state));
  }

  /** Reads the counts now (after an action that changes them). */
  refresh(): void {
    this.refreshes.next();
  }

  private visible(): boolean {
    return this.document.visibilityState !== 'hidden';
  }
}
