// The box diagram in `# Layout Structure`. Korean and emoji are double width and the diagrams are
// aligned by hand, so right borders rarely line up: every line is read by the ORDER of its border
// characters, never by column. A row's boxes are matched line to line by their position in that order.
import { InputError } from "../../errors.js";

export interface TextLine {
  text: string;
  line: number;
}

export interface DiagramBox {
  line: number;
  /** Non-empty text lines at the box's own depth (nested boxes and arrow chains excluded). */
  lines: TextLine[];
  /** Arrow chains written inside the box (`A → B → C`), as node labels. */
  chains: string[][];
  /** Labels of little boxes drawn inside this one, left to right, top to bottom. */
  nested: string[];
}

export interface DiagramRow {
  line: number;
  /** Text written inside the row but outside every box. */
  texts: TextLine[];
  boxes: DiagramBox[];
  /** Whether the first outside text comes before the first box (a heading over the box). */
  headingFirst: boolean;
}

interface Nested {
  parts: string[];
}

interface OpenBox {
  box: DiagramBox;
  nested: Nested[];
}

const VBAR = new Set(["│", "┃", "║"]);
const TOP_LEFT = new Set(["┌", "╭", "╔", "┏"]);
const TOP_RIGHT = new Set(["┐", "╮", "╗", "┓"]);
const BOTTOM_LEFT = new Set(["└", "╰", "╚", "┗"]);
const BOTTOM_RIGHT = new Set(["┘", "╯", "╝", "┛"]);
const BOX_CHARS = /[\u2500-\u257F]/g;
const ARROW = /\s*(?:→|->|⟶|⇒|=>|➡️?)\s*/;

const HINT = "draw every box with ┌…┐ on top, │ … │ on each side and └…┘ below; rows are split by ├…┤";

function fail(message: string, line: number): never {
  throw new InputError(message, { line }, HINT);
}

/** `code` is the code block's text; `firstLine` the file line of its first line. */
export function parseDiagram(code: string, firstLine: number): DiagramRow[] {
  const lines = code.split(/\r?\n/);
  const nonBlank = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const top = nonBlank[0];
  const bottom = nonBlank[nonBlank.length - 1];
  if (top === undefined || bottom === undefined) fail("the layout diagram is empty", firstLine);
  const topText = (lines[top] ?? "").trim();
  if (!TOP_LEFT.has(topText[0] ?? "") || ![...topText].some((c) => TOP_RIGHT.has(c))) {
    fail("the layout diagram does not start with an outer frame (┌────┐)", firstLine + top);
  }
  const bottomText = (lines[bottom] ?? "").trim();
  if (top === bottom || !BOTTOM_LEFT.has(bottomText[0] ?? "") || ![...bottomText].some((c) => BOTTOM_RIGHT.has(c))) {
    fail("the layout diagram's outer frame is not closed: its last line must be └────┘", firstLine + bottom);
  }
  const rows: DiagramRow[] = [];
  let row = newRow(firstLine + top + 1);
  let open: OpenBox[] = [];
  const endRow = (at: number): void => {
    const still = open[0];
    if (still) fail(`box opened on line ${still.box.line} is not closed (no └────┘) before the row ends`, at);
    row.boxes.forEach(splitChains);
    rows.push(row);
  };
  for (let i = top + 1; i < bottom; i++) {
    const lineNo = firstLine + i;
    const t = (lines[i] ?? "").trim();
    if (t === "") continue;
    if (t.startsWith("├") || t.startsWith("╠") || t.startsWith("┣")) {
      endRow(lineNo);
      row = newRow(lineNo + 1);
      open = [];
      continue;
    }
    if (!VBAR.has(t[0] ?? "")) fail("this diagram line does not start with the outer frame's │", lineNo);
    const chars = [...t];
    if (chars.length < 2 || !VBAR.has(chars[chars.length - 1] ?? "")) {
      fail("this diagram line does not end with the outer frame's │ (a box border may be missing)", lineNo);
    }
    open = scanLine(chars.slice(1, -1), open, row, lineNo);
  }
  endRow(firstLine + bottom);
  return rows.filter((r) => r.boxes.length > 0 || r.texts.length > 0);
}

function newRow(line: number): DiagramRow {
  return { line, texts: [], boxes: [], headingFirst: false };
}

/** Skip from an opening corner to its closing corner on the same line. */
function skipTo(chars: string[], from: number, closers: Set<string>, what: string, lineNo: number): number {
  for (let k = from + 1; k < chars.length; k++) if (closers.has(chars[k] ?? "")) return k + 1;
  return fail(`${what} on this line has no matching corner`, lineNo);
}

