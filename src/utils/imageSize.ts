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
