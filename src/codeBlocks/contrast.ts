/** WCAG 2.x contrast ratio helpers, for checking theme colours in unit tests. */

export type Rgb = readonly [number, number, number];

export function parseColour(input: string): Rgb {
  const value = input.trim();
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value)?.[1];
  if (hex) {
    const digits = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(value);
  if (rgb) {
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  const hsl = /^hsl\(\s*([\d.]+)\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%/i.exec(value);
  if (hsl) {
    const [h, s, l] = [Number(hsl[1]), Number(hsl[2]) / 100, Number(hsl[3]) / 100];
    const a = s * Math.min(l, 1 - l);
    const channel = (n: number): number => {
      const k = (n + h / 30) % 12;
      return Math.round((l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255);
    };
    return [channel(0), channel(8), channel(4)];
  }
  throw new Error(`Unsupported colour "${input}"`);
}

function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [
    relativeLuminance(parseColour(foreground)),
    relativeLuminance(parseColour(background)),
  ].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour, mixed step by step towards black or white (whichever the background contrasts
 * with more), until it reaches `ratio` against the background: the same hue, readable there.
 */
export function withContrast(colour: string, background: string, ratio = 4.5): string {
  const rgb = parseColour(colour);
  const end =
    contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? 0 : 255;
  for (let step = 0; step <= 20; step += 1) {
    const t = step / 20;
    const mixed = toHex(rgb.map((c) => c + (end - c) * t) as unknown as Rgb);
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return toHex([end, end, end]);
}
