import {describe, expect, it} from 'vitest';
import {countWords, readingMinutes} from '../../../src/remark/readingTimeCount';

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Hola, mundo — ¿qué tal?  ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
  it('rounds up, never below one minute, and weighs code lines', () => {
    expect(readingMinutes(0, 0)).toBe(1);
    expect(readingMinutes(200, 0)).toBe(1);
    expect(readingMinutes(201, 0)).toBe(2);
    expect(readingMinutes(190, 4)).toBe(2);
  });
});
