// A prompt that came through a plain-text mail client or a terminal that hard-wrapped every line at its width
// (72 columns, say): a heading's last words, a table row's last cells, a dot-leader row's percent and a quote's
// second half each fell onto a line of their own. Markdown joins a paragraph's lines by itself, but not a
// heading's, a table row's or a quote whose `> ` the wrap lost, and the readers that go line by line (ratio
// rows, quotes, takeaways) see half a line. Such a document is told by its lines: many end just short of one
// width, where the next line's first word would not have fitted, and none is longer (a drawing indented to
// keep it whole, fenced code and unbreakable words aside). Each such break is joined again, unless the next
// line opens a block of its own (a list item, a heading, a table row after a whole row, a labelled line under
// another, the next of a run of numbered rows). Lines keep their numbers as email.ts keeps them: a joined
// line's place is given back as a blank after the block it stood in.
import { graphemes } from "../../fonts/graphemes.js";
import { displayWidth } from "./box-cells.js";
import { closeUp } from "./email.js";

/** Breaks at one width a wrapped document shows at least, fewer being chance. */
const MIN_BREAKS = 8;
/** Widths a mail client or terminal wraps at. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 120;
/** Columns a measure may miss by (an emoji drawn one wide or two, a variation selector). */
const SLACK = 2;

type Measure = (s: string) => number;
const columns: Measure = (s) => {
  // Plain ASCII is one column a character; only other text needs its graphemes told apart.
  if (/^[\x20-\x7E]*$/.test(s)) return s.length;
  let w = 0;
  for (const g of graphemes(s)) w += displayWidth(g);
  return w;
};
const characters: Measure = (s) => [...s].length;

const FENCE = /^\s*(```|~~~)/;
/** Set in by four spaces or a tab: a drawing or code kept whole by the client, as the writer meant it. */
const INDENTED = /^(?: {4}|\t)/;
/** A line opening a block of its own. */
const OPENS_BLOCK = /^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\||```|~~~|[┌└├│╔║+]|-{3,}\s*$|={3,}\s*$|<\/?[a-z])/i;
/** A line of a box drawing typed at the margin: no mail client's wrap left it whole, so it tells nothing. */
const DRAWN = /[\u2500-\u257F]|^\s*\+[-=+]{2,}|^\s*[|+].*(?:\+-|-\+|\+=|=\+).*$/;
/** A labelled line (`From: …`, `chapter: 7`). */
const LABELLED = /^[\p{L}_][\p{L}\p{N}_ -]{0,24}:(?:\s|$)/u;
/** A row of dot leaders ending in its value (`Row 1 (title) ........ 8%`): complete as it stands. */
const LEADER_ROW = /(?:\.{3,}|…{2,}|·{3,})\s*\S*\d\S*\s*$/;
/** A numbered row's head (`Row 2`, `Step 3`, `Box 4`). */
const NUMBERED_HEAD = /^(\p{L}+)\s*\d+\b/u;

interface Line {
  text: string;
  /** Outside fences and not indented: the client wrapped it. */
  wrapped: boolean;
}

function linesOf(text: string): Line[] {
  let fence = false;
  return text.split("\n").map((raw) => {
    const t = raw.replace(/\r$/, "");
    const opens = FENCE.test(t);
    const inFence = fence || opens;
    if (opens) fence = !fence;
    return { text: t, wrapped: !inFence && !INDENTED.test(t) && !DRAWN.test(t) && t.trim() !== "" };
  });
}

/** The word a wrap moved onto the line: a quoted line's first after its `> `, which the client wrote again. */
const firstWord = (s: string): string => s.replace(/^\s*(?:>\s?)+/, "").trim().split(/\s+/)[0] ?? "";

/** The width the document was wrapped at by this measure, and the lines ending where a wrap broke them. */
function breaksAt(lines: Line[], measure: Measure): { width: number; breaks: Set<number> } | undefined {
  // Only a line with a space inside could have been broken: a long URL stays longer than the width.
  const widths = lines.map((l) => (l.wrapped ? measure(l.text.trimEnd()) : 0));
  const width = Math.max(0, ...lines.map((l, i) => (l.wrapped && /\S\s+\S/.test(l.text.trim()) ? widths[i]! : 0)));
  if (width < MIN_WIDTH || width > MAX_WIDTH) return undefined;
  const breaks = new Set<number>();
  let near = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!;
    if (!lines[i]!.wrapped || !next.wrapped) continue;
    if (widths[i]! >= width - 10) near++;
    // A greedy wrap breaks a line only where the next word would not have fitted on it.
    if (widths[i]! + 1 + measure(firstWord(next.text)) >= width - SLACK + 1) breaks.add(i);
  }
  // Most lines near the width go on: a document whose longest lines are a few chance ones is not wrapped.
  return breaks.size >= MIN_BREAKS && breaks.size * 2 >= near ? { width, breaks } : undefined;
}

const cells = (s: string): number => s.trim().replace(/^\||\|$/g, "").split("|").length;

/** Whether `next` goes on the line `line` the wrap broke, seen in the table it stands in (`header`). */
function goesOn(line: string, next: string, header: string | undefined): boolean {
  const t = line.trim();
  const n = next.trim();
  // A table row cut before its last cells: the header closes its rows with a pipe and this one is short of it.
  if (t.startsWith("|")) {
    // Rows closed by a pipe as their header is: one without it was cut; rows left open: one short of cells was.
    if (header === undefined || header.endsWith("|")) return !t.endsWith("|");
    return cells(t) < cells(header) && !n.startsWith("|");
  }
  if (/^>/.test(t)) return /^>/.test(n) ? n.replace(/^>\s?/, "").trim() !== "" && !OPENS_BLOCK.test(n.replace(/^>\s?/, "")) : !OPENS_BLOCK.test(n);
  if (OPENS_BLOCK.test(n) || LEADER_ROW.test(t)) return false;
  if (LABELLED.test(t) && LABELLED.test(n)) return false;
  const a = NUMBERED_HEAD.exec(t);
  const b = NUMBERED_HEAD.exec(n);
  return !(a && b && a[1]!.toLowerCase() === b[1]!.toLowerCase());
}

/** The document with the lines a hard wrap broke joined again; as it was when it shows no such wrap. */
export function hardWrapped(text: string): string {
  if (text.length < 400) return text;
  const lines = linesOf(text);
  const found = [columns, characters].map((m) => breaksAt(lines, m)).filter((f) => f !== undefined);
  const best = found.sort((a, b) => b.breaks.size - a.breaks.size)[0];
  if (!best) return text;
  const entries = lines.map((l) => ({ text: l.text, out: false }));
  let header: string | undefined;
  let joined = 0;
  for (let i = 0; i < entries.length; i++) {
    const at = entries[i]!;
    if (at.out) continue;
    const t = at.text.trim();
    if (t.startsWith("|")) header ??= t;
    else if (t === "") header = undefined;
    // Join on while the line it ends with was broken by the wrap: `k` is the last original line joined.
    for (let k = i; best.breaks.has(k) && k + 1 < entries.length; k++) {
      const next = lines[k + 1]!.text;
      if (!goesOn(lines[k]!.text, next, header === t ? undefined : header)) break;
      // A quote's next line keeps its words, not its `> ` again.
      const words = /^\s*>/.test(at.text) ? next.replace(/^\s*>\s?/, "") : next.trim();
      at.text = `${at.text.trimEnd()} ${words.trim()}`;
      entries[k + 1] = { text: "", out: true };
      joined++;
    }
  }
  return joined === 0 ? text : closeUp(entries).join("\n");
}
