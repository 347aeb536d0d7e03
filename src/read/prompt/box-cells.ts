// A line of the layout diagram as cells: each grapheme at its display column (Hangul, CJK and emoji two wide,
// tabs to the next stop) with the border arms it draws, Unicode box drawing by its code point and ASCII borders
// (`|`, runs of `-`/`=`, the `+`/`*` corners they end in) told from text by their neighbours.
import { graphemes } from "../../fonts/graphemes.js";
import { DOWN, LEFT, RIGHT, UP } from "./box-arms.js";

// Arms of the Unicode box-drawing block U+2500–U+257F, by code point ranges.
const RANGES: [number, number, number][] = [
  [0x2500, 0x2501, LEFT | RIGHT], [0x2502, 0x2503, UP | DOWN], [0x2504, 0x2505, LEFT | RIGHT], [0x2506, 0x2507, UP | DOWN],
  [0x2508, 0x2509, LEFT | RIGHT], [0x250a, 0x250b, UP | DOWN], [0x250c, 0x250f, RIGHT | DOWN], [0x2510, 0x2513, LEFT | DOWN],
  [0x2514, 0x2517, UP | RIGHT], [0x2518, 0x251b, UP | LEFT], [0x251c, 0x2523, UP | DOWN | RIGHT], [0x2524, 0x252b, UP | DOWN | LEFT],
  [0x252c, 0x2533, LEFT | RIGHT | DOWN], [0x2534, 0x253b, LEFT | RIGHT | UP], [0x253c, 0x254b, 15], [0x254c, 0x254d, LEFT | RIGHT],
  [0x254e, 0x254f, UP | DOWN], [0x2550, 0x2550, LEFT | RIGHT], [0x2551, 0x2551, UP | DOWN], [0x2552, 0x2554, RIGHT | DOWN],
  [0x2555, 0x2557, LEFT | DOWN], [0x2558, 0x255a, UP | RIGHT], [0x255b, 0x255d, UP | LEFT], [0x255e, 0x2560, UP | DOWN | RIGHT],
  [0x2561, 0x2563, UP | DOWN | LEFT], [0x2564, 0x2566, LEFT | RIGHT | DOWN], [0x2567, 0x2569, LEFT | RIGHT | UP], [0x256a, 0x256c, 15],
  [0x256d, 0x256d, RIGHT | DOWN], [0x256e, 0x256e, LEFT | DOWN], [0x256f, 0x256f, UP | LEFT], [0x2570, 0x2570, UP | RIGHT],
  [0x2574, 0x2574, LEFT], [0x2575, 0x2575, UP], [0x2576, 0x2576, RIGHT], [0x2577, 0x2577, DOWN], [0x2578, 0x2578, LEFT],
  [0x2579, 0x2579, UP], [0x257a, 0x257a, RIGHT], [0x257b, 0x257b, DOWN], [0x257c, 0x257c, LEFT | RIGHT], [0x257d, 0x257d, UP | DOWN],
  [0x257e, 0x257e, LEFT | RIGHT], [0x257f, 0x257f, UP | DOWN],
];

const ARMS = new Uint8Array(0x80);
for (const [a, b, arms] of RANGES) for (let cp = a; cp <= b; cp++) ARMS[cp - 0x2500] = arms;

function unicodeArms(ch: string): number {
  const cp = ch.charCodeAt(0);
  return cp >= 0x2500 && cp <= 0x257f && ch.length === 1 ? ARMS[cp - 0x2500]! : 0;
}

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const EMOJI = /\p{Emoji_Presentation}|\uFE0F|\p{Regional_Indicator}/u;

/** Display width of one grapheme: 2 for Hangul, CJK and emoji, else 1. */
export function displayWidth(g: string): number {
  if (g.length === 1 && g.charCodeAt(0) < 0x1100) return 1;
  return WIDE.test(g) || EMOJI.test(g) ? 2 : 1;
}

const TAB = 8;

export interface Cell {
  ch: string;
  col: number;
  width: number;
  /** Border arms; -1 for text. ASCII corners get their vertical arms from matching. */
  arms: number;
  /** An ASCII `+` or `*` corner: whether it continues up or down is only known from its neighbours. */
  loose: boolean;
  /** A `|` in a diagram otherwise drawn in Unicode: a side only where a border is expected, else text. */
  maybe: boolean;
}

/** `narrow`: every grapheme one column, as the line looks in an editor that draws Hangul and emoji one cell wide. */
export function cellsOf(line: string, narrow = false, tab = TAB): Cell[] {
  const out: Cell[] = [];
  let col = 0;
  for (const g of graphemes(line)) {
    if (g === "\t") {
      const next = (Math.floor(col / tab) + 1) * tab;
      for (; col < next; col++) out.push({ ch: " ", col, width: 1, arms: -1, loose: false, maybe: false });
      continue;
    }
    const width = narrow ? 1 : displayWidth(g);
    const arms = unicodeArms(g);
    out.push({ ch: g, col, width, arms: arms || -1, loose: false, maybe: false });
    col += width;
  }
  asciiBorders(out);
  return out;
}

const ASCII_H = new Set(["-", "="]);
const ROUND_CORNERS: Record<string, number> = { ".": DOWN, "'": UP, "`": UP };

/** ASCII borders: `|`, runs of `-`/`=` (three or more, or touching a corner; never an arrow `->`), and the
 * `+`/`*` corners those runs end in. Anything else stays text (`a - b`, `x + y`, `* bullet`). */
function asciiBorders(cells: Cell[]): void {
  for (const c of cells) if (c.ch === "|") c.arms = UP | DOWN;
  // `+` and `*` ending a Unicode horizontal (`+───+`) are corners too.
  cells.forEach((c, k) => {
    if (c.ch !== "+" && c.ch !== "*") return;
    const l = cells[k - 1];
    const r = cells[k + 1];
    if (l && l.arms > 0 && l.arms & RIGHT) {
      c.arms = (c.arms > 0 ? c.arms : 0) | LEFT;
      c.loose = true;
    }
    if (r && r.arms > 0 && r.arms & LEFT) {
      c.arms = (c.arms > 0 ? c.arms : 0) | RIGHT;
      c.loose = true;
    }
  });
  const isCorner = (c: Cell | undefined): boolean => c !== undefined && (c.ch === "+" || c.ch === "*");
  let i = 0;
  while (i < cells.length) {
    if (!ASCII_H.has(cells[i]!.ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < cells.length && cells[j]!.ch === cells[i]!.ch) j++;
    const before = cells[i - 1];
    const after = cells[j];
    const cornered = isCorner(before) || isCorner(after) || (after !== undefined && after.arms > 0) || (before !== undefined && before.arms > 0);
    const arrow = after?.ch === ">" || before?.ch === "<";
    if (!arrow && (j - i >= 3 || cornered)) {
      for (let k = i; k < j; k++) cells[k]!.arms = LEFT | RIGHT;
      for (const [c, arm] of [[before, RIGHT], [after, LEFT]] as const) {
        // `.----.` over `'----'`: rounded ASCII corners, a dot opening down and an apostrophe closing up.
        const round = c && j - i >= 2 ? ROUND_CORNERS[c.ch] : undefined;
        if (round) c!.arms = (c!.arms > 0 ? c!.arms : 0) | arm | round;
        else if (isCorner(c)) {
          c!.arms = (c!.arms > 0 ? c!.arms : 0) | arm;
          c!.loose = true;
        } else if (c && c.arms > 0 && c.arms !== (LEFT | RIGHT)) c.arms |= arm;
      }
    }
    i = j;
  }
}
