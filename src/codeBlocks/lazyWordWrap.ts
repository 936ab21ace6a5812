import type {RefObject} from 'react';

/** The word-wrap state Docusaurus' code block components read, plus a way to start measuring. */
export interface LazyWordWrap {
  readonly codeBlockRef: RefObject<HTMLPreElement | null>;
  readonly isEnabled: boolean;
  readonly isCodeScrollable: boolean;
  readonly toggle: () => void;
  readonly activate: () => void;
}

export function isLazyWordWrap(wordWrap: object): wordWrap is LazyWordWrap {
  return 'activate' in wordWrap && typeof wordWrap.activate === 'function';
}
