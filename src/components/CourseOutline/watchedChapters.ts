/**
 * Which chapters a reader marked as watched, kept in localStorage (no account, nothing sent).
 * Storage may be missing (private mode, blocked cookies) or hold anything: every read is
 * validated and a bad value counts as "nothing watched".
 */
export const WATCHED_STORAGE_KEY = 'curso-docker:capitulos-vistos';

/** Parses the stored value; anything but a JSON array of known chapter numbers is rejected. */
export function parseWatched(raw: string | null, validNumbers: readonly number[]): number[] | null {
  if (raw === null) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return null;
    if (!value.every((n) => typeof n === 'number' && validNumbers.includes(n))) return null;
    return [...new Set(value as number[])].sort((a, b) => a - b);
  } catch {
    return null;
  }
}

export function serializeWatched(numbers: Iterable<number>): string {
  return JSON.stringify([...new Set(numbers)].sort((a, b) => a - b));
}

export function toggleWatched(current: readonly number[], chapter: number): number[] {
  return current.includes(chapter)
    ? current.filter((n) => n !== chapter)
    : [...current, chapter].sort((a, b) => a - b);
}

/** Minimal Storage surface, so tests can pass a fake and the store survives a throwing one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A tiny external store for useSyncExternalStore. Falls back to memory when storage throws, so
 * the buttons still work for the visit.
 */
export function createWatchedStore(
  getStorage: () => KeyValueStorage | null,
  validNumbers: readonly number[],
) {
  const listeners = new Set<() => void>();
  let memory: string | null = null;
  let snapshotRaw: string | null | undefined;
  let snapshot: readonly number[] = [];

  const read = (): string | null => {
    try {
      const storage = getStorage();
      return storage ? storage.getItem(WATCHED_STORAGE_KEY) : memory;
    } catch {
      return memory;
    }
  };
  const write = (value: string | null): void => {
    memory = value;
    try {
      const storage = getStorage();
      if (!storage) return;
      if (value === null) storage.removeItem(WATCHED_STORAGE_KEY);
      else storage.setItem(WATCHED_STORAGE_KEY, value);
    } catch {
      // Storage full or blocked: the memory copy keeps this visit working.
    }
  };
  const emit = (): void => listeners.forEach((listener) => listener());

  const getSnapshot = (): readonly number[] => {
    const raw = read();
    if (raw !== snapshotRaw) {
      snapshotRaw = raw;
      const parsed = parseWatched(raw, validNumbers);
      if (parsed === null) {
        // Garbage from an old version or a hand edit: start again rather than fail.
        write(null);
        snapshotRaw = null;
      }
      snapshot = parsed ?? [];
    }
    return snapshot;
  };

  // Plain closures (no `this`): React can hold on to `subscribe` and `getSnapshot` as they are.
  return {
    getSnapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toggle(chapter: number): void {
      write(serializeWatched(toggleWatched(getSnapshot(), chapter)));
      emit();
    },
    reset(): void {
      write(null);
      emit();
    },
    /** For the `storage` event: another tab changed the value. */
    notify: emit,
  };
}

export type WatchedStore = ReturnType<typeof createWatchedStore>;
