import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Page } from '@worker-aid/shared/domain';
import { Observable, type Subscriber } from 'rxjs';
import { Notifier } from '../notify/notifier';
import { keysetList } from './keyset-list';

interface Query {
  type: string;
}

/** A request the test answers by hand, in whatever order it wants; it sees a cancellation. */
interface FakeRequest {
  query: Query;
  cursor: string | null;
  cancelled: boolean;
  answer(items: string[], nextCursor?: string | null): void;
  fail(): void;
}

function setUp() {
  const requests: FakeRequest[] = [];
  const failures: unknown[] = [];
  TestBed.configureTestingModule({ providers: [{ provide: Notifier, useValue: { failure: jest.fn() } }] });
  const list = TestBed.runInInjectionContext(() =>
    keysetList<Query, string>({
      destroyRef: TestBed.inject(DestroyRef),
      fetch: (query, cursor) =>
        new Observable<Page<string>>((subscriber: Subscriber<Page<string>>) => {
          let done = false;
          const request: FakeRequest = {
            query,
            cursor,
            cancelled: false,
            answer: (items, nextCursor = null) => {
              done = true;
              subscriber.next({ items, nextCursor });
              subscriber.complete();
            },
            fail: () => {
              done = true;
              subscriber.error(new Error('boom'));
            },
          };
          requests.push(request);
          // Unsubscribed before its answer: cancelled, as HttpClient aborts the request.
          return () => {
            if (!done) request.cancelled = true;
          };
        }),
      error: (error) => failures.push(error),
    }),
  );
  return { list, requests, failures };
}

describe('keysetList', () => {
  it('shows the first page, then appends the next one of the same query', () => {
    const { list, requests } = setUp();
    list.load({ type: 'medical' });
    expect(list.loading()).toBe(true);
    requests[0].answer(['a', 'b'], 'c1');
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.hasMore()).toBe(true);
    expect(list.loading()).toBe(false);
    list.more();
    expect(requests[1]).toMatchObject({ query: { type: 'medical' }, cursor: 'c1' });
    requests[1].answer(['c']);
    expect(list.items()).toEqual(['a', 'b', 'c']);
    expect(list.hasMore()).toBe(false);
  });

  it('never lets an old query’s slower answer replace the new one', () => {
    const { list, requests } = setUp();
    list.load({ type: 'medical' });
    list.load({ type: 'education' });
    expect(requests[0].cancelled).toBe(true);
    requests[1].answer(['education-1']);
    requests[0].answer(['medical-1']); // late, and cancelled: nobody listens
    expect(list.items()).toEqual(['education-1']);
    expect(list.query()).toEqual({ type: 'education' });
  });

  it('never appends a page of the old query to the new list', () => {
    const { list, requests } = setUp();
    list.load({ type: 'medical' });
    requests[0].answer(['medical-1'], 'm1');
    list.more(); // page 2 of medical, in flight…
    list.load({ type: 'education' }); // …when the filter changes
    expect(requests[1].cancelled).toBe(true);
    list.more(); // the new list has no page yet: nothing to load more of
    expect(requests).toHaveLength(3);
    requests[2].answer(['education-1'], 'e1');
    requests[1].answer(['medical-2']);
    expect(list.items()).toEqual(['education-1']);
    list.more();
    expect(requests[3]).toMatchObject({ query: { type: 'education' }, cursor: 'e1' });
  });

  it('reloads the latest query from its first page', () => {
    const { list, requests } = setUp();
    list.reload(); // nothing loaded yet: nothing to reload
    expect(requests).toHaveLength(0);
    list.load({ type: 'legal' });
    requests[0].answer(['x'], 'c');
    list.reload();
    expect(requests[1]).toMatchObject({ query: { type: 'legal' }, cursor: null });
    requests[1].answer(['y']);
    expect(list.items()).toEqual(['y']);
  });

  it('empties the list when a new query fails, keeps it when "load more" fails, and goes on', () => {
    const { list, requests, failures } = setUp();
    list.load({ type: 'medical' });
    requests[0].answer(['m'], 'm1');
    list.more();
    requests[1].fail();
    expect(list.items()).toEqual(['m']);
    expect(list.loading()).toBe(false);
    list.load({ type: 'education' });
    requests[2].fail();
    expect(list.items()).toEqual([]);
    expect(list.hasMore()).toBe(false);
    expect(failures).toHaveLength(2);
    list.load({ type: 'hardship' });
    requests[3].answer(['h']);
    expect(list.items()).toEqual(['h']);
  });
});
