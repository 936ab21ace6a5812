/**
 * Reading time of a chapter, computed at build time from its Markdown tree. Prose is read at
 * about 200 words a minute in Spanish; code is slower to read, so each code line counts as a
 * few words (a rough, stable estimate, not a promise).
 */
const WORDS_PER_MINUTE = 200;
const WORDS_PER_CODE_LINE = 5;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(proseWords: number, codeLines: number): number {
  const words = proseWords + codeLines * WORDS_PER_CODE_LINE;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
