import {describe, expect, it} from 'vitest';
import {
  WATCHED_STORAGE_KEY,
  createWatchedStore,
  parseWatched,
  serializeWatched,
  toggleWatched,
  type KeyValueStorage,
} from '../../../../src/components/CourseOutline/watchedChapters';

const NUMBERS = Array.from({length: 18}, (_, i) => i + 1);

function fakeStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & {data: Map<string, string>} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

describe('parseWatched', () => {
  it('reads nothing stored as nothing watched', () => {
    expect(parseWatched(null, NUMBERS)).toEqual([]);
  });
  it('reads a sorted, de-duplicated list of known chapters', () => {
    expect(parseWatched('[18,3,3]', NUMBERS)).toEqual([3, 18]);
  });
  it.each(['{', '"18"', '{"a":1}', '[19]', '[1,"2"]', 'null', '[1.5]'])('rejects %s', (raw) => {
    expect(parseWatched(raw, NUMBERS)).toBeNull();
  });
});

describe('toggleWatched and serializeWatched', () => {
  it('adds and removes a chapter', () => {
    expect(toggleWatched([3], 18)).toEqual([3, 18]);
    expect(toggleWatched([3, 18], 3)).toEqual([18]);
    expect(serializeWatched([18, 3, 18])).toBe('[3,18]');
  });
});

describe('createWatchedStore', () => {
  it('stores toggles and notifies subscribers', () => {
    const storage = fakeStorage();
    const store = createWatchedStore(() => storage, NUMBERS);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.toggle(18);
    store.toggle(3);
    expect(store.getSnapshot()).toEqual([3, 18]);
    expect(storage.data.get(WATCHED_STORAGE_KEY)).toBe('[3,18]');
    expect(calls).toBe(2);
    store.reset();
    expect(store.getSnapshot()).toEqual([]);
    expect(storage.data.has(WATCHED_STORAGE_KEY)).toBe(false);
  });

  it('returns the same snapshot while nothing changes (useSyncExternalStore needs it)', () => {
    const store = createWatchedStore(() => fakeStorage({[WATCHED_STORAGE_KEY]: '[1]'}), NUMBERS);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('clears garbage instead of failing', () => {
    const storage = fakeStorage({[WATCHED_STORAGE_KEY]: 'no es json'});
    const store = createWatchedStore(() => storage, NUMBERS);
    expect(store.getSnapshot()).toEqual([]);
    expect(storage.data.has(WATCHED_STORAGE_KEY)).toBe(false);
  });

  it('keeps working in memory when storage throws', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createWatchedStore(() => throwing, NUMBERS);
    store.toggle(5);
    expect(store.getSnapshot()).toEqual([5]);
  });

  it('works with no storage at all', () => {
    const store = createWatchedStore(() => null, NUMBERS);
    store.toggle(2);
    expect(store.getSnapshot()).toEqual([2]);
  });
});
