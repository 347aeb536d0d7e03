// `# Output Style`: which diagrams the author asks for and the quotable insights.
import type { Blockquote, List, RootContent } from "mdast";
import { authorNote } from "./author-note.js";
import { BALLOON, citeOf, isName, quoteLines } from "./quote-forms.js";
import { lineOf, plainText } from "./sections.js";
import { ARROW_SPLIT } from "./plan.js";
import { namedQuote } from "./quote-names.js";
import { quoteNote } from "./quote-notes.js";
import { pointsToQuotesElsewhere } from "./quotes-elsewhere.js";
import { quoteCallout } from "./plan-forms.js";
import { NOT_A_SPEAKER, saidAt, signedAt } from "./timestamps.js";

export interface StyleRules {
  flowchart: boolean;
  mindmap: boolean;
  /** The analogy a visual is asked for, e.g. "DJ Knobs". */
  analogy?: string;
  /** A chain written in the flowchart request itself, e.g. (Input → Embedding → … → Output). */
  chain?: string[];
  quotes: string[];
  /** The source line of each quote. */
  quoteLines: number[];
  /** The name each quote is attributed to where it is written (`“…” — DeepSeek-R1`), by index. */
  quoteCites?: (string | undefined)[];
  /** Where the writer put each quote (`"…" — 하단 왼쪽 칸에`, `"…" → Box 3`): a place or a box, not a name. */
  quotePlaces?: (string | undefined)[];
  /** Quotes written only as a quote's name (`"use it as a tool" quote`, quote-names.ts), by index. */
  quoteNamed?: boolean[];
  /** Elements the style asks to add that a sheet may not draw (`Insert a QR code`), with their lines. */
  asks: { what: string; line: number }[];
}

/**
 * Asked-for elements by name: a sheet never draws those marked `never`; the others only when the plan holds one
 * (`drawn`: for a timeline, the word or a chain through a year, `InstructGPT (2022) → UltraChat`).
 */
export const ASKABLE: { what: string; pattern: RegExp; never: boolean; drawn?: RegExp }[] = [
  { what: "a QR code", pattern: /\bQR\b/i, never: true },
  { what: "a photo", pattern: /\bphoto(?:graph)?s?\b|사진/i, never: true },
  { what: "a screenshot", pattern: /screen\s*shots?|스크린\s*샷/i, never: true },
  { what: "a logo", pattern: /\blogos?\b|로고/i, never: true },
  { what: "a video", pattern: /\bvideos?\b|동영상/i, never: true },
  { what: "a timeline", pattern: /\btime\s*lines?\b|타임\s*라인|연대?표/i, never: false, drawn: /\btime\s*lines?\b|타임\s*라인|연대?표|^.*\b(?:19|20)\d\d\b.*(?:→|-->|->).*$|^.*(?:→|-->|->).*\b(?:19|20)\d\d\b.*$/im },
];

