/**
 * Which chapters a reader marked as watched: a stored set of chapter numbers
 * (src/progress/storedSet.ts) under this key.
 */
import {
  createStoredSet,
  parseStoredSet,
  serializeStoredSet,
  toggleInSet,
  type KeyValueStorage,
} from '../../progress/storedSet';

export type {KeyValueStorage};

export const WATCHED_STORAGE_KEY = 'curso-docker:capitulos-vistos';

export const parseWatched = (
  raw: string | null,
  validNumbers: readonly number[],
): number[] | null => parseStoredSet(raw, validNumbers);
export const serializeWatched = (numbers: Iterable<number>): string => serializeStoredSet(numbers);
export const toggleWatched = (current: readonly number[], chapter: number): number[] =>
  toggleInSet(current, chapter);

export const createWatchedStore = (
  getStorage: () => KeyValueStorage | null,
  validNumbers: readonly number[],
) => createStoredSet(getStorage, WATCHED_STORAGE_KEY, validNumbers);

export type WatchedStore = ReturnType<typeof createWatchedStore>;
