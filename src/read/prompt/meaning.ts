// What each panel is about, in the document's own words, and how well a plan item or quote matches it.
// A panel is described by its title (and the ratio table's 내용/content entry for it), the lines and
// schematic drawn in its box, and the terms the document itself pairs with its title words: a table row
// pairs its first cell with the rest (`Parameters | 조절 가능한 가중치`), a mind map pairs a branch with
// its leaves. A word shared by many panels says little, so each word's weight is divided by the number
// of panels that use it (its square root: a title word shared by two panels still counts for both). Scores come with the words that made them, for the report's reasons.
import type { Block, MindNode, Panel } from "../../model/sheet.js";
import { blockText } from "../../model/block-text.js";

export { blockText };
import { richText } from "./rich.js";
import { namesIn, plain, writtenWords } from "./names.js";
import { commonness, hasWord, isCommon, isTelling, joinedNames, matchLabel, wordIn, wordSet } from "./words.js";

/** Weights of a word by where the panel says it. */
const W_TITLE = 3;
const W_ABOUT = 2;
const W_LEAD = 1.5;
const W_PAIR = 0.75;
const W_CONTENT = 0.5;

export interface Profile {
  title: Set<string>;
  /** The ratio table's content entry for this panel. */
  about: Set<string>;
  /** Lead lines and the schematic drawn in the box. */
  lead: Set<string>;
  /** Terms the document pairs with the title words. */
  pairs: Set<string>;
  /** Words of the blocks already pinned to the panel by title or emoji. */
  content: Set<string>;
  /** Its title, box lines and pinned blocks as plain lowercase words, stop words included, for phrases. */
  text: string;
  /** Each line drawn in its box (lead lines, schematic labels) as its words, for a quote saying one again. */
  lines: { text: string; words: Set<string> }[];
  /** Each point of the bullet lists pinned here, as its words: restated only with a word no other panel says. */
  points: { text: string; words: Set<string> }[];
  /** Capital letters standing alone in its title (`X (Twitter)`): a name too short to be a word. */
  letters: Set<string>;
  emoji?: string;
}

export interface Match {
  score: number;
  /** Matched words, strongest first. */
  words: string[];
}

/** Word → the words the document pairs it with (both directions). */
export type Pairs = Map<string, Set<string>>;

export function pairsOf(blocks: Block[]): Pairs {
  const pairs: Pairs = new Map();
  const link = (a: Set<string>, b: Set<string>): void => {
    for (const x of a) for (const y of b) {
      if (x === y) continue;
      if (!pairs.has(x)) pairs.set(x, new Set());
      if (!pairs.has(y)) pairs.set(y, new Set());
      pairs.get(x)!.add(y);
      pairs.get(y)!.add(x);
    }
  };
  const leaves = (n: MindNode): string[] => (n.children.length ? n.children.flatMap(leaves) : [n.label]);
  for (const b of blocks) {
    if (b.kind === "table") {
      for (const row of b.rows) link(wordSet(richText(row[0] ?? [])), wordSet(row.slice(1).map(richText).join(" ")));
    } else if (b.kind === "mindmap") {
      for (const branch of b.root.children) link(wordSet(branch.label), wordSet(leaves(branch).join(" ")));
    }
  }
  return pairs;
}

export function profileOf(panel: Panel, about: string, schematic: string[], pairs: Pairs, content: Block[] = [], headings: string[] = []): Profile {
  const title = wordSet(panel.title);
  const aboutWords = wordSet(about);
  const lead = wordSet(arrowsSaid([...panel.lead.map(richText), ...schematic].join(" ")));
  const near = new Set<string>();
  for (const w of [...title, ...aboutWords]) for (const p of pairs.get(w) ?? []) near.add(p);
  // The headings of the plan sections placed here say what their blocks are about, as the blocks do.
  const said = [...content.map(blockText), ...headings];
  const text = plain([panel.title, ...panel.lead.map(richText), ...said].join(" "));
  const asLines = (texts: string[]) => texts.map((text) => ({ text: text.trim(), words: wordSet(text) })).filter((l) => l.words.size >= ECHO_WORDS);
  const lines = asLines([...panel.lead.map(richText), ...schematic]);
  const points = asLines(content.flatMap((b) => (b.kind === "bullets" ? b.items.map(richText) : [])));
  const profile: Profile = { title, about: aboutWords, lead, pairs: near, content: wordSet(said.join(" ")), text, lines, points, letters: lettersIn(panel.title) };
  if (panel.emoji) profile.emoji = panel.emoji;
  return profile;
}

