// A rich text's words for line breaking: where a line may break (spaces; in a word wider than its box, after
// punctuation or between graphemes), and which marks hold to the word before them.
import type { Rich, Span } from "../model/sheet.js";
import { lookWidth, type Look } from "./inline.js";
import { graphemes } from "../fonts/graphemes.js";

function lookOf(span: Span): Look {
  const look: Look = { bold: span.bold === true };
  if (span.italic) look.italic = true;
  if (span.code) look.code = true;
  if (span.strike) look.strike = true;
  if (span.href) look.href = span.href;
  return look;
}

export const PLAIN: Look = { bold: false };

export function same(a: Look, b: Look): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.strike === b.strike && a.href === b.href;
}

/** A look and its text, the look's fields copied (never the object shared, as pieces grow in place). */
export function part(text: string, look: Look): Look & { text: string } {
  const out: Look & { text: string } = { text, bold: look.bold };
  if (look.italic) out.italic = true;
  if (look.code) out.code = true;
  if (look.strike) out.strike = true;
  if (look.href) out.href = look.href;
  return out;
}

export interface Word {
  /** Pieces of the word (a word can change look mid-way: **키**워드). */
  parts: (Look & { text: string })[];
  /** The space that follows it, if any. */
  space: (Look & { text: string }) | undefined;
}

// Auto-fit wraps the same paragraph at many sizes; its words never change.
const wordsOf = new WeakMap<Rich, readonly Word[]>();

export function words(rich: Rich): Word[] {
  let found = wordsOf.get(rich);
  if (!found) wordsOf.set(rich, (found = glued(splitWords(rich))));
  return [...found];
}

/** A lone mark that rates the word before it (`메모리 ↓,`, `9.11 비교 ❌`), or lone closing punctuation typed
 * after a space (`4 : 1`, `done !`): never the first thing on a line. */
const MARK = /^(?:[↑↓⬆⬇✓✔✗✘✅❌⭕️]+[.,;:!?)]*|[,;:!?)\]}、。」』]+)$/u;

/** Each lone mark joined to the word before it, the space between kept, so a line never starts with it. */
function glued(ws: Word[]): Word[] {
  const out: Word[] = [];
  for (const word of ws) {
    const prev = out[out.length - 1];
    if (prev?.space && !prev.space.code && MARK.test(word.parts.map((p) => p.text).join(""))) {
      out[out.length - 1] = { parts: [...prev.parts, prev.space, ...word.parts], space: word.space };
    } else out.push(word);
  }
  return out;
}

function splitWords(rich: Rich): Word[] {
  const out: Word[] = [];
  let current: Word = { parts: [], space: undefined };
  for (const span of rich) {
    const look = lookOf(span);
    for (const token of span.text.split(/(\s+)/)) {
      if (token === "") continue;
      if (/^\s+$/.test(token)) {
        if (current.parts.length > 0) {
          // Code keeps its run of spaces (`hello  world` is not `hello world`); prose has one.
          current.space = part(look.code ? token.replace(/\s/g, " ") : " ", look);
          out.push(current);
          current = { parts: [], space: undefined };
        }
        continue;
      }
      current.parts.push(part(token, look));
    }
  }
  if (current.parts.length > 0) out.push(current);
  return out;
}


/** Characters a long word (code, a path, a URL) may break after, as a person would: `"strawberry".` | `count("r")`. */
const BREAK_AFTER = /[.,/\\_:;\-–—)]/u;
/** Nor before an opening bracket. */
const BREAK_BEFORE = /[([{]/u;

/**
 * Split an over-wide word so each piece fits: after the last punctuation that leaves the piece at least half
 * the width (a call breaks at its dot, a path at its slash), else between graphemes.
 */
export function splitWord(word: Word, maxWidth: number, px: number): Word[] {
  const segs = word.parts.flatMap((p) => graphemes(p.text).map((text) => ({ text, p, w: lookWidth(text, p, px) })));
  const out: Word[] = [];
  let start = 0;
  let width = 0;
  let cut = -1;
  let cutWidth = 0;
  const take = (a: number, b: number, space: Word["space"]): void => {
    const parts: Word["parts"] = [];
    for (const s of segs.slice(a, b)) {
      const last = parts[parts.length - 1];
      if (last && same(last, s.p)) last.text += s.text;
      else parts.push(part(s.text, s.p));
    }
    out.push({ parts, space });
  };
  for (let i = 0; i < segs.length; i++) {
    const g = segs[i]!;
    if (width + g.w > maxWidth && width > 0) {
      const at = cut > start && cutWidth >= maxWidth * 0.5 ? cut : i;
      take(start, at, undefined);
      width = segs.slice(at, i).reduce((sum, s) => sum + s.w, 0);
      start = at;
      cut = -1;
    }
    width += g.w;
    // A number's separators hold it together: 40,000 and 3.14 are not broken after their comma or point.
    const inNumber = /^[.,]$/.test(g.text) && /\d/.test(segs[i - 1]?.text ?? "") && /\d/.test(segs[i + 1]?.text ?? "");
    if (BREAK_BEFORE.test(segs[i + 1]?.text ?? "") || (BREAK_AFTER.test(g.text) && !inNumber)) {
      cut = i + 1;
      cutWidth = width;
    }
  }
  take(start, segs.length, word.space);
  return out;
}

