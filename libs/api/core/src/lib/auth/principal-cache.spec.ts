import { PrincipalCache } from './principal-cache';
import type { Principal } from './principal';

const alice: Principal = { id: 'u1', username: 'alice', role: 'manager', unitId: 'unit', unitPath: '/unit/' };

describe('PrincipalCache', () => {
  it('answers for the same token version within a few seconds only', () => {
    const cache = new PrincipalCache();
    cache.set('u1', 3, alice, 1_000);
    expect(cache.get('u1', 3, 2_000)).toBe(alice);
    expect(cache.get('u1', 4, 2_000)).toBeUndefined();
    expect(cache.get('u1', 3, 6_001)).toBeUndefined();
    expect(cache.get('u2', 3, 2_000)).toBeUndefined();
  });

  it('forgets a user at once', () => {
    const cache = new PrincipalCache();
    cache.set('u1', 3, alice);
    cache.forget('u1');
    expect(cache.get('u1', 3)).toBeUndefined();
  });

  it('stays bounded, dropping expired entries first', () => {
    const cache = new PrincipalCache();
    for (let i = 0; i < 10_000; i += 1) cache.set(`old${i}`, 1, alice, 0);
    cache.set('fresh', 1, alice, 10_000);
    expect(cache.get('fresh', 1, 10_001)).toBe(alice);
    expect(cache.get('old1', 1, 1)).toBeUndefined();
  });
});