/** The weight of a word in a panel and the panel's word it matched (a loanword may match across scripts). */
function hitIn(p: Profile, w: string): [number, string] | undefined {
  const places: [Set<string>, number][] = [[p.title, W_TITLE], [p.about, W_ABOUT], [p.lead, W_LEAD], [p.pairs, W_PAIR], [p.content, W_CONTENT]];
  for (const [set, weight] of places) {
    const m = wordIn(set, w);
    if (m !== undefined) return [weight, m];
  }
  return undefined;
}

/**
 * Capital letters standing alone (`X (Twitter)`, `on X.`), as names: not `A` or `I`, which are words, and in a
 * quote (`inText`) not one opening a sentence.
 */
function lettersIn(text: string, inText = false): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’.-])([B-HJ-Z])(?![\p{L}\p{N}'’-])/gu)) {
    const before = text.slice(0, m.index).trimEnd();
    if (inText && (before === "" || /[.!?:"“]$/.test(before))) continue;
    out.add(m[1]!);
  }
  return out;
}

/** A quote saying again at least this many words of one box line, and most of that line, restates it. */
const ECHO_WORDS = 3;
const ECHO_SHARE = 2 / 3;

/** Telling words a quote says again of a pinned point, at least, to restate it (`pointSaid`). */
const ECHO_TELLING = 2;

/** How many words of a box line the quote says again, when that restates the line; else 0. */
function said(line: Set<string>, quote: Set<string>): number {
  let n = 0;
  for (const w of line) if (hasWord(quote, w)) n++;
  return n >= ECHO_WORDS && n >= line.size * ECHO_SHARE ? n : 0;
}

/**
 * The telling words of a line (none any sentence says, nor the course's `model`) a quote says again, when it says
 * `ECHO_TELLING` of them and most of them; else none. Fewer words than `said` asks, so the caller asks more of them.
 */
function tellingSaid(line: Set<string>, quote: Set<string>): string[] {
  const telling = [...line].filter(isTelling);
  const hits = telling.filter((w) => hasWord(quote, w));
  return hits.length >= ECHO_TELLING && hits.length >= telling.length * ECHO_SHARE ? hits : [];
}

/** A box's notes write "more" and "fewer" as arrows after a word (심볼↑ 길이↓): what it is about says the word. */
function arrowsSaid(text: string): string {
  return text.replace(/[↑⬆]/gu, " more ").replace(/[↓⬇]/gu, " less ");
}

const bare = (e: string): string => e.replace(/\uFE0F/g, "");

export function sameEmoji(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && bare(a) === bare(b);
}

/** Whether a panel is named by a section's emoji: its own, or a line of its box that writes the section's emoji
 * with a word of its title (`+ 💬 명언 / 📌 핵심 정리` under the box's title: what else the writer puts there). */
export function namesSection(panel: Panel, emoji: string | undefined, title: string): boolean {
  if (sameEmoji(emoji, panel.emoji)) return true;
  if (!emoji) return false;
  const words = wordSet(title);
  return panel.lead.some((l) => {
    const text = bare(richText(l));
    const at = text.indexOf(bare(emoji));
    return at >= 0 && [...wordSet(text.slice(at + bare(emoji).length))].some((w) => words.has(w));
  });
}

/** Scores items against a fixed set of panel profiles; word rarity is counted once per word. */
export class Matcher {
  private df = new Map<string, number>();
  // Every item is scored against every panel, and items share words: each (panel, word) is looked up once.
  private hits: Map<string, [number, string] | undefined>[];
  constructor(readonly profiles: Profile[]) {
    this.hits = profiles.map(() => new Map());
  }

  private hit(k: number, w: string): [number, string] | undefined {
    const memo = this.hits[k]!;
    if (memo.has(w)) return memo.get(w);
    const h = hitIn(this.profiles[k]!, w);
    memo.set(w, h);
    return h;
  }

  private rarity(w: string): number {
    let n = this.df.get(w);
    if (n === undefined) {
      // Counted over what the panels say about themselves: a word the pinned content repeats everywhere
      // (a takeaways list names every topic) does not make a panel's own words common.
      n = this.profiles.filter((_, k) => (this.hit(k, w)?.[0] ?? 0) > W_CONTENT).length;
      // A word the chapter says in most of its panels, content and all (`모델` in a chapter on models), tells
      // little even in the one title that names it: it counts as common as half the panels saying it.
      const all = this.profiles.filter((_, k) => this.hit(k, w) !== undefined).length;
      n = Math.max(n, all >= this.profiles.length / 2 ? all : 1);
      this.df.set(w, n);
    }
    return 1 / Math.sqrt(Math.max(1, n));
  }

  /** `words` with their weight on the item's side (a section's title words count more than its content). */
  match(k: number, words: Map<string, number>): Match {
    // Keyed by the panel's word: a quote glossing itself (`model … (모델은 …)`) says one word twice, and it counts once.
    const hits = new Map<string, [string, number]>();
    let telling = false;
    for (const [w, itemWeight] of words) {
      const hit = this.hit(k, w);
      const v = (hit?.[0] ?? 0) * this.rarity(w) * itemWeight * commonness(w);
      if (v > 0 && v > (hits.get(hit![1])?.[1] ?? 0)) hits.set(hit![1], [matchLabel(w, hit![1]), v]);
      if (v > 0 && !isCommon(w)) telling = true;
    }
    // Words any sentence says (`one`, `use`) only add to a match a word of the topic made: an item sharing nothing
    // else with a panel is not about it, however its title says them.
    if (!telling) return { score: 0, words: [] };
    const ranked = [...hits.values()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return { score: ranked.reduce((s, h) => s + h[1], 0), words: ranked.map((h) => h[0]) };
  }

  /**
   * A quote can repeat a phrase the panel writes in words too common to match ("the the the the the"):
   * three words in a row it shares with the panel's box or content, said verbatim, count as a lead word for
   * every word the run holds past the first, so a phrase outweighs a word or two the quote shares elsewhere.
   * Words are counted as written: a contraction is one ("I don't" is two words, not the phrase i / don / t).
   */
  phrase(k: number, quote: string): Match {
    const { words, starts } = writtenWords(quote);
    const written = (i: number, end: number): number => starts.slice(i, end).filter(Boolean).length;
    const says = (p: Profile, run: string[]): boolean => ` ${p.text} `.includes(` ${run.join(" ")} `);
    const p = this.profiles[k]!;
    // A one-letter name (`on X`) the panel's title stands alone: the quote names the panel.
    for (const letter of lettersIn(quote, true)) {
      if (!p.letters.has(letter)) continue;
      return { score: W_TITLE / Math.sqrt(this.profiles.filter((q) => q.letters.has(letter)).length), words: [letter] };
    }
    // A name of two words or more (LM Arena, AI News) the panel writes too: the quote is about what it names.
    for (const name of namesIn(quote)) {
      if (!says(p, name)) continue;
      const panels = this.profiles.filter((q) => says(q, name)).length;
      return { score: (W_LEAD * name.length) / Math.sqrt(panels), words: [name.join(" ")] };
    }
    for (let i = 0; i + 3 <= words.length; i++) {
      if (!says(p, words.slice(i, i + 3))) continue;
      let end = i + 3;
      while (end < words.length && says(p, words.slice(i, end + 1))) end++;
      const n = written(i, end);
      if (n < 3) continue;
      const run = words.slice(i, end);
      const panels = this.profiles.filter((q) => says(q, run)).length;
      const label = run.length > 4 ? `${run.slice(0, 4).join(" ")} …` : run.join(" ");
      return { score: (W_LEAD * (n - 1)) / Math.sqrt(panels), words: [label] };
    }
    return { score: 0, words: [] };
  }

  /**
   * A quote can say one line of the box again in other words, or in the other language ("긴 작업, 사람=감독" and
   * "agents that perform tasks over long periods, and humans will be supervisors"): sharing ECHO_WORDS or more
   * of a line's words, and most of them, it restates that line, and counts a lead word for every shared word
   * past the first, as a phrase said verbatim does.
   */
  echo(k: number, quote: Set<string>): Match {
    let best: { text: string; n: number } | undefined;
    for (const line of this.profiles[k]!.lines) {
      const n = said(line.words, quote);
      // A line saying what another panel's title says (a chain over the page's topics, `윈도우 → 확률 100,277개 →
      // …`, beside the `OUTPUT: 100,277 확률` box) stands for that panel: a quote saying it again is about that one.
      if (n > 0 && this.namesOther(k, [...line.words].filter((w) => hasWord(quote, w)))) continue;
      if (n > (best?.n ?? 0)) best = { text: line.text, n };
    }
    if (!best) best = this.pointSaid(k, quote);
    if (!best) return { score: 0, words: [] };
    return { score: (W_LEAD * (best.n - 1)) / Math.sqrt(this.echoes(quote)), words: [`≈ ${best.text}`] };
  }

  /**
   * A point of the list pinned to the panel, said again in two of its telling words of which one no other panel
   * says anywhere: "Use it as a tool, not as something infallible" is 책임's `모델 = 무오류 존재 ❌ / 도구 ✅`
   * (무오류 is that panel's alone), however `tool` is another panel's title. Two words other panels say too are no
   * restatement of this panel's point (a box line needs three, `said`).
   */
  private pointSaid(k: number, quote: Set<string>): { text: string; n: number } | undefined {
    const own = (w: string): boolean => this.profiles.every((_, j) => j === k || this.hit(j, w) === undefined);
    for (const point of this.profiles[k]!.points) {
      // A point written `label: …` (`assistant: 라벨러의 통계적 시뮬레이션`, `출력: 오디오 토큰 → 음성`) is about its
      // label: a quote not saying it restates another side of the comparison.
      const label = /^([^:：]{1,30})[:：]/u.exec(point.text)?.[1];
      if (label && ![...wordSet(label)].some((w) => hasWord(quote, w))) continue;
      const hits = tellingSaid(point.words, quote);
      // One lead word, however many it shares: a list's point says less of what the box is about than the box's
      // own lines, and a quote it matches better than a second panel must still go there when its own is full.
      if (hits.some(own)) return { text: point.text, n: ECHO_TELLING };
    }
    return undefined;
  }

  /** Whether another panel's title says every one of `words`. */
  private namesOther(k: number, words: string[]): boolean {
    return this.profiles.some((p, j) => j !== k && words.every((w) => hasWord(p.title, w)));
  }

  /** How many panels have a box line the quote restates (a restatement of every panel says little). */
  private echoes(quote: Set<string>): number {
    let n = this.echoCount.get(quote);
    if (n === undefined) this.echoCount.set(quote, (n = Math.max(1, this.profiles.filter((p) => p.lines.some((line) => said(line.words, quote) > 0)).length)));
    return n;
  }
  private echoCount = new WeakMap<Set<string>, number>();

  /** Whether `title` says every word of the panel's title. */
  wholeTitle(k: number, title: string): boolean {
    const p = this.profiles[k]!;
    const words = wordSet(title);
    return p.title.size > 0 && [...p.title].every((w) => hasWord(words, w));
  }

  /**
   * A title word of the item in the panel's title or content entry: the item is named after the panel. A word any
   * sentence says names it only in a title saying the panel's whole title (WHICH ONE SHOULD I USE? is named by
   * "Which one should I use?", not by "How to use it").
   */
  titleHit(k: number, title: string): string[] {
    const p = this.profiles[k]!;
    const words = wordSet(title);
    const hits = [...words].filter((w) => hasWord(p.title, w) || hasWord(p.about, w));
    return this.wholeTitle(k, title) ? hits : hits.filter((w) => commonness(w) === 1);
  }
}

/** Item words: title words weigh `titleWeight`, the rest 1 (the larger weight wins for a word in both). */
export function itemWords(title: string, text: string, titleWeight: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of wordSet(text)) out.set(w, 1);
  for (const w of wordSet(title)) out.set(w, Math.max(titleWeight, out.get(w) ?? 0));
  // `LM Arena` names LMArena, not a panel about `LM Studio`: the short half of a joined name is no clue of its own.
  for (const name of joinedNames(`${title}\n${text}`)) for (const half of name.short) out.delete(half);
  return out;
}

