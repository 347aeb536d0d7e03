// A plan point that asks for the knobs picture itself: `Draw a DJ mixer with 6 knobs labelled w0 … w5`,
// `DJ 믹서처럼 노브 5개 그려주세요 (w1~w5)`, `knobs visual: θ1, θ2, θ3`. The writer tells the designer what to draw
// in that section's box; drawn as a bullet, the sheet tells its reader to draw a mixer. The ask becomes the knobs
// block in its own section (so it lands in that section's panel), labelled with what it names.
// A point that names the analogy in quotes (`Draw the "DJ Knobs" analogy`) is the analogy's (style.ts), not this.
import type { Block, Knobs } from "../../model/sheet.js";
import { richText } from "./rich.js";
import type { Plan } from "./plan.js";
import { sentences } from "./sentences.js";

/** At most this many knobs: a range like `w0 … w99` draws its first ones. */
export const MAX_KNOBS = 8;

/** The picture itself: knobs, dials, a DJ / audio mixer, a mixing desk (a bare "mixer" may be a token mixer). */
const PICTURE_EN = String.raw`(?:knobs?|dials?|(?:dj|audio|sound)\s+(?:mixer|console|deck|mixing\s+desk)|mixing\s+(?:desk|board|console))`;
const PICTURE = new RegExp(String.raw`\b${PICTURE_EN}\b|노브|다이얼|(?:DJ|디제이|오디오)\s*(?:믹서|콘솔)|믹싱\s*(?:콘솔|데스크|보드)`, "iu");
/** `Draw a DJ mixer …`, `Please sketch 6 knobs …`: a drawing verb, a few words, the picture (`show how …` explains). */
const ENGLISH_ASK = new RegExp(
  String.raw`^(?:please\s+|now\s+|also\s+|then\s+)?(?:draw|sketch|render|show|add|include|depict|illustrate|visuali[sz]e|put)\s+(?!how\b|that\b|why\b|what\b|when\b|where\b)(?:\S+\s+){0,4}?${PICTURE_EN}\b`,
  "i",
);
/** `노브 5개 그려주세요`, `다이얼로 시각화`: the picture named anywhere, with a Korean verb of drawing. */
const KOREAN_ASK = /그려|그리기|시각화|표현해|넣어|배치해|보여\s*주|표시해|그림\s*[:：]|그림으로/u;
/** `knobs visual: …`, `Visual: DJ mixer …`: the picture labelled as what to draw. */
const FORM = /^(?:\S+\s+){0,2}?(?:visual|diagram|drawing|sketch|graphic|picture|illustration|figure|그림|시각화|다이어그램|도식)\s*[:：]/iu;
/** `Knobs: w0, w1, w2`: the picture's name over its labels alone. */
const BARE_NAME = /^(?:(?:dj\s+)?knobs?|dials?|노브|다이얼)\s*[:：]/iu;
const ANALOGY = /analogy|metaphor|비유/i;

const SUBSCRIPT = /[₀-₉]/gu;
const LETTER = String.raw`[A-Za-zα-ωθ]`;
/** `w0 … w5`, `w1~w5`, `w0..w5`, `x1 - x4`, `w1 to w5`: a numbered name's first and last. */
const RANGE = new RegExp(String.raw`(${LETTER})_?(\d{1,3})\s*(?:…|\.{2,3}|~|〜|～|–|—|-|\bto\b|\bthrough\b)\s*(?:(${LETTER})_?)?(\d{1,3})(?!\d)`, "u");
/** `w0, w1, w2`, `θ1, θ2, θ3`: numbered names listed. */
const PARAMS = new RegExp(String.raw`(?<![A-Za-z])${LETTER}_?\d{1,3}(?:\s*[,、/]\s*${LETTER}_?\d{1,3})+`, "gu");
/** `labelled temperature, top-p, top-k` or after a colon: named items listed. */
const NAMED = /(?:[:：]|\blabell?ed\b|\bnamed\b|\bcalled\b|라벨|이름)\s*([^:：]+)$/iu;
/** `6 knobs`, `노브 5개`: how many the ask wants. */
const COUNT = /(\d{1,2})\s*(?:개의?\s*)?(?:knobs?|dials?|노브|다이얼)|(?:knobs?|dials?|노브|다이얼)\s*(\d{1,2})\s*개/iu;

export interface KnobAsk {
  /** The labels it names, when it names them. */
  labels?: string[];
  /** How many knobs it asks for (`6 knobs`), when it says. */
  count?: number;
}

const digits = (s: string): string => s.replace(SUBSCRIPT, (d) => String(d.charCodeAt(0) - 0x2080));

