// The lines of text in a box of the layout drawing: the face's own lines (not those beside the little boxes
// sketched in it), list items the box wrapped joined again, arrow chains (wrapped over lines too) taken out of
// the text, and each line's alignment spaces made one.
import { lineText, type Face } from "./box-faces.js";
import { capsTitleChain } from "./caps-title.js";
import { headedChain, splitArrows } from "./chain.js";
import { joinWrappedTitle } from "./box-text.js";
import { joinWrappedHeads } from "./box-heads.js";
import type { TextLine } from "./ascii-layout.js";
import { halvesRead } from "./box-halves.js";

/** An arrow between steps of a chain written in a box. */
const ARROW = /\s*(?:→|->|⟶|⇒|=>|➡️?)\s*/;

/** A face's own lines, leaving out lines beside little boxes inside it (only connectors of the schematic). */
export function textLines(face: Face, firstLine: number): TextLine[] {
  const besideKids = (line: number): boolean => face.children.some((k) => line >= k.top && line <= k.bottom);
  const lines = halvesRead([...face.text.entries()].sort((a, b) => a[0] - b[0]))
    .filter(([line]) => !besideKids(line))
    .map(([line, chars]) => ({ text: clean(lineText(chars)), line: firstLine + line, col: chars.find((c) => c.ch.trim() !== "")?.col ?? 0 }))
    .filter((t) => t.text !== "");
  return joinWrappedHeads(joinWrappedItems(joinOpenQuotes(joinWrappedTitle(lines, face.right - face.left - 1)))).map(({ text, line }) => ({ text, line }));
}

/**
 * A quotation a narrow box wrapped (`"token-level` / `internet` / `document` / `simulator"`): a line opening a quote
 * mark it does not close goes on over the lines right under it up to the one that closes it, a few lines at most;
 * a quote never closed there leaves the lines as drawn.
 */
export function joinOpenQuotes<T extends { text: string; line: number }>(lines: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let end = -1;
    if (opensQuote(l.text)) {
      for (let j = i + 1; j < lines.length && j <= i + 5 && lines[j]!.line === lines[j - 1]!.line + 1; j++) {
        if (/["”]/u.test(lines[j]!.text)) {
          if (/["”][.,!?)]*$/u.test(lines[j]!.text) && !/["“”].*["“”]/u.test(lines[j]!.text)) end = j;
          break;
        }
      }
    }
    if (end < 0) out.push(l);
    else {
      out.push({ ...l, text: lines.slice(i, end + 1).map((x) => x.text).join(" ") });
      i = end;
    }
  }
  return out;
}

/** A line that opens with a quote mark and has no other: `"token-level`, `“lossy zip`. */
const opensQuote = (text: string): boolean => /^["“]\S/u.test(text) && (text.match(/["“”]/gu) ?? []).length === 1;

/**
 * A line ending on `=`, `+`, `×`, `&`, or a definition (`A = B`) whose value ends on a Korean modifier or particle
 * (`파라미터 = 흐릿한`): its value goes on below. A line without the sign may be a phrase the writer set apart
 * (`수십억 개의 조절 가능한` over `숫자들 (가중치)`), and stays as drawn.
 */
const HANGING = /\s[=+×&]$|^[^=]+\s=\s.*\p{Script=Hangul}(?:한|된|던|할|은|는|을|를|의)$/u;
// `+ pro` over `- con`: a plus sign opens an item as a dash does (Markdown's own third list marker).
const ITEM = /^(?:[-+*•·◦▪]|\d{1,2}[.)])\s/;

/** A list item the box wrapped (`- one node, rented` / `  in the cloud`): the next line, indented past the
 * item's marker and no item itself (`-generator` opens no item: no space after its dash), continues it, as it
 * would in Markdown. */
export function joinWrappedItems<T extends { text: string; line: number; col: number }>(lines: T[]): T[] {
  const out: T[] = [];
  let last = -1;
  for (const l of lines) {
    const prev = out[out.length - 1];
    // A box's first line numbered (`1. WHY IT HAPPENS` over `통계적 어조 모방`) is its title, not an item to go on.
    const titled = out.length === 1 && /^\d/.test(prev?.text ?? "");
    const item = prev && ITEM.test(prev.text) && l.col > prev.col;
    // `파라미터 = 흐릿한` / `기억 (한 달 전 책)`: a line left hanging on a sign or on a Korean word that needs the
    // next (a modifier or a particle) was broken by the box's width, at the same indent, title lines apart.
    const hanging = prev && out.length > 1 && HANGING.test(prev.text) && l.col >= prev.col && !/^\p{Extended_Pictographic}/u.test(l.text);
    if (prev && !titled && l.line === last + 1 && (item || hanging) && !ITEM.test(l.text)) {
      // `+ discriminator` over `  -generator gap`: a compound broken at its hyphen is one word again.
      out[out.length - 1] = { ...prev, text: item && /^-\p{L}/u.test(l.text) ? `${prev.text}${l.text}` : `${prev.text} ${l.text}` };
    } else out.push(l);
    last = l.line;
  }
  return out;
}

