import {describe, expect, it} from 'vitest';
import {formatDecimal, formatList, formatMonthYear, formatShortDate} from '../../../src/format/es';

// Every month, and instants that are the first or last day of a month in UTC but not locally.
const dates = Array.from({length: 12}, (_, month) => [
  new Date(Date.UTC(2026, month, 1)),
  new Date(Date.UTC(2025, month, 28, 23, 59)),
]).flat();

const numbers = [
  0, 0.005, 0.125, 1, 1.005, 1.25, 1.81, 2.675, 9.95, 9.995, 10, 10.5, 99.99, 464.6, 841, 999.995,
  1000, 1234.5, 9999, 9999.999, 10000, 12345.678, 123456, 1234567.891,
];

describe('Spanish formatting without Intl in the browser', () => {
  it.each(dates)('writes the date %s as Intl es-ES does, in UTC', (date) => {
    expect(formatMonthYear(date)).toBe(
      new Intl.DateTimeFormat('es-ES', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
        date,
      ),
    );
    expect(formatShortDate(date)).toBe(
      new Intl.DateTimeFormat('es', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date),
    );
  });

  it.each(numbers)('writes %s as Intl es-ES does with 0, 1 and 2 decimals', (value) => {
    for (const digits of [0, 1, 2]) {
      expect(formatDecimal(value, digits)).toBe(
        new Intl.NumberFormat('es-ES', {maximumFractionDigits: digits}).format(value),
      );
    }
  });

  it('refuses what it was not written for', () => {
    expect(() => formatDecimal(-1, 2)).toThrow('formatDecimal: -1');
    expect(() => formatDecimal(Number.NaN, 2)).toThrow();
  });

  it.each([[[]], [['3']], [['3', '7']], [['1', '2', '11']], [['8', '10', '12', '14']]])(
    'joins %j as Intl.ListFormat does',
    (items) => {
      expect(formatList(items)).toBe(
        new Intl.ListFormat('es', {type: 'conjunction'}).format(items),
      );
    },
  );
});
