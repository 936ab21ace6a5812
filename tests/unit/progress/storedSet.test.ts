import {afterEach, describe, expect, it, vi} from 'vitest';
import {
  createStoredSet,
  parseStoredSet,
  serializeStoredSet,
  toggleInSet,
  type KeyValueStorage,
} from '../../../src/progress/storedSet';

const IDS = ['go-scratch', 'java-distroless', 'Python-venv', 'shell-form'] as const;

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('the stored set', () => {
  it('reads a JSON array of known ids, sorted and without repeats', () => {
    expect(parseStoredSet('["shell-form","go-scratch","shell-form"]', IDS)).toEqual([
      'go-scratch',
      'shell-form',
    ]);
    expect(parseStoredSet(null, IDS)).toEqual([]);
    expect(parseStoredSet('[3,1,2]', [1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('rejects anything else', () => {
    for (const raw of ['{"a":1}', '["unknown"]', 'not json', '"go-scratch"', '[1]']) {
      expect(parseStoredSet(raw, IDS), raw).toBeNull();
    }
  });

  it('sorts by code unit, the same on every device', () => {
    // localeCompare would put «Python-venv» after «java-distroless»; code units put capitals first.
    expect(serializeStoredSet(['java-distroless', 'Python-venv', 'go-scratch'])).toBe(
      '["Python-venv","go-scratch","java-distroless"]',
    );
    expect(toggleInSet(['go-scratch'], 'Python-venv')).toEqual(['Python-venv', 'go-scratch']);
    expect(toggleInSet(['go-scratch', 'Python-venv'], 'go-scratch')).toEqual(['Python-venv']);
  });

  it('never calls localeCompare, whose first call loads collation data during hydration', () => {
    const spy = vi.spyOn(String.prototype, 'localeCompare');
    const store = createStoredSet(
      () => memoryStorage({solved: '["shell-form","go-scratch"]'}),
      'solved',
      IDS,
    );
    store.getSnapshot();
    store.toggle('java-distroless');
    serializeStoredSet(['b', 'a']);
    expect(spy).not.toHaveBeenCalled();
  });

  it('resets garbage and keeps working in memory when storage throws', () => {
    const storage = memoryStorage({solved: '{"broken":true}'});
    const store = createStoredSet(() => storage, 'solved', IDS);
    expect(store.getSnapshot()).toEqual([]);
    expect(storage.getItem('solved')).toBeNull();

    const throwing = createStoredSet(
      () => {
        throw new Error('blocked');
      },
      'solved',
      IDS,
    );
    throwing.add('go-scratch');
    expect(throwing.getSnapshot()).toEqual(['go-scratch']);
  });
});
