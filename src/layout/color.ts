// Colour helpers for pastel fills: tape labels, table headers, sticky notes and highlighter swashes are all
// the panel accent mixed toward white, so each panel reads as one colour family.

function parse(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) || 0) as [number, number, number];
}

function format(rgb: number[]): string {
  return `#${rgb.map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, "0")).join("")}`;
}

// Diagram searches ask for the same few mixes thousands of times (keyed without building strings).
const mixes = { w: new Map<string, Map<number, string>>(), b: new Map<string, Map<number, string>>() };

function mix(hex: string, amount: number, toWhite: boolean): string {
  const byHex = toWhite ? mixes.w : mixes.b;
  let byAmount = byHex.get(hex);
  if (!byAmount) byHex.set(hex, (byAmount = new Map()));
  let out = byAmount.get(amount);
  if (out === undefined) {
    out = format(parse(hex).map((c) => (toWhite ? c + (255 - c) * amount : c * (1 - amount))));
    byAmount.set(amount, out);
  }
  return out;
}

/** Mix toward white: 0 = the colour, 1 = white. */
export function tint(hex: string, amount: number): string {
  return mix(hex, amount, true);
}

/** Mix toward black: 0 = the colour, 1 = black. */
export function shade(hex: string, amount: number): string {
  return mix(hex, amount, false);
}

/** The highlighter colour behind key terms in a panel of this accent. */
export function highlighterFor(accent: string): string {
  return tint(accent, 0.45);
}
