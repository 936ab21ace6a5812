import {useEffect, useSyncExternalStore} from 'react';
import type {StoredSet} from './storedSet';

const EMPTY: readonly never[] = [];

/** The set's items; the server renders an empty set and the client catches up. */
export function useStoredSet<T extends string | number>(store: StoredSet<T>): readonly T[] {
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot, () => EMPTY);
  useEffect(() => {
    const onStorage = (event: StorageEvent): void => {
      if (event.key === store.key || event.key === null) store.notify();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return items;
}

/** window.localStorage, or null on the server; reading it can throw in some private modes. */
export function browserStorage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}
