// A page laid out in a talk's slides: the plan is one section per slide (`## Slide 3: 🔁 …`) and the layout says
// which slides share a row (`- Slides 2–4 go in the top row (30%)`, `- Slide 1 = 맨 위 제목 띠 (10%)`), which one is
// wide (`Slide 5 is the wide one, about 60%`) and which one stays off the sheet (`Slide 9 (Q&A)는 빼 주세요`).
// The title slide is the banner (its line under the title says what the metadata says); each other slide named is
// a box in its row.
import type { PlanSection } from "./plan.js";
import type { GridShape } from "./grid-words.js";
import type { PromptDoc, Section } from "./sections.js";

export interface SlideLayout {
  shape: GridShape;
  /** The plan's sections in the rows' order, row by row, as many as `shape.groups` says. */
  sections: PlanSection[];
  /** The slides that are no box: the title slide and those the layout leaves off the sheet. */
  dropped: Set<PlanSection>;
}

const WORD = "(?:slides?|슬라이드)";
/** `Slide 3`, `Slides 2–4`, `Slides 7 and 8`, `슬라이드 5~6`, `Slide #2, 3 & 4`. */
const REF = new RegExp(`${WORD}\\s*#?\\s*(\\d{1,2})((?:\\s*(?:[–~—-]|to|through|,|and|&|\\+|와|과|및|·|\\/)\\s*(?:${WORD}\\s*#?\\s*)?\\d{1,2}(?!\\d))*)`, "giu");
/** A slide heading as written: `## Slide 3: …`, `**Slide 3 —**`, `### 슬라이드 3.`. */
const HEADING = new RegExp(`^[\\s#*_>]*${WORD}\\s*#?\\s*(\\d{1,2})(?!\\d)`, "iu");
const LEAVE_OUT = /빼|제외|생략|필요\s*없|그리지|안\s*(?:그려|넣어)|\bskip|\bleave\b[^.]*\bout\b|left\s+out|\bomit|\bdrop\b|not\s+(?:on|in)\s+the\s+(?:sheet|page)|don'?t\s+(?:draw|include|need)/i;
const TITLE = /제목|타이틀|\btitle\b|banner|배너|헤더|header|표지|cover/i;
const WIDE = /\bwide\b|\bwider\b|width|폭|너비|넓/i;
const PERCENT = /(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*[%％]/gu;
const BRACKETED = /[(（][^()（）]*?(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*[%％][^()（）]*[)）]/gu;

/** The slide numbers one mention names: `2–4` is 2, 3 and 4; `7 and 8` both. */
function numbersOf(first: string, more: string): number[] {
  const out = [Number(first)];
  for (const m of more.matchAll(/([–~—-]|to|through)?\s*(?:slides?|슬라이드)?\s*#?\s*(\d{1,2})(?!\d)/giu)) {
    const n = Number(m[2]);
    const from = out[out.length - 1]!;
    if (m[1] && n > from && n - from < 20) for (let k = from + 1; k <= n; k++) out.push(k);
    else out.push(n);
  }
  return out;
}

interface SaidRow {
  slides: number[];
  height?: number;
  widths: Map<number, number>;
  title: boolean;
}

/** One line of the layout: the slides it names, in its order, and what it says of them. */
function readLine(line: string): { slides: number[]; out: boolean; row: SaidRow } | undefined {
  const slides: number[] = [];
  for (const m of line.matchAll(REF)) for (const n of numbersOf(m[1]!, m[2] ?? "")) if (!slides.includes(n)) slides.push(n);
  if (slides.length === 0) return undefined;
  const widths = new Map<number, number>();
  let height = [...line.matchAll(BRACKETED)].map((m) => Number(m[1])).at(-1);
  const bracketed = new Set([...line.matchAll(BRACKETED)].map((m) => m.index! + m[0].indexOf(m[1]!)));
  // `Slide 5 is the wide one, about 60%`: a clause naming one slide and its width.
  let at = 0;
  for (const clause of line.split(/(?<=[;；.。])\s+|\s+(?:and|but)\s+(?=slide)/i)) {
    const start = line.indexOf(clause, at);
    at = start + clause.length;
    const named = [...clause.matchAll(REF)].flatMap((m) => numbersOf(m[1]!, m[2] ?? ""));
    for (const m of clause.matchAll(PERCENT)) {
      if (bracketed.has(start + m.index!)) continue;
      if (named.length === 1 && slides.length > 1 && WIDE.test(clause)) widths.set(named[0]!, Number(m[1]));
      else height ??= Number(m[1]);
    }
  }
  const title = slides.length === 1 && TITLE.test(line.replace(REF, ""));
  return { slides, out: LEAVE_OUT.test(line), row: { slides, widths, title, ...(height !== undefined ? { height } : {}) } };
}

/** The slide a plan section is, by its heading as written. */
function slideOf(doc: PromptDoc, s: PlanSection): number | undefined {
  const m = HEADING.exec(doc.lines[s.line - 1] ?? "");
  return m ? Number(m[1]) : undefined;
}

/** The rows a layout said in slides gives, when the plan's sections are those slides; undefined otherwise. */
export function slideLayout(doc: PromptDoc, section: Section, sections: PlanSection[]): SlideLayout | undefined {
  const bySlide = new Map<number, PlanSection>();
  for (const s of sections) {
    const n = slideOf(doc, s);
    if (n !== undefined && !bySlide.has(n)) bySlide.set(n, s);
  }
  if (bySlide.size < 2) return undefined;
  const next = doc.sections[doc.sections.indexOf(section) + 1];
  const end = next ? next.line - 1 : doc.lines.length;
  const rows: SaidRow[] = [];
  const out = new Set<number>();
  for (const line of doc.lines.slice(section.line, end)) {
    const said = readLine(line);
    if (!said) continue;
    if (said.out) said.slides.forEach((n) => out.add(n));
    else rows.push(said.row);
  }
  // Every slide a row names must be one of the plan's, and a slide is in one row only.
  const placed = rows.flatMap((r) => r.slides);
  if (placed.length === 0 || placed.some((n) => !bySlide.has(n)) || new Set(placed).size !== placed.length) return undefined;
  const titleRow = rows.findIndex((r) => r.title);
  const content = rows.filter((_, k) => k !== titleRow);
  if (content.length === 0) return undefined;
  const dropped = new Set([...out].flatMap((n) => (bySlide.has(n) && !placed.includes(n) ? [bySlide.get(n)!] : [])));
  const head = titleRow >= 0 ? bySlide.get(rows[titleRow]!.slides[0]!)! : undefined;
  if (head) dropped.add(head);
  const shape: GridShape = { groups: content.map((r) => r.slides.length) };
  const title = titleRow >= 0 ? rows[titleRow]!.height : undefined;
  const heights = content.map((r) => r.height);
  if (heights.some((h) => h !== undefined)) {
    // Rows left unsaid share what the said ones leave.
    const left = 100 - (title ?? 0) - heights.reduce<number>((s, h) => s + (h ?? 0), 0);
    const unsaid = heights.filter((h) => h === undefined).length;
    if (left > 0 || unsaid === 0) {
      shape.ratios = heights.map((h) => h ?? left / unsaid);
      if (title !== undefined) shape.title = title;
    }
  }
  if (content.some((r) => r.widths.size > 0)) shape.widths = content.map((r) => r.slides.map((n) => (r.widths.has(n) ? r.widths.get(n)! / 100 : undefined)));
  if (head) shape.banner = `${head.emoji ? `${head.emoji} ` : ""}${head.title}`;
  const layout: SlideLayout = { shape, sections: content.flatMap((r) => r.slides.map((n) => bySlide.get(n)!)), dropped };
  return layout;
}
