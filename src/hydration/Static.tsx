/**
 * Server-rendered content that React does not hydrate.
 *
 * Prose, tables and figures that never change after the server rendered them cost nothing to
 * keep as they are, but hydrating them walks every element and text node (issue «performance on
 * equal content», item 3). During hydration `Static` hands React an element whose inner HTML it
 * does not own (`dangerouslySetInnerHTML`), so React keeps the server's DOM and does not create a
 * fibre for anything inside it. The server, and any render after hydration (a client-side
 * navigation to the page), render the children as usual: the HTML is the same either way.
 *
 * What React would have added to the links inside is done here instead, by delegation: a click on
 * an internal link navigates without reloading the page, and pointing at one preloads its route,
 * as Docusaurus' <Link> does.
 */
import {
  useLayoutEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ElementType,
  type MouseEvent,
  type JSX,
  type ReactNode,
} from 'react';
import {useHistory} from '@docusaurus/router';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {internalPath} from './links';

type StaticProps<Tag extends keyof JSX.IntrinsicElements> = {
  /** The element the content sits in, as the server renders it (`p`, `ul`, `figure`…). */
  readonly as: Tag;
  readonly children?: ReactNode;
} & Omit<ComponentPropsWithoutRef<Tag>, 'children' | 'dangerouslySetInnerHTML'>;

/** Nothing for React to compare: the DOM inside is the server's. */
const KEEP_SERVER_HTML = {__html: ''};

function anchorOf(event: MouseEvent<HTMLElement>): HTMLAnchorElement | null {
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  return anchor instanceof HTMLAnchorElement && event.currentTarget.contains(anchor)
    ? anchor
    : null;
}

export default function Static<Tag extends keyof JSX.IntrinsicElements>({
  as,
  children,
  ...props
}: StaticProps<Tag>): ReactNode {
  const Element = as as ElementType;
  const history = useHistory();
  const element = useRef<HTMLElement>(null);
  // Decided when the element mounts: only the first render in the browser is a hydration. Read
  // from the page rather than useIsBrowser(), whose change would re-render every Static once
  // hydration ends (Docusaurus sets the attribute then).
  const [serverHtml, setServerHtml] = useState(
    () => ExecutionEnvironment.canUseDOM && document.documentElement.dataset.hasHydrated !== 'true',
  );
  // No server HTML to keep after all (the dev server renders in the browser only; React renders
  // afresh after a hydration mismatch): render the children before the browser paints.
  useLayoutEffect(() => {
    if (serverHtml && !element.current?.hasChildNodes()) setServerHtml(false);
  }, [serverHtml]);
  if (!serverHtml) return <Element {...props}>{children}</Element>;

  const follow = (event: MouseEvent<HTMLElement>) => {
    const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    const anchor = anchorOf(event);
    const path = anchor && internalPath(anchor, window.location);
    if (!path) return;
    event.preventDefault();
    history.push(path);
  };
  const preload = (event: MouseEvent<HTMLElement>) => {
    const anchor = anchorOf(event);
    const path = anchor && internalPath(anchor, window.location);
    if (path) window.docusaurus.preload(path.replace(/[?#].*$/, ''));
  };
  return (
    <Element
      {...props}
      ref={element}
      onClick={follow}
      onMouseOver={preload}
      suppressHydrationWarning
      dangerouslySetInnerHTML={KEEP_SERVER_HTML}
    />
  );
}
