import {createContext} from 'react';
import type {HighlightedCode} from './highlightedLines';

/** Carries a block's build-time highlighting from CodeBlock down to CodeBlock/Content. */
export const HighlightedCodeContext = createContext<HighlightedCode | null>(null);