export function labelOf(face: Face): string {
  const own = [...face.text.entries()].sort((a, b) => a[0] - b[0]).map(([, chars]) => clean(lineText(chars)));
  return [...own, ...face.children.map(labelOf)].filter(Boolean).join(" ");
}

const ENDS_ARROW = /(?:→|->|⟶|⇒|=>|➡️?)\s*$/;
const STARTS_ARROW = /^\s*(?:→|->|⟶|⇒|=>|➡️?)/;

/** A line of arrows only, pointing up or down: a stroke of a sketch. */
const SKETCH_ARROW = /^[↑↓↕↺↻|\s]*[↑↓↕↺↻][↑↓↕↺↻|\s]*$/u;

/** Text lines → the arrow chains among them (joined over wrapped lines) and the other lines. */
export function chainsOf(input: TextLine[]): { lines: TextLine[]; chains: string[][]; before: number[] } {
  const joined: TextLine[] = [];
  for (const l of input) {
    const prev = joined[joined.length - 1];
    if (prev && (ENDS_ARROW.test(prev.text) || STARTS_ARROW.test(l.text)) && ARROW.test(prev.text)) {
      prev.text = `${prev.text.replace(ENDS_ARROW, "")} → ${l.text.replace(STARTS_ARROW, "")}`.trim();
    } else {
      joined.push({ ...l });
    }
  }
  const lines: TextLine[] = [];
  const chains: string[][] = [];
  const before: number[] = [];
  // The line right under a chain, only arrows (`↑` where a drawn line turns back), and the few words on the
  // line under that (`└── append & feed back ──┘`, its strokes read as the box's): the chain's return arrow
  // and its label, sketched for the chart drawn from the chain, not words of the box.
  let chainAt = -1;
  let arrowAt = -1;
  for (const l of joined) {
    if (l.line === chainAt + 1 && SKETCH_ARROW.test(l.text)) {
      arrowAt = l.line;
      continue;
    }
    if (l.line === arrowAt + 1 && l.text.split(/\s+/).length <= 5 && !/[.!?。:：]/.test(l.text)) continue;
    const chain = splitArrows(l.text).map((s) => s.trim());
    const first = lines.length === 0 && chains.length === 0;
    // `🔢 텍스트 → 비트 → 바이트` over the box's notes: a first line led by an emoji is the title, arrows and all.
    const lead = first ? headedChain(chain) : undefined;
    if (first && joined.length > 1 && /^\p{Extended_Pictographic}/u.test(l.text) && (!lead || capsTitleChain(lead.heading, lead.chain))) {
      lines.push(l);
      continue;
    }
    if (lead && chain.length >= 3 && chain.every((s) => s !== "")) lines.push({ ...l, text: lead.heading });
    if (chain.length >= 3 && chain.every((s) => s !== "")) {
      chains.push(lead?.chain ?? chain);
      before.push(lines.length);
      chainAt = l.line;
    } else lines.push(l);
  }
  return { lines, chains, before };
}

/**
 * A box line's text, its runs of spaces (the drawing's alignment) made one. A quoted string whose spacing is its
 * point (`"hello  world"`, two spaces, in a tokenizer chapter) keeps it, set as code the way a plan writes such a
 * string, since text type shows one space for many.
 */
export function clean(text: string): string {
  const parts = text.replace(/[\u2500-\u257F]/g, " ").split('"');
  // Outside quotes (even parts), and in a quote left open at the line's end, spaces are alignment.
  const quoted = (i: number): boolean => i % 2 === 1 && i < parts.length - 1;
  return parts
    .map((p, i) => (quoted(i) && /[^\s`] {2,}[^\s`]/.test(p) && !p.includes("`") ? `\`${p}\`` : p.replace(/\s+/g, " ")))
    .join('"')
    .trim();
}
