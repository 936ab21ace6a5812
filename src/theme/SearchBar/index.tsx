// Why: the search box loads lunr only when a reader reaches for it, and labels its input in Spanish.
/**
 * Wraps the search plugin's search box for two reasons:
 * - Speed: the plugin's box brings lunr and its Spanish stemmer (~20 KB gzipped) into every
 *   page's main bundle, although nothing needs them before a reader reaches for search. Pages
 *   render a stand-in with the plugin's own markup and classes; the real box loads on the first
 *   hover, touch, focus or shortcut, takes over what was typed and keeps the focus.
 * - Language: the plugin hard-codes aria-label="Search" on its input; readers get "Buscar".
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
  type Ref,
  useLayoutEffect,
} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import type PluginSearchBar from '@theme-original/SearchBar';
import pluginStyles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import {
  searchBarShortcut,
  searchBarShortcutHint,
  searchBarShortcutKeymap,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated';
import {
  getKeymapHints,
  matchesKeymap,
  parseKeymap,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import {isMacPlatform} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import styles from './styles.module.css';

type Props = ComponentProps<typeof PluginSearchBar>;

/** What the reader did in the stand-in, handed to the real box once it has mounted. */
interface Handoff {
  readonly value: string;
  readonly focused: boolean;
}

const SEARCH_ICON =
  'M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z';

function StandIn({
  label,
  inputRef,
  onActivate,
}: {
  readonly label: string;
  readonly inputRef: Ref<HTMLInputElement>;
  readonly onActivate: () => void;
}): ReactNode {
  // The hint names the reader's platform (⌘ or Ctrl), which the server cannot know: it is the
  // one part added after hydration, in the navbar, as the plugin's own box does.
  const isBrowser = useIsBrowser();
  const hints =
    isBrowser && searchBarShortcut && searchBarShortcutHint && searchBarShortcutKeymap
      ? getKeymapHints(searchBarShortcutKeymap, isMacPlatform())
      : [];
  return (
    <div className={clsx('navbar__search', pluginStyles.searchBarContainer)} dir="ltr">
      <svg
        aria-hidden="true"
        className={pluginStyles.searchIcon}
        focusable="false"
        viewBox="0 0 16 16">
        <path fill="currentColor" d={SEARCH_ICON} />
      </svg>
      <input
        ref={inputRef}
        placeholder={label}
        aria-label={label}
        className={clsx('navbar__search-input', pluginStyles.searchInput)}
        onFocus={onActivate}
        onMouseEnter={onActivate}
        onTouchStart={onActivate}
      />
      {hints.length > 0 && (
        <div className={pluginStyles.searchHintContainer}>
          {hints.map((hint) => (
            <kbd key={hint} className={pluginStyles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}

/** Sets a React-controlled input's value the way typing would, so its onChange runs. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

export default function SearchBarWrapper(props: Props): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const standInInput = useRef<HTMLInputElement | null>(null);
  const handoff = useRef<Handoff | null>(null);
  // Read as the stand-in leaves the page (still attached, maybe focused): nothing typed until
  // that moment is lost, however long the real box took to load and render.
  const standInRef = useCallback((node: HTMLInputElement | null) => {
    standInInput.current = node;
    if (!node) return undefined;
    return () => {
      handoff.current = {value: node.value, focused: document.activeElement === node};
      standInInput.current = null;
    };
  }, []);
  const loading = useRef(false);
  const [Loaded, setLoaded] = useState<ComponentType<Props> | null>(null);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Buscar',
    description: 'The ARIA label and placeholder for search button',
  });

  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    void import('@theme-original/SearchBar').then(({default: SearchBar}) => {
      setLoaded(() => SearchBar);
    });
  }, []);

  // The shortcut works before the real box (which has its own) has loaded.
  useEffect(() => {
    if (Loaded || !searchBarShortcut || !searchBarShortcutKeymap) return undefined;
    const keymap = parseKeymap(searchBarShortcutKeymap);
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      standInInput.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [Loaded]);

  // Hand over before the browser paints or handles another key.
  useLayoutEffect(() => {
    const input = Loaded ? container.current?.querySelector('input') : null;
    const {value = '', focused = false} = handoff.current ?? {};
    handoff.current = null;
    if (!input) return;
    if (value) typeInto(input, value);
    if (focused) input.focus();
  }, [Loaded]);

  // Keep the real box's input labelled in Spanish.
  useEffect(() => {
    const root = container.current;
    if (!Loaded || !root) return undefined;
    const relabel = (): void => {
      const input = root.querySelector('input');
      if (input && input.getAttribute('aria-label') !== label)
        input.setAttribute('aria-label', label);
    };
    relabel();
    // The plugin may re-render or replace its input (e.g. after a navigation).
    const observer = new MutationObserver(relabel);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    return () => observer.disconnect();
  }, [Loaded, label]);

  // Without JavaScript there is no search (the index is read in the browser): no dead box.
  return (
    <div ref={container} className={styles.wrapper} data-requires-js>
      {Loaded ? (
        <Loaded {...props} />
      ) : (
        <StandIn label={label} inputRef={standInRef} onActivate={load} />
      )}
    </div>
  );
}
