import { DestroyRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable, Subject } from 'rxjs';
import { Notifier } from '../notify/notifier';
import { loadLatest } from './load-latest';

describe('loadLatest', () => {
  function setUp() {
    const failure = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: Notifier, useValue: { failure } }] });
    const keys = new Subject<string>();
    const answers = new Map<string, Subject<string>>();
    const seen: [string, string][] = [];
    const loading = signal(false);
    TestBed.runInInjectionContext(() =>
      loadLatest(
        keys,
        (key) => {
          const answer = new Subject<string>();
          answers.set(key, answer);
          return answer;
        },
        { loading, next: (value, key) => seen.push([key, value]) },
      ),
    );
    return { keys, answers, seen, loading, failure };
  }

  it('keeps only the answer to the latest key, whatever order the answers come in', () => {
    const { keys, answers, seen, loading } = setUp();
    keys.next('a');
    keys.next('b');
    expect(loading()).toBe(true);
    answers.get('b')?.next('B');
    answers.get('a')?.next('A');
    expect(seen).toEqual([['b', 'B']]);
  });

  it('reports a failure (by default as a snack bar) and goes on with the next key', () => {
    const { keys, answers, seen, loading, failure } = setUp();
    keys.next('a');
    answers.get('a')?.error(new Error('down'));
    expect(failure).toHaveBeenCalledTimes(1);
    expect(loading()).toBe(false);
    keys.next('b');
    answers.get('b')?.next('B');
    expect(seen).toEqual([['b', 'B']]);
  });

  it('stops (and cancels) when its owner is destroyed', () => {
    TestBed.configureTestingModule({ providers: [{ provide: Notifier, useValue: { failure: jest.fn() } }] });
    let cancelled = false;
    const keys = new Subject<string>();
    TestBed.runInInjectionContext(() =>
      loadLatest(keys, () => new Observable<string>(() => () => (cancelled = true)), {
        destroyRef: TestBed.inject(DestroyRef),
        next: () => undefined,
      }),
    );
    keys.next('a');
    TestBed.resetTestingModule();
    expect(cancelled).toBe(true);
  });
});
