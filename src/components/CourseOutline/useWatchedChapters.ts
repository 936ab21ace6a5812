import {chapters} from '@site/src/data/course';
import {browserStorage, useStoredSet} from '@site/src/progress/useStoredSet';
import {createWatchedStore, type WatchedStore} from './watchedChapters';

const CHAPTER_NUMBERS = chapters.map((chapter) => chapter.number);

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
  const watched = useStoredSet(watchedStore);
  return {watched, toggle: watchedStore.toggle, reset: watchedStore.reset};
}