/** A line that asks for something to be added (and does not say to leave it out). */
const ASKING = /\b(?:add|insert|include|draw|put|place|show|embed|attach|use)\b|넣|추가|삽입|그려|포함|붙여|(?:으)?로\.?$/i;
const REFUSING = /\b(?:no|not|don't|do not|avoid|without|never|instead of)\b|지\s*마(?:세요|라|십시오)|없이|말고|금지/i;

const QUOTES_LABEL = /quot|인용|명언|어록/i;
/** A line that is a quote, after the box it goes in (`[웹 검색] "…"`) or a bullet, if any. */
const QUOTED_LINE = /^(?:[-*•]\s*)?(?:[\[［【][^\]］】]{1,40}[\]］】]\s*[:：]?\s*)?["“「『]/u;

/** A quotes label's bracketed note naming the box they all go in (`(전부 💬 명언 박스에)`, `(all in the quotes
 * panel)`), read as the same note after one quote is; the word for `all` is the label's, not the box's. */
function labelPlace(label: string): string | undefined {
  const note = /[(（]([^()（）]+)[)）]/.exec(label)?.[1]?.replace(/^\s*(?:전부|모두|다|all(?:\s+(?:of\s+them|go))?|every\s+one)\s*/i, "");
  return note ? quoteNote(`"q" (${note})`)?.place : undefined;
}

/** A short line that only names the quotes (`**Quotable Insights**`, `인용`), no quote or sentence of its own. */
const quotesLabel = (text: string): boolean => text.length <= 40 && QUOTES_LABEL.test(text) && !/["“”「」.?!]/u.test(text);

/** `source`, the document's text, lets a quote keep its inline Markdown (read by richFromLine where it is placed). */
export function readStyle(nodes: RootContent[], source?: string): StyleRules {
  const rules: StyleRules = { flowchart: false, mindmap: false, quotes: [], quoteLines: [], asks: [] };
  let context = "";
  // Where the label of a list of quotes sends them all (`**Quotable Insights** (전부 💬 명언 박스에)`).
  let groupPlace: string | undefined;
  const visit = (text: string, inQuotes: boolean, line = 0, markdown?: string): void => {
    if (/flow\s*chart|flowchart|흐름도|플로우\s*차트/i.test(text)) {
      rules.flowchart = true;
      const inner = /[(（]([^()（）]*(?:→|->)[^()（）]*)[)）]/.exec(text)?.[1];
      const chain = inner?.split(ARROW_SPLIT).map((s) => s.trim());
      if (chain && chain.length >= 2 && !rules.chain) rules.chain = chain;
    }
    if (/mind\s*-?\s*map|마인드\s*맵/i.test(text)) rules.mindmap = true;
    // What the line quotes (`saying "I don't know"`) is not what it asks.
    const asked = text.replace(/["“「『][^"”」』]*["”」』]/g, " ");
    if (!inQuotes && ASKING.test(asked) && !REFUSING.test(asked)) {
      for (const a of ASKABLE) if (a.pattern.test(asked)) rules.asks.push({ what: a.what, line });
    }
    const analogy =
      /["“]([^"”]+)["”]\s*(?:analogy|비유|metaphor)/i.exec(text) ?? /(?:analogy|비유)\s*[:：]?\s*["“]([^"”]+)["”]/i.exec(text);
    if (analogy?.[1] && !rules.analogy) rules.analogy = analogy[1].trim();
    if (inQuotes) {
      // `[2:51:48] Andrej: "…"`: the time and speaker sign the quote; they are not its words.
      const at = saidAt(text);
      if (at) text = text.slice(at.from, at.to);
      const mdAt = markdown !== undefined ? saidAt(markdown) : undefined;
      if (markdown !== undefined && mdAt) markdown = markdown.slice(mdAt.from, mdAt.to);
      const where = quoteNote(markdown ?? text);
      const named = namedQuote(where ? where.quote : text);
      if (named) (rules.quoteNamed ??= [])[rules.quotes.length] = true;
      const q = named ?? unquote(where ? where.quote : markdown ?? text);
      if (q) {
        const place = where?.place ?? groupPlace;
        if (place) (rules.quotePlaces ??= [])[rules.quotes.length] = place;
        if (where) text = where.quote;
        rules.quotes.push(q);
        rules.quoteLines.push(line);
        (rules.quoteCites ??= [])[rules.quotes.length - 1] = signedAt(citeOf(text) ?? authorNote(text.trim())?.name ?? spokenBy(text) ?? at?.name, at?.time);
      }
    }
  };
  const walkList = (list: List, inQuotes: boolean): void => {
    for (const item of list.children) {
      const para = item.children.find((c) => c.type === "paragraph");
      const text = plainText(para).trim();
      const sub = item.children.filter((c): c is List => c.type === "list");
      // `"use it as a tool" quote` names one quote; it does not label a list of them.
      // Nor is a quote whose own words say `quote` (`"Every token is a quote"`): a label says it outside quote marks.
      const label = QUOTES_LABEL.test((text.split(/[:：]/)[0] ?? "").replace(/["“][^"”]*["”]/g, " ")) && !namedQuote(text);
      const at = para?.position;
      const markdown = source && at?.start.offset !== undefined && at.end.offset !== undefined ? source.slice(at.start.offset, at.end.offset).replace(/\s+/g, " ").trim() : undefined;
      // The label line itself ("**Quotable Insights**:") is not a quote; its children are.
      // Nor is a line saying the quotes are elsewhere (`아래 계획 안에 넣었어요.`, quotes-elsewhere.ts).
      visit(text, inQuotes && !(label && sub.length > 0) && !aboutQuotes(text) && !pointsToQuotesElsewhere(text), lineOf(item), markdown);
      // `**Quotable Insights**: Karpathy calls it "jagged intelligence", and says …`: the quotes written in the
      // label's own sentence, each a quote of its own (two words at least: `“…”` shows only where quotes go).
      if (label && sub.length === 0) for (const q of spokenRuns(text)) visit(`"${q}"`, true, lineOf(item));
      const outer = groupPlace;
      if (label) groupPlace = labelPlace(text) ?? groupPlace;
      for (const l of sub) walkList(l, inQuotes || label);
      groupPlace = outer;
      for (const b of item.children) if (b.type === "blockquote") walkQuote(b, inQuotes || label);
      // "4. **Quotable Insights**:" closing the list: the `> "…" — Karpathy` blocks after it are its quotes.
      if (label && sub.length === 0 && item === list.children[list.children.length - 1]) context = text;
    }
  };
  const walkQuote = (quote: Blockquote, inQuotes: boolean): void => {
    // A callout labelling its own list (`> 💡 Quotable insights:` over `> - "…"`, as Notion exports them): the
    // label is not a quote, the list under it is the quotes.
    let labelled = false;
    for (const para of quote.children) {
      if (para.type === "list") {
        walkList(para, inQuotes || labelled);
        continue;
      }
      if (para.type === "paragraph" && /[:：]$/.test(plainText(para).trim()) && QUOTES_LABEL.test(plainText(para))) {
        labelled = true;
        continue;
      }
      // `> [!quote] Karpathy` over the words is a quote wherever it stands, its title (a name) signing it.
      const called = para.type === "paragraph" ? quoteCallout(para.children) : undefined;
      if (called) {
        const words = plainText({ children: called.children }).trim();
        if (words) visit(called.cite && !citeOf(words) ? `${words} — ${called.cite}` : words, true, lineOf(para) + called.skipped);
        continue;
      }
      const at = para.position;
      const raw = source && at?.start.offset !== undefined && at.end.offset !== undefined ? source.slice(at.start.offset, at.end.offset) : undefined;
      // Quotes one a line, each with its own attribution, are as many quotes.
      const each = para.type === "paragraph" ? quoteLines(para.children) : [];
      if (each.length > 1) {
        const rawLines = raw?.split("\n").map((l) => l.replace(/^\s*>?\s*/, "").trim());
        each.forEach((line, k) => visit(plainText({ children: line }).trim(), inQuotes, lineOf(para) + k, rawLines?.length === each.length ? rawLines[k] : undefined));
        continue;
      }
      // The source of a paragraph inside a `>` quote holds the `>` of each line after its first: they mark the
      // quote, they are not its words.
      const words = raw?.replace(/\n[ \t]*(?:>[ \t]?)*/g, "\n");
      visit(signedBelow(plainText(para).trim()), inQuotes, lineOf(para), words === undefined ? undefined : signedBelow(words.trim()).replace(/\s+/g, " "));
    }
  };
  // Under a quotes heading, a paragraph of quotes typed one a line (`[BOX] "…"`, `"…" ← 이 칸에`) is as many quotes;
  // one that opens with no quote mark says how to read them.
  const quoteParagraph = (node: RootContent, text: string): void => {
    const at = node.position;
    const raw = source && at?.start.offset !== undefined && at.end.offset !== undefined ? source.slice(at.start.offset, at.end.offset) : text;
    raw.split("\n").forEach((l, k) => {
      const line = l.trim();
      visit(line, QUOTED_LINE.test(line), lineOf(node) + k, line);
    });
  };
  for (const node of nodes) {
    if (node.type === "heading" || node.type === "paragraph") {
      const text = plainText(node).trim();
      // A paragraph that only names the quotes (`**Quotable Insights**`, no colon) labels the list under it too.
      if (node.type === "heading" || /[:：]$/.test(text) || quotesLabel(text)) context = text;
      else if (QUOTES_LABEL.test(context) && node.type === "paragraph") quoteParagraph(node, text);
      // A callout titled for quotes (`:::tip 인용`, read as `**인용**` over its words): the title labels its lines.
      else if (node.type === "paragraph" && text.includes("\n") && quotesLabel(text.slice(0, text.indexOf("\n")).trim())) quoteParagraph(node, text);
      else visit(text, false, lineOf(node));
    } else if (node.type === "list") {
      groupPlace = QUOTES_LABEL.test(context) ? labelPlace(context) : undefined;
      walkList(node, QUOTES_LABEL.test(context));
      groupPlace = undefined;
    } else if (node.type === "blockquote") {
      walkQuote(node, QUOTES_LABEL.test(context));
    }
  }
  return rules;
}

/**
 * One warning per element the style asks to add that the sheet leaves out: always for what a sheet never draws
 * (a QR code), and for a timeline only when the plan (`planText`) holds none, since the plan is what is drawn.
 */
export function unmetAsks(rules: StyleRules, planText: string): string[] {
  const seen = new Set<string>();
  return rules.asks.flatMap(({ what, line }) => {
    const a = ASKABLE.find((x) => x.what === what)!;
    if (seen.has(what) || (!a.never && (a.drawn ?? a.pattern).test(planText))) return [];
    seen.add(what);
    const why = a.never ? "a sheet draws none; it is left out" : "the plan has none; add a mermaid block to a plan section to draw it";
    return [`line ${line}: the Output Style asks for ${what}, but ${why}`];
  });
}

const OPEN = `["“'‘«「『„‹]`;
const CLOSE = `["”'’»」』“‛›]`;
/** `"…" — Andrej Karpathy (모델은 시뮬레이터)`: signed, then glossed. */
const SIGNED_GLOSS = new RegExp(`^${OPEN}(.+)${CLOSE}\\s*(?:—|―|–|--|-)\\s*([^()（）]{1,40}?)\\s*([(（][^()（）]+[)）])$`, "u");
/** `Karpathy: "…"`: the speaker named before the quote. */
const SPEAKER = new RegExp(`^([^:："“「]{1,40}?)\\s*[:：]\\s*${OPEN}(.+)${CLOSE}$`, "u");
/** `"…" → 모델은 시뮬레이터`, `"…" / 모델은 시뮬레이터`: a Korean gloss after an arrow or a slash. */
const ARROW_GLOSS = new RegExp(`^${OPEN}(.+)${CLOSE}\\s*(?:→|->|=>|/)\\s*(.*\\p{Script=Hangul}.*)$`, "u");

const speakerName = (m: RegExpExecArray | null): string | undefined => {
  const name = m?.[1]!.trim();
  return name && isName(name) && !NOT_A_SPEAKER.test(name) ? name : undefined;
};

/** Who a style quote is attributed to where its signature is not at its end: before it, or before its gloss. */
/** Words with no quote marks over an attribution on a line of its own (`> — Andrej Karpathy`) written as the
 * signed quote they are (`“…” — Andrej Karpathy`), so its words are read without the name, as quoted words are. */
function signedBelow(text: string): string {
  const m = /\n[ \t]*(?:—|―|–|--)[ \t]*([^\n]{1,40})$/.exec(text);
  if (!m || !isName(m[1]!.trim())) return text;
  const words = text.slice(0, m.index).trim();
  return `${new RegExp(`^${OPEN}`, "u").test(words) ? words : `“${words}”`} — ${m[1]!.trim()}`;
}

function spokenBy(text: string): string | undefined {
  const t = text.trim().replace(BALLOON, "");
  const signed = SIGNED_GLOSS.exec(t);
  if (signed && isName(signed[2]!.trim())) return signed[2]!.trim();
  return speakerName(SPEAKER.exec(t));
}

/** `"It's a fixed … no state"` → the words inside the quote marks. */
function unquote(text: string): string {
  // A speech balloon before the quote is its mark, not its words.
  const t = text.trim().replace(BALLOON, "");
  const signed = SIGNED_GLOSS.exec(t);
  if (signed && isName(signed[2]!.trim())) return `${signed[1]!.trim()} ${signed[3]}`;
  const speaker = SPEAKER.exec(t);
  if (speaker && (speakerName(speaker) || NOT_A_SPEAKER.test(speaker[1]!.trim()))) return speaker[2]!.trim();
  const arrow = ARROW_GLOSS.exec(t);
  if (arrow) return `${arrow[1]!.trim()} (${arrow[2]!.trim()})`;
  // `"…" (DeepSeek-R1-Zero가 스스로 쓴 문장)`: the note says who wrote the words; it signs them (author-note.ts).
  const authored = authorNote(t);
  if (authored) return t.slice(1, authored.end - 1).trim();
  // `"…" (its translation)`: the translation stays after the words.
  const translated = /^["“'‘«「『„‹](.+)["”'’»」』“‛›]\s*([(（][^()（）]+[)）])\s*(?:[-–—]\s*.*)?$/.exec(t);
  if (translated) return `${translated[1]!.trim()} ${translated[2]}`;
  // `"Use code" — 모델에게 … 하라`: a gloss after the dash, not a name, stays as a translation does.
  const glossed = /^["“'‘«「『„‹](.+)["”'’»」』“‛›]\s*[-–—]\s*(.*\p{Script=Hangul}.*)$/u.exec(t);
  if (glossed && citeOf(t) === undefined && glossed[2]!.trim().split(/\s+/).length >= 3) return `${glossed[1]!.trim()} (${glossed[2]!.trim()})`;
  const m = /^["“'‘«「『„‹](.+)["”'’»」』“‛›]\s*(?:[-–—]\s*.*)?$/.exec(t);
  return (m?.[1] ?? t).trim();
}

/**
 * An item among the quotable insights that quotes nothing and speaks of the quotes themselves (`Each quote is
 * followed by its Korean translation…`, `명언은 말풍선으로`): how the quotes are to be set, not one of them.
 */
export function aboutQuotes(text: string): boolean {
  return !/["“”「」『』]/.test(text) && /\bquot(?:es?|ations?)\b|\btranslations?\b|인용|명언|어록|번역/i.test(text);
}

/** The phrases a label's sentence quotes after its colon, of two words or more. */
function spokenRuns(text: string): string[] {
  const after = text.slice(text.search(/[:：]/) + 1);
  return [...after.matchAll(/["“「『]([^"”」』]+)["”」』]/g)].map((m) => m[1]!.trim()).filter((q) => (q.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2);
}
