// Accent colours per panel, and colour helpers for pastel fills: tape labels, table headers, sticky notes and highlighter swashes are all
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

/** FNV-1a: a panel id's own number, the same on every page it appears on. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export interface ColorSlot {
  id: string;
  /** A colour the user set for this panel. */
  color?: string | undefined;
  box: { x: number; y: number; width: number; height: number };
}

/** Boxes that share an edge: side by side in a row, or one above the other, with at most `gap` between. */
export function touching(a: ColorSlot["box"], b: ColorSlot["box"], gap: number): boolean {
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const dx = Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width);
  const dy = Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height);
  return (overlapY > 0 && dx <= gap) || (overlapX > 0 && dy <= gap);
}

/**
 * Each panel's accent follows the panel, not its position: a colour the user set, else the palette entry its
 * id hashes to. Only when a neighbour (touching side by side or above/below) already has that colour, or one
 * that looks alike, does it take the next palette entry that no neighbour has. Panels are settled user colours first, then in reading
 * order, so adding a panel at the end recolours nothing, and elsewhere at most a neighbour it clashes with.
 */
export function accentsFor(slots: ColorSlot[], palette: string[], gap: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of slots) if (s.color) out.set(s.id, s.color);
  for (const s of slots) {
    if (out.has(s.id)) continue;
    const taken = slots.filter((o) => o !== s && out.has(o.id) && touching(s.box, o.box, gap)).map((o) => out.get(o.id)!);
    const start = hash(s.id) % palette.length;
    let pick = palette[start]!;
    // The first entry no neighbour has, preferring one that does not even look alike (orange beside amber).
    const free = (c: string, near: number) => taken.every((t) => distance(t, c) > near);
    for (const near of [LOOK_ALIKE, 0]) {
      const k = palette.findIndex((_, j) => free(palette[(start + j) % palette.length]!, near));
      if (k >= 0) {
        pick = palette[(start + k) % palette.length]!;
        break;
      }
    }
    out.set(s.id, pick);
  }
  return out;
}

/** Colours closer than this (RGB distance) read as the same accent next to each other. */
const LOOK_ALIKE = 72;

function distance(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}
