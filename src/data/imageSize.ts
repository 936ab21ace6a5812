import {formatDecimal} from '../format/es';

/** Image sizes as `docker images` prints them (decimal units: 1 MB = 1000 kB). */
const UNITS: Readonly<Record<string, number>> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
};

/** "841 MB" → 841000000; "1,81 MB" and "1.81MB" also work; anything else → null. */
export function parseImageSize(text: string): number | null {
  const [, number, unitName] = /^\s*(\d+(?:[.,]\d+)?)\s*(B|kB|KB|MB|GB)\s*$/i.exec(text) ?? [];
  if (number === undefined || unitName === undefined) return null;
  const unit = UNITS[unitName.toUpperCase()];
  return unit === undefined ? null : Number(number.replace(',', '.')) * unit;
}

/** "1.81 MB" (as `docker images` prints it) → "1,81 MB" for a Spanish reader. */
export function formatImageSize(text: string): string {
  const [, number, unit] = /^\s*(\d+(?:[.,]\d+)?)\s*(\S+)\s*$/.exec(text) ?? [];
  if (number === undefined || unit === undefined) return text;
  return `${formatDecimal(Number(number.replace(',', '.')), 2)}\u00a0${unit}`;
}

/** 464.6 → "465"; 1.5 → "1,5": whole numbers once the difference is tenfold. */
export function formatRatio(ratio: number): string {
  return formatDecimal(ratio, ratio >= 10 ? 0 : 1);
}
