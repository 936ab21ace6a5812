/**
 * Dates, numbers and lists as the es-ES locale writes them, without Intl. The first Intl object
 * a page constructs loads the locale's data: about 30 ms of a phone's main thread (100–150 ms
 * under Lighthouse's 4× CPU), spent during hydration. The output is Intl's own, for what the
 * site formats; tests/unit/format/es.test.ts compares the two.
 */
const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

/** Intl's es-ES short month: the first three letters, "sept" for September. */
const shortMonth = (month: number): string =>
  month === 8 ? 'sept' : (MONTHS[month] ?? '').slice(0, 3);

/** "enero de 2025": `{month: 'long', year: 'numeric', timeZone: 'UTC'}`. */
export function formatMonthYear(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} de ${date.getUTCFullYear()}`;
}

/** "1 dic 2026": `{day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'}`. */
export function formatShortDate(date: Date): string {
  return `${date.getUTCDate()} ${shortMonth(date.getUTCMonth())} ${date.getUTCFullYear()}`;
}

/**
 * 1234.5 → "1234,5", 12345 → "12.345", 0.125 → "0,13": `{maximumFractionDigits}` for a
 * non-negative number. es-ES groups thousands only from five digits on.
 */
export function formatDecimal(value: number, maximumFractionDigits: number): string {
  if (!Number.isFinite(value) || value < 0) throw new Error(`formatDecimal: ${value}`);
  // Round half away from zero on the decimal text, as Intl does, not on the binary value.
  const [whole = '0', fraction = ''] = roundDecimal(value, maximumFractionDigits).split('.');
  const grouped = whole.length >= 5 ? whole.replace(/\B(?=(\d{3})+$)/g, '.') : whole;
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${grouped},${trimmed}` : grouped;
}

function roundDecimal(value: number, digits: number): string {
  const [mantissa, exponent = '0'] = value.toExponential().split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`);
  return (Math.round(shifted) / 10 ** digits).toFixed(digits);
}

/** ["1", "2", "3"] → "1, 2 y 3": `Intl.ListFormat('es', {type: 'conjunction'})` for numerals. */
export function formatList(items: readonly string[]): string {
  return items.map((item, index) => `${listSeparator(index, items.length)}${item}`).join('');
}

/** What goes before the item at `index` in a list of `length`: "", ", " or " y ". */
export function listSeparator(index: number, length: number): string {
  if (index === 0) return '';
  return index === length - 1 ? ' y ' : ', ';
}
