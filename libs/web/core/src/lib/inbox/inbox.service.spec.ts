import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, createEnvironmentInjector, DestroyRef, EnvironmentInjector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  can,
  inboxKindsFor,
  type CurrentUserView,
  type InboxView,
  type Permission,
} from '@worker-aid/shared/domain';
import { INBOX_URL } from '@worker-aid/web/data-access';
import { AuthService } from '../auth/auth.service';
import { aUser } from '../testing/fixtures';
import { INBOX_NAVIGATION_THROTTLE_MS, INBOX_POLL_MS, InboxService } from './inbox.service';

@Component({ template: '' })
class Blank {}

function anInbox(review: number): InboxView {
  return {
    counts: {
      review,
      fileApprovals: 1,
      campaignApprovals: 0,
      noticeEnding: 0,
      filesReviewDue: 0,
      followUpsDue: 0,
      toPay: 0,
      campaignsToPay: 0,
      imports: 0,
    },
    items: [],
  };
}

describe('inboxKindsFor', () => {
  const kindsOf = (role: CurrentUserView['role']) => inboxKindsFor((p) => can(role, p));

  it('gives each role the kinds its permissions allow, any of them', () => {
    expect(kindsOf('admin')).toEqual([
      'review',
      'fileApprovals',
      'campaignApprovals',
      'noticeEnding',
      'filesReviewDue',
      'followUpsDue',
      'toPay',
      'campaignsToPay',
      'imports',
    ]);
    expect(kindsOf('manager')).toEqual(['review', 'fileApprovals', 'campaignApprovals']);
    expect(kindsOf('finance')).toEqual(['noticeEnding', 'toPay', 'campaignsToPay']);
    expect(kindsOf('caseworker')).toEqual(['noticeEnding', 'filesReviewDue', 'followUpsDue', 'imports']);
    expect(kindsOf('auditor')).toEqual([]);
  });
});

describe('InboxService', () => {
  let http: HttpTestingController;
  let inbox: InboxService;
  let scope: EnvironmentInjector;
  const user = signal<CurrentUserView | null>(aUser('reviewer'));
  let visibility: DocumentVisibilityState;

  beforeEach(() => {
    jest.useFakeTimers();
    user.set(aUser('reviewer'));
    visibility = 'visible';
    jest.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'a', component: Blank },
          { path: 'b', component: Blank },
          { path: 'c', component: Blank },
        ]),
        {
          provide: AuthService,
          useValue: {
            currentUser: user,
            can: (permission: Permission) => {
              const current = user();
              return current !== null && can(current.role, permission);
            },
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    inbox = TestBed.inject(InboxService);
    scope = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
  });

  afterEach(() => {
    if (!scope.destroyed) scope.destroy();
    http.verify();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  const navigate = async (url: string) => {
    await TestBed.inject(Router).navigateByUrl(url);
  };

  it('loads at once and exposes the counts, the kinds and their total', () => {
    expect(inbox.counts().review).toBe(0);
    inbox.connect(scope.get(DestroyRef));
    http.expectOne(INBOX_URL).flush(anInbox(3));
    expect(inbox.counts().review).toBe(3);
    expect(inbox.kinds()).toEqual([
      'review',
      'fileApprovals',
      'campaignApprovals',
      'noticeEnding',
      'filesReviewDue',
      'followUpsDue',
      'imports',
    ]);
    expect(inbox.total()).toBe(4);
  });

  it('reads again after navigating, at most once per throttle period, the last navigation included', async () => {
    inbox.connect(scope.get(DestroyRef));
    http.expectOne(INBOX_URL).flush(anInbox(3));
    await navigate('/a');
    await navigate('/b');
    http.expectNone(INBOX_URL);
    jest.advanceTimersByTime(INBOX_NAVIGATION_THROTTLE_MS);
    http.expectOne(INBOX_URL).flush(anInbox(2));
    expect(inbox.counts().review).toBe(2);
    jest.advanceTimersByTime(INBOX_NAVIGATION_THROTTLE_MS);
    http.expectNone(INBOX_URL);
    await navigate('/c');
    http.expectOne(INBOX_URL).flush(anInbox(1));
    expect(inbox.counts().review).toBe(1);
  });

  it('reads every minute while the tab is visible, and when it shows again', () => {
    inbox.connect(scope.get(DestroyRef));
    http.expectOne(INBOX_URL).flush(anInbox(3));
    jest.advanceTimersByTime(INBOX_POLL_MS);
    http.expectOne(INBOX_URL).flush(anInbox(4));
    visibility = 'hidden';
    jest.advanceTimersByTime(INBOX_POLL_MS * 3);
    http.expectNone(INBOX_URL);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    http.expectOne(INBOX_URL).flush(anInbox(5));
    expect(inbox.counts().review).toBe(5);
  });

  it('keeps the last counts when a read fails, and reads on demand', () => {
    inbox.connect(scope.get(DestroyRef));
    http.expectOne(INBOX_URL).flush(anInbox(3));
    inbox.refresh();
    http.expectOne(INBOX_URL).flush({ code: 'internal' }, { status: 500, statusText: 'Server Error' });
    expect(inbox.counts().review).toBe(3);
    inbox.refresh();
    http.expectOne(INBOX_URL).flush(anInbox(0));
    expect(inbox.counts().review).toBe(0);
  });

  it('shows nothing of another user, and stops with the shell', () => {
    inbox.connect(scope.get(DestroyRef));
    http.expectOne(INBOX_URL).flush(anInbox(3));
    user.set(aUser('finance'));
    expect(inbox.view()).toBeNull();
    expect(inbox.total()).toBe(0);
    scope.destroy();
    jest.advanceTimersByTime(INBOX_POLL_MS * 2);
    inbox.refresh();
    http.expectNone(INBOX_URL);
  });
});
