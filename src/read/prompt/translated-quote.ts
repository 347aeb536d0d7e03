// One saying given twice, once in each language: a section's point quotes the lecturer in English
// (`Karpathy: "It doesn't have a persistent existence … every single person."`) and the quotes section gives it
// again in Korean (`"모델은 어떤 의미에서도 지속적으로 존재하지 않습니다. …"`). Word for word they share
// nothing, so the same-quote checks never meet them, and the sheet drew the saying twice, once as a point and
// once as a quote. The two are told by their meaning: the vocabulary's keys (lexicon.ts; loanwords by sound)
// that both say, three at least and a fifth of the shorter's, the one such pair. The quote keeps its place and
// takes the other language as its gloss in brackets, the form a quote and its translation are read in; the
// point that only quoted it, a speaker's name at most beside the marks, is then not drawn again.
import type { Block, Rich } from "../../model/sheet.js";
import type { Plan } from "./plan.js";
import { richText } from "./rich.js";
import { wordSet } from "./words.js";

const HANGUL = /\p{Script=Hangul}/gu;
const LATIN = /[A-Za-z]/g;
// Words in marks, five at least: a quote in a point's running words.
const INLINE = /[“"「『]([^”"」』]{12,})[”"」』]/g;
// The course's subject says nothing of which saying it is.
const SUBJECT = new Set(["model", "모델"]);

type Lang = "ko" | "en" | undefined;

function langOf(text: string): Lang {
  const ko = text.match(HANGUL)?.length ?? 0;
  const en = text.match(LATIN)?.length ?? 0;
  if (ko >= 2 * en && ko >= 8) return "ko";
  if (en >= 4 * ko && en >= 20) return "en";
  return undefined;
}

function keys(text: string): Set<string> {
  return new Set([...wordSet(text)].filter((k) => !SUBJECT.has(k)));
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

interface Said {
  block: Block & { kind: "bullets" };
  item: number;
  words: string;
  lang: Lang;
  keys: Set<string>;
  /** Whether the point is only the quote, a speaker's name at most beside it. */
  only: boolean;
}

function inlineQuotes(block: Block & { kind: "bullets" }): Said[] {
  return block.items.flatMap((rich, item) => {
    const text = richText(rich);
    return [...text.matchAll(INLINE)].flatMap((m) => {
      const words = m[1]!.trim();
      if (words.split(/\s+/).length < 5) return [];
      const rest = text.replace(m[0], " ").replace(/[\p{P}\p{S}\s]+/gu, " ").trim();
      return [{ block, item, words, lang: langOf(words), keys: keys(words), only: rest.split(" ").filter(Boolean).length <= 2 }];
    });
  });
}

export function joinTranslatedQuotes(plan: Plan): void {
  const quotes = plan.sections.flatMap((s) => s.blocks.filter((b): b is Block & { kind: "quote" } => b.kind === "quote").map((q) => ({ q, s })));
  if (quotes.length === 0) return;
  const points = plan.sections.flatMap((s) => s.blocks.filter((b): b is Block & { kind: "bullets" } => b.kind === "bullets").flatMap((b) => inlineQuotes(b).map((p) => ({ p, s }))));
  const taken = new Set<Said>();
  const drop: Said[] = [];
  for (const { q, s } of quotes) {
    const text = richText(q.text);
    // A quote glossed already (`"…" (…)`) has its translation.
    if (/[)）]\s*$/.test(text)) continue;
    const lang = langOf(text);
    if (!lang) continue;
    const mine = keys(text);
    const fits = points.filter(({ p, s: ps }) => ps !== s && !taken.has(p) && p.lang && p.lang !== lang && (() => {
      const n = shared(mine, p.keys);
      return n >= 3 && n >= 0.2 * Math.min(mine.size, p.keys.size);
    })());
    // Only one saying of the other language may fit: two would leave which one it translates a guess.
    if (fits.length !== 1) continue;
    const { p } = fits[0]!;
    taken.add(p);
    q.text = [...q.text, { text: ` (${p.words})` }] as Rich;
    if (p.only) drop.push(p);
  }
  for (const s of plan.sections) {
    for (const b of s.blocks) {
      if (b.kind !== "bullets") continue;
      const gone = new Set(drop.filter((d) => d.block === b).map((d) => d.item));
      // A point with points nested under it keeps its place: they hang from it.
      for (const i of gone) if ((b.depths?.[i + 1] ?? 0) > (b.depths?.[i] ?? 0)) gone.delete(i);
      if (gone.size === 0) continue;
      b.items = b.items.filter((_, i) => !gone.has(i));
      if (b.depths) b.depths = b.depths.filter((_, i) => !gone.has(i));
      if (b.done) b.done = b.done.filter((_, i) => !gone.has(i));
    }
    s.blocks = s.blocks.filter((b) => b.kind !== "bullets" || b.items.length > 0);
  }
}
