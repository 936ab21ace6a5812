import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {prefetchWhenIdle} from '../../../src/hydration/idlePrefetch';

describe('prefetching when the main thread is idle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function docusaurus(): {api: Window['docusaurus']; prefetched: string[]; preloaded: string[]} {
    const prefetched: string[] = [];
    const preloaded: string[] = [];
    const api = {
      prefetch: (path: string) => (prefetched.push(path), false as const),
      preload: (path: string) => (preloaded.push(path), false as const),
    };
    return {api, prefetched, preloaded};
  }

  it('prefetches nothing in the task that asks, then one page per idle moment, in order', () => {
    const {api, prefetched} = docusaurus();
    const wrapped = prefetchWhenIdle(api);
    wrapped.prefetch('/a');
    wrapped.prefetch('/b');
    wrapped.prefetch('/c');
    expect(prefetched).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(prefetched).toEqual(['/a']);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(prefetched).toEqual(['/a', '/b', '/c']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves preloading (a tap or a hover on a link) immediate', () => {
    const {api, preloaded} = docusaurus();
    prefetchWhenIdle(api).preload('/recetas');
    expect(preloaded).toEqual(['/recetas']);
  });
});
