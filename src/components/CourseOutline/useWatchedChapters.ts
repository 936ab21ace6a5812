import {useEffect, useSyncExternalStore} from 'react';
import {chapters} from '@site/src/data/course';
import {
  WATCHED_STORAGE_KEY,
  createWatchedStore,
  type WatchedStore,
} from '@site/src/components/CourseOutline/watchedChapters';

const CHAPTER_NUMBERS = chapters.map((chapter) => chapter.number);
const NOTHING_WATCHED: readonly number[] = [];

function browserStorage(): Storage | null {
  // Reading window.localStorage itself throws in some private modes.
  return typeof window === 'undefined' ? null : window.localStorage;
}

let store: WatchedStore | undefined;
function getStore(): WatchedStore {
  store ??= createWatchedStore(browserStorage, CHAPTER_NUMBERS);
  return store;
}

/** Watched chapter numbers; the server renders "none watched" and the client catches up. */
export function useWatchedChapters(): {
  readonly watched: readonly number[];
  readonly toggle: (chapter: number) => void;
  readonly reset: () => void;
} {
  const watchedStore = getStore();
  const watched = useSyncExternalStore(
    watchedStore.subscribe,
    watchedStore.getSnapshot,
    () => NOTHING_WATCHED,
  );
  useEffect(() => {
    const onStorage = (event: StorageEvent): void => {
      if (event.key === WATCHED_STORAGE_KEY || event.key === null) watchedStore.notify();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [watchedStore]);
  return {
    watched,
    toggle: watchedStore.toggle,
    reset: watchedStore.reset,
  };
}