/** What the ask names its knobs: a range expanded, a list of numbered names, or a list after a label. */
function labelsOf(text: string): string[] | undefined {
  const r = RANGE.exec(text);
  if (r && (!r[3] || r[3] === r[1])) {
    const from = Number(r[2]);
    const to = Number(r[4]);
    if (to > from) return Array.from({ length: Math.min(to - from + 1, MAX_KNOBS) }, (_, k) => `${r[1]}${from + k}`);
  }
  const lists = [...text.matchAll(PARAMS)].map((m) => m[0].split(/\s*[,、/]\s*/));
  const longest = lists.sort((a, b) => b.length - a.length)[0];
  if (longest) return longest.slice(0, MAX_KNOBS);
  const named = NAMED.exec(text)?.[1]
    ?.replace(/[()（）]/g, "")
    .split(/\s*(?:,|、|;|\band\b|\bor\b)\s*/)
    .map((s) => s.replace(/^["“'‘]|["”'’.!]+$/g, "").trim())
    .filter((s) => s !== "");
  if (named && named.length >= 2 && named.every((s) => s.length <= 20)) return named.slice(0, MAX_KNOBS);
  return undefined;
}

/** Whether a point (or one sentence) asks to draw the knobs, and what it names them. */
export function knobsAsk(point: string): KnobAsk | undefined {
  const text = digits(point)
    .replace(/^[\s\p{Extended_Pictographic}\uFE0F\-–—•*>→]+/u, "")
    .trim();
  if (text === "" || text.length > 200 || /^["“'‘「]/.test(text) || ANALOGY.test(text) || !PICTURE.test(text)) return undefined;
  const labels = labelsOf(text);
  const asks = ENGLISH_ASK.test(text) || KOREAN_ASK.test(text) || FORM.test(text) || (BARE_NAME.test(text) && labels !== undefined);
  if (!asks) return undefined;
  const c = COUNT.exec(text);
  const count = c ? Number(c[1] ?? c[2]) : undefined;
  const ask: KnobAsk = {};
  if (labels) ask.labels = labels;
  if (count && count > 0) ask.count = Math.min(count, MAX_KNOBS);
  return ask;
}

export interface AskedKnobs {
  block: Knobs;
  ask: KnobAsk;
  /** The section it was asked in. */
  title: string;
}

/**
 * Take every knobs ask out of the plan's points and paragraphs; the first becomes a knobs block (labels still to
 * fill when the ask names none) right after the block it was asked in, in the same section. One per sheet: later
 * asks are only taken out. A point's nested points under an ask that names no labels are its labels.
 */
export function takeKnobsAsks(plan: Plan): AskedKnobs | undefined {
  let found: AskedKnobs | undefined;
  for (const section of plan.sections) {
    const out: Block[] = [];
    for (const block of section.blocks) {
      let ask: KnobAsk | undefined;
      let kept: Block | undefined = block;
      if (block.kind === "bullets") [kept, ask] = withoutAskedPoints(block);
      else if (block.kind === "paragraph") [kept, ask] = withoutAskedSentences(block);
      if (kept) out.push(kept);
      if (ask && !found) {
        found = { block: { kind: "knobs", knobs: (ask.labels ?? []).map((label) => ({ label })) }, ask, title: section.title };
        out.push(found.block);
      }
    }
    section.blocks = out;
  }
  return found;
}

type Bullets = Extract<Block, { kind: "bullets" }>;

function withoutAskedPoints(block: Bullets): [Block | undefined, KnobAsk | undefined] {
  let first: KnobAsk | undefined;
  const keep: number[] = [];
  const depth = (k: number): number => block.depths?.[k] ?? 0;
  for (let k = 0; k < block.items.length; k++) {
    const ask = knobsAsk(richText(block.items[k]!));
    if (!ask) {
      keep.push(k);
      continue;
    }
    // Points nested under the ask belong to it: its labels when it names none, never drawn as points.
    let end = k + 1;
    while (end < block.items.length && depth(end) > depth(k)) end++;
    const nested = block.items.slice(k + 1, end).map((r) => richText(r).trim()).filter((s) => s !== "" && s.length <= 20);
    if (!ask.labels && nested.length >= 2) ask.labels = nested.slice(0, MAX_KNOBS);
    first ??= ask;
    k = end - 1;
  }
  if (!first) return [block, undefined];
  if (keep.length === 0) return [undefined, first];
  const kept: Bullets = { ...block, items: keep.map((k) => block.items[k]!) };
  if (block.depths) kept.depths = keep.map((k) => block.depths![k]!);
  if (block.done) kept.done = keep.map((k) => block.done![k]!);
  return [kept, first];
}

function withoutAskedSentences(block: Extract<Block, { kind: "paragraph" }>): [Block | undefined, KnobAsk | undefined] {
  const text = richText(block.text);
  if (!PICTURE.test(text)) return [block, undefined];
  let first: KnobAsk | undefined;
  const dropped = new Uint8Array(text.length);
  for (const r of sentences(text)) {
    const ask = knobsAsk(text.slice(r.from, r.to));
    if (!ask) continue;
    first ??= ask;
    dropped.fill(1, r.from, r.to);
  }
  if (!first) return [block, undefined];
  const rich = [];
  let at = 0;
  for (const span of block.text) {
    let kept = "";
    for (let i = 0; i < span.text.length; i++) if (!dropped[at + i]) kept += span.text[i];
    at += span.text.length;
    if (kept.trim() !== "") rich.push({ ...span, text: kept });
  }
  if (rich[0]) rich[0] = { ...rich[0], text: rich[0].text.replace(/^\s+/, "") };
  const last = rich.at(-1);
  if (last) rich[rich.length - 1] = { ...last, text: last.text.replace(/\s+$/, "") };
  return [rich.length ? { ...block, text: rich } : undefined, first];
}
