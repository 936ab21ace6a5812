/** Which lab exercises this reader solved, kept in this browser like the watched chapters. */
import {createStoredSet, type StoredSet} from '../progress/storedSet';
import {browserStorage} from '../progress/useStoredSet';

const LAB_PROGRESS_KEY = 'curso-docker:ejercicios-resueltos';

let store: StoredSet<string> | undefined;

/** The store; `ids` are every exercise's id (what a stored value may contain). */
export function labProgressStore(ids: readonly string[]): StoredSet<string> {
  store ??= createStoredSet(browserStorage, LAB_PROGRESS_KEY, ids);
  return store;
}
