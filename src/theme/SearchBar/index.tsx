// Why: the search plugin hard-codes aria-label="Search" on its input; readers of a Spanish site get "Buscar".
import {useEffect, useRef, type ComponentProps, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Buscar',
    description: 'The ARIA label and placeholder for search button',
  });
  useEffect(() => {
    const root = container.current;
    if (!root) return undefined;
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
  }, [label]);
  return (
    <div ref={container} className={styles.wrapper}>
      <SearchBar {...props} />
    </div>
  );
}
