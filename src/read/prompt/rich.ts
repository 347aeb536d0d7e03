// Rich text helpers: mdast phrasing → spans, `**…**` in plain lines → spans, key-term bolding.
import type { Rich, Span } from "../../model/sheet.js";
import { plainText } from "./sections.js";

/** Inline mdast children → spans. Only bold survives; other marks keep their text. */
export function richFromInline(children: unknown[]): Rich {
  const spans: Span[] = [];
  const walk = (node: unknown, bold: boolean): void => {
    const n = node as { type?: string; value?: string; children?: unknown[] };
    if (n.type === "strong") {
      for (const c of n.children ?? []) walk(c, true);
    } else if (n.type === "text" || n.type === "inlineCode") {
      push(spans, n.value ?? "", bold);
    } else if (n.type === "break") {
      push(spans, " ", bold);
    } else if (Array.isArray(n.children)) {
      for (const c of n.children) walk(c, bold);
    } else {
      push(spans, plainText(n), bold);
    }
  };
  for (const c of children) walk(c, false);
  return tidy(spans);
}

/** A plain line that may hold `**bold**` runs (ASCII diagram text is not parsed by remark). */
export function richFromLine(line: string): Rich {
  const spans: Span[] = [];
  const parts = line.split(/\*\*(.+?)\*\*/);
  parts.forEach((part, i) => push(spans, part, i % 2 === 1));
  return tidy(spans);
}

export function richText(rich: Rich): string {
  return rich.map((s) => s.text).join("");
}

function push(spans: Span[], text: string, bold: boolean): void {
  if (text === "") return;
  const last = spans[spans.length - 1];
  if (last && Boolean(last.bold) === bold) last.text += text;
  else spans.push(bold ? { text, bold: true } : { text });
}

/** Merge neighbours, collapse whitespace, trim the ends. */
export function tidy(spans: Span[]): Rich {
  const merged: Span[] = [];
  for (const s of spans) push(merged, s.text.replace(/\s+/g, " "), Boolean(s.bold));
  const first = merged[0];
  if (first) first.text = first.text.replace(/^\s+/, "");
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, "");
  return merged.filter((s) => s.text !== "");
}

const ASCII_WORD = /^[A-Za-z0-9]/;

/** Where `term` first occurs in `text` as a whole word (ASCII terms) or as a prefix run (Hangul,
 * which glues particles onto words: 파라미터 in 파라미터를). */
function findTerm(text: string, term: string): number {
  const hay = text.toLowerCase();
  const needle = term.toLowerCase();
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return -1;
    const before = hay[at - 1] ?? " ";
    const after = hay[at + needle.length] ?? " ";
    const okBefore = !/[\p{L}\p{N}]/u.test(before);
    const okAfter = ASCII_WORD.test(needle) ? !/[a-z0-9]/.test(after) : true;
    if (okBefore && okAfter) return at;
    from = at + 1;
  }
}

/** Bold the first occurrence of each key term in one line; existing bold runs stay as they are. */
export function boldKeyTerms(rich: Rich, terms: string[]): Rich {
  const sorted = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  let spans: Span[] = rich.map((s) => ({ ...s }));
  const done = new Set<string>();
  // A term already bold in the line counts as its first occurrence.
  for (const s of spans) if (s.bold) for (const t of sorted) if (findTerm(s.text, t) >= 0) done.add(t);
  for (const term of sorted) {
    if (done.has(term)) continue;
    const next: Span[] = [];
    let marked = false;
    for (const s of spans) {
      const at = marked || s.bold ? -1 : findTerm(s.text, term);
      if (at < 0) {
        next.push(s);
        continue;
      }
      marked = true;
      next.push({ text: s.text.slice(0, at) }, { text: s.text.slice(at, at + term.length), bold: true });
      next.push({ text: s.text.slice(at + term.length) });
    }
    if (marked) done.add(term);
    spans = next.filter((s) => s.text !== "");
  }
  const out: Span[] = [];
  for (const s of spans) push(out, s.text, Boolean(s.bold));
  return out;
}