function scanLine(chars: string[], open: OpenBox[], row: DiagramRow, lineNo: number): OpenBox[] {
  const next: OpenBox[] = [];
  let j = 0;
  let outside = "";
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? "";
    if (VBAR.has(c)) {
      const ob = open[j++];
      if (!ob) fail("this line has more │ borders than there are open boxes in the row", lineNo);
      i = scanBox(chars, i + 1, ob, lineNo);
      next.push(ob);
    } else if (BOTTOM_LEFT.has(c)) {
      const ob = open[j++];
      if (!ob) fail("└ closes a box that was never opened with ┌ in this row", lineNo);
      if (ob.nested.length > 0) fail(`a box inside the box from line ${ob.box.line} is never closed`, lineNo);
      i = skipTo(chars, i, BOTTOM_RIGHT, "└", lineNo);
    } else if (TOP_LEFT.has(c)) {
      const box: DiagramBox = { line: lineNo, lines: [], chains: [], nested: [] };
      const prev = next[next.length - 1];
      const after = open[j];
      const at = prev ? row.boxes.indexOf(prev.box) + 1 : after ? row.boxes.indexOf(after.box) : row.boxes.length;
      row.boxes.splice(at, 0, box);
      next.push({ box, nested: [] });
      i = skipTo(chars, i, TOP_RIGHT, "┌", lineNo);
    } else if (TOP_RIGHT.has(c) || BOTTOM_RIGHT.has(c)) {
      fail(`${c} has no matching opening corner on this line`, lineNo);
    } else {
      outside += c;
      i++;
    }
  }
  const missing = open[j];
  if (missing) {
    fail(`the box opened on line ${missing.box.line} has no │ border on this line (borders do not match)`, lineNo);
  }
  const text = clean(outside);
  if (/[\p{L}\p{N}]/u.test(text)) {
    if (row.boxes.length === 0 && row.texts.length === 0) row.headingFirst = true;
    row.texts.push({ text, line: lineNo });
  }
  return next;
}

/** Read one box's content from after its left │ to its right │; returns the index after it. */
function scanBox(chars: string[], from: number, ob: OpenBox, lineNo: number): number {
  let needed = 2 * ob.nested.length;
  let bars = 0;
  let idx = 0;
  let own = "";
  let touchedNested = false;
  const opened: Nested[] = [];
  const closed = new Set<Nested>();
  let i = from;
  while (i < chars.length) {
    const c = chars[i] ?? "";
    if (VBAR.has(c)) {
      if (bars >= needed) {
        finishLine(ob, own, touchedNested, opened, closed, lineNo);
        return i + 1;
      }
      touchedNested = true;
      bars++;
      if (bars % 2 === 0) idx++;
      i++;
    } else if (TOP_LEFT.has(c)) {
      touchedNested = true;
      const n: Nested = { parts: [] };
      opened.push(n);
      i = skipTo(chars, i, TOP_RIGHT, "┌", lineNo);
    } else if (BOTTOM_LEFT.has(c)) {
      touchedNested = true;
      const n = ob.nested[idx++];
      if (!n) fail(`└ closes a box that is not open inside the box from line ${ob.box.line}`, lineNo);
      closed.add(n);
      needed -= 2;
      i = skipTo(chars, i, BOTTOM_RIGHT, "└", lineNo);
    } else if (TOP_RIGHT.has(c) || BOTTOM_RIGHT.has(c)) {
      fail(`${c} has no matching opening corner on this line`, lineNo);
    } else {
      if (bars % 2 === 1) {
        const n = ob.nested[idx];
        if (n) n.parts.push(c);
      } else {
        own += c;
      }
      i++;
    }
  }
  return fail(`the box opened on line ${ob.box.line} is missing its right │ border on this line`, lineNo);
}

function finishLine(
  ob: OpenBox,
  own: string,
  touchedNested: boolean,
  opened: Nested[],
  closed: Set<Nested>,
  lineNo: number,
): void {
  // Nested labels are collected per line: a part ends at each line break of the little box.
  for (const n of ob.nested) if (n.parts.length) n.parts.push("\n");
  ob.nested = [...ob.nested.filter((n) => !closed.has(n)), ...opened];
  for (const n of closed) {
    const label = n.parts.join("").split("\n").map(clean).filter(Boolean).join(" ");
    if (label) ob.box.nested.push(label);
  }
  // Text beside little boxes is only connectors (→) of the schematic, never lead text.
  if (touchedNested) return;
  const text = clean(own);
  if (text) ob.box.lines.push({ text, line: lineNo });
}

const ENDS_ARROW = /(?:→|->|⟶|⇒|=>|➡️?)\s*$/;
const STARTS_ARROW = /^\s*(?:→|->|⟶|⇒|=>|➡️?)/;

/** Arrow chains may wrap over several lines ("A → B →" / "→ C → D"); join them, then take every
 * chain of three or more steps out of the box's text lines. */
function splitChains(box: DiagramBox): void {
  const joined: TextLine[] = [];
  for (const l of box.lines) {
    const prev = joined[joined.length - 1];
    if (prev && (ENDS_ARROW.test(prev.text) || STARTS_ARROW.test(l.text)) && ARROW.test(prev.text)) {
      prev.text = `${prev.text.replace(ENDS_ARROW, "")} → ${l.text.replace(STARTS_ARROW, "")}`.trim();
    } else {
      joined.push({ ...l });
    }
  }
  box.lines = [];
  for (const l of joined) {
    const chain = l.text.split(ARROW).map((s) => s.trim());
    if (chain.length >= 3 && chain.every((s) => s !== "")) box.chains.push(chain);
    else box.lines.push(l);
  }
}

function clean(text: string): string {
  return text.replace(BOX_CHARS, " ").replace(/\s+/g, " ").trim();
}
