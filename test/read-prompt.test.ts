// The prompt document reader on real files: the fixtures in test/fixtures/prompts, the bad inputs
// in test/fixtures/bad, and the seed prompt when ../shared is present.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emojiShortcodes } from "../src/read/shortcodes.js";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { Sheet as SheetSchema } from "../src/model/schema.js";
import { DEFAULT_STYLE, panelsOf, type Sheet, type Block, type MindNode, type Panel, type PanelRow, type Rich } from "../src/model/sheet.js";
import { asksForSourceCode } from "../src/read/prompt/source-code.js";
import { hardWrapped } from "../src/read/prompt/hard-wrap.js";
import { readSheet } from "../src/read/index.js";
import { readPromptDocument, readPromptDocumentAsync } from "../src/read/prompt/index.js";
import { requestBody } from "../src/read/prompt/request-body.js";
import { notebook } from "../src/read/prompt/notebook.js";
import { yamlPrompt } from "../src/read/prompt/yaml-prompt.js";
import { emailPrompt } from "../src/read/prompt/email.js";
import { richText } from "../src/read/prompt/rich.js";
import { plainMath } from "../src/read/math.js";
import { logseqPage } from "../src/read/prompt/logseq.js";
import { obsidianMarks } from "../src/read/prompt/obsidian.js";
import { orgMode } from "../src/read/org-mode.js";
import { wikiMarkup } from "../src/read/wiki-markup.js";
import { namuWiki } from "../src/read/namu-wiki.js";
import { asciidoc } from "../src/read/asciidoc.js";
import { isTypstDocument, typst } from "../src/read/typst.js";
import { romanSections } from "../src/read/roman-sections.js";
import { spokenParts } from "../src/read/spoken-parts.js";
import { latexSource } from "../src/read/latex-source.js";
import { rstSource } from "../src/read/prompt/rst-source.js";
import { isPandocMarkdown, pandocMarkdown } from "../src/read/prompt/pandoc-markdown.js";
import { chatThread } from "../src/read/prompt/chat-thread.js";
import { replyFence } from "../src/read/prompt/reply-fence.js";
import { blogPaste } from "../src/read/prompt/blog-paste.js";
import { pdfCopy } from "../src/read/prompt/pdf-copy.js";
import { glyphTitles } from "../src/read/prompt/glyph-titles.js";
import { labelSections } from "../src/read/label-sections.js";
import { plannedQuotes } from "../src/read/prompt/same-quote.js";
import { namedQuote, namesQuoteIn } from "../src/read/prompt/quote-names.js";
import { FIXTURES_DIR, HAS_SEED, SEED_PATH, fixtures, warningMismatch, type Fixture } from "./fixtures/list.js";


const text = (r: Rich): string => r.map((s) => s.text).join("");

interface PlanExpectations {
  tableCells: string[];
  mindNodes: string[];
  flowSteps: string[];
  takeaways: string[];
  quotes: string[];
  /** Numbered steps in words inside a flowchart section: list items, their arrows being part of a sentence. */
  listItems: string[];
}

/** A cell or item as drawn: inline Markdown marks (`**`, `*`, `` ` ``, `~~`, links) are styling, not text, and TeX
 * math is written out in symbols (`$x_t$` → `x_t`, unit-tested in read-next-chapter). */
// Tags are HTML outside code spans; inside one (`<think>`) they are the code's own words.
/** What a web editor's entities stand for, as the writer saw them (`&lt;br&gt;` a `<br>` typed into a cell). */
const WEB_ENTITIES: Record<string, string> = { amp: "&", quot: '"', nbsp: "\u00a0", rarr: "→", larr: "←", mdash: "—", ndash: "–", hellip: "…" };
const webDecoded = (s: string): string => s.replace(/&(amp|quot|nbsp|rarr|larr|mdash|ndash|hellip);/g, (_, n: string) => WEB_ENTITIES[n]!);
const unmarked = (s: string): string =>
  plainMath(webDecoded(s.replace(/&lt;(br\s*\/?)&gt;/gi, "<$1>"))).split(/(`[^`]+`)/).map((part) => (part.startsWith("`") ? part : part.replace(/<br\s*\/?>/gi, "\n").replace(/<\/?[a-z]+>/gi, ""))).join("").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*|~~|==(?=\S)|(?<=\S)==/g, "").replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?![\w*])/g, "$1$2").replace(/`([^`]+)`/g, "$1").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
/** A chain step written in quotes is its words. */
const unquotedStep = (s: string): string => (/^["“][^"“”]*["”]$/.test(s) ? s.slice(1, -1) : s);
/** Whether the `## ` section holding line i has a `- Mermaid flowchart: A → B` line. */
const sectionNamesAChart = (lines: string[], i: number): boolean => {
  let a = i;
  while (a > 0 && !lines[a]!.startsWith("## ")) a--;
  let b = i + 1;
  while (b < lines.length && !lines[b]!.startsWith("## ")) b++;
  // Or the section's chart came fenced above the line (```mermaid flowchart): it has its chart already.
  const fenced = lines.slice(a, i).some((l, k, above) => l.trim() === "```mermaid" && /^(flowchart|graph)\b/.test(above[k + 1]?.trim() ?? ""));
  return fenced || lines.slice(a, b).some((l) => /^- [^:→]*flow ?chart[^:→]*:.*→/i.test(l.trim()));
};
const CIRCLED = /^[\u2460-\u2473]\s*/u;
/** Whether every `- ` line of the `## ` section holding line i is an arrow chain of three steps or more. */
/** A section the reader takes as the takeaways (`## 📌 한 줄 정리`): its points are takeaways, arrows or not. */
const SUMMING_UP = /takeaway|key points|요점|정리|교훈|기억할|요약|summary|\btl\s*;?\s*dr\b|bottom\s+line/i;
const sectionOnlyChains = (lines: string[], i: number): boolean => {
  let a = i;
  while (a > 0 && !lines[a]!.startsWith("## ")) a--;
  let b = i + 1;
  while (b < lines.length && !lines[b]!.startsWith("## ")) b++;
  const items = lines.slice(a + 1, b).filter((l) => /^\s*- /.test(l));
  return items.length > 0 && items.every((l) => l.split("→").length >= 3);
};
/** Whether line i is in a run of `a | b` lines, one of them a delimiter row (`--- | ---`), outside a fence. */
const bareTableRow = (lines: string[], i: number): boolean => {
  const piped = (k: number) => (lines[k] ?? "").includes("|") && !/^\s*```/.test(lines[k] ?? "");
  let a = i;
  let b = i;
  while (piped(a - 1)) a--;
  while (piped(b + 1)) b++;
  return lines.slice(a, b + 1).some((l) => /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l));
};
/** The run of consecutive numbered lines around line i. */
const numberedRun = (lines: string[], i: number): string[] => {
  const numbered = (k: number) => /^\d+\.\s/.test(lines[k]?.trim() ?? "");
  let a = i;
  let b = i;
  while (numbered(a - 1)) a--;
  while (numbered(b + 1)) b++;
  return lines.slice(a, b + 1);
};

function between(doc: string, start: RegExp, end: RegExp): string[] {
  const lines = doc.split(/\r?\n/);
  const from = lines.findIndex((l) => start.test(l));
  if (from < 0) return [];
  const rest = lines.slice(from + 1);
  const to = rest.findIndex((l) => end.test(l));
  return to < 0 ? rest : rest.slice(0, to);
}

const quoted = (line: string) => [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");

/** Setext headings (`Plan` over `====`, `1️⃣ GOAL` over `----`) as the `#`/`##` headings they are, outside fences. */
function atxHeadings(doc: string): string {
  const lines = doc.split(/\r?\n/);
  let fenced = false;
  return lines
    .map((l, i) => {
      if (/^\s*```/.test(l)) fenced = !fenced;
      const under = lines[i + 1] ?? "";
      // A line of its own (blank above) that is not a list item, quote, table row or heading already.
      const text = !fenced && l.trim() !== "" && !/^\s*(?:[-*+>|#]|\d+[.)]\s|```)/.test(l) && (lines[i - 1] ?? "").trim() === "";
      if (text && /^=+\s*$/.test(under)) return `# ${l.trim()}`;
      if (text && /^-{2,}\s*$/.test(under)) return `## ${l.trim()}`;
      return l;
    })
    .join("\n");
}

/** Each line of the document outside its code fences changed by `shown`. */
function outsideFences(doc: string, shown: (line: string) => string): string {
  let fenced = false;
  return doc
    .split("\n")
    .map((l) => {
      if (/^\s*```/.test(l)) fenced = !fenced;
      return fenced ? l : shown(l);
    })
    .join("\n");
}

/** A Typst document's cells as drawn: its escapes (`\\$3`) as Markdown shows them, a `#footnote` as its number. */
function typstShown(doc: string, written: string): string {
  if (!isTypstDocument(written.split(/\r?\n/))) return doc;
  return outsideFences(doc, (l) => l.replace(/\\([$#*_@<>])/g, "$1").replace(/\[\^(\d+)\](?!:)/g, "[$1]"));
}

/** A pandoc document's backslash escapes outside code as Markdown shows them (`\$3` is `$3`); a cell's `\|` kept (its own), and `\~` (no strikethrough to `unmarked`). */
function pandocShown(doc: string, written: string): string {
  if (!isPandocMarkdown(written.split(/\r?\n/))) return doc;
  return outsideFences(doc, (l) => l.replace(/\\([!-/:-@[-`{-~])/g, (m, c: string) => (c === "|" || c === "~" ? m : c)));
}

/** Whether the plan is one numbered outline (no headings) and line i sits under one of its items. */
function numberedOutline(plan: string[], i: number): boolean {
  if (plan.some((l) => /^#{1,4} /.test(l))) return false;
  for (let k = i - 1; k >= 0; k--) if (/^\d+\.\s/.test(plan[k]!)) return true;
  return false;
}

/** `- Draw a DJ mixer with 6 knobs labelled w0 … w5`: asks for the knobs picture, drawn as the knobs themselves. */
const ASKS_FOR_KNOBS = /^(?:[-*•] )?(?:please )?(?:draw|sketch)\b.*\b(?:knobs?|dials?|DJ mixer)\b|^(?:[-*•] )?.*(?:노브|다이얼).*그려/i;

/** `- 아래 흐름을 mermaid로 그려줘 (…)` right over a fence: asks the designer to draw it, the chart is what is drawn. */
const ASKS_FOR_FENCE = /(?:그려|보여|표현해)\s*(?:주세요|줘요?)\s*[.!]*\s*(?:[(（][^()（）]*[)）])?\s*$/;
const fenceNext = (plan: string[], i: number): boolean => /^\s*```/.test(plan.slice(i + 1).find((l) => l.trim() !== "") ?? "");

/** `- 위 Quotable Insights 5개를 말풍선으로`: how to draw the quotes listed above, said to the designer. */
const POINTS_AT_QUOTES = /^- (?:위|앞의|above)\s.*(?:quotable|quotes|명언|인용)/i;

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const SAID_AT_TIME = new RegExp(String.raw`^\s+- (?:(?:[\[(]${TIME}[\])]\s*)(?:[\p{L} ]{1,30}:\s*)?["“](.+)["”]|["“](.+)["”]\s*[—–-]\s*[\p{L} .]+,\s*${TIME})\s*$`, "u");

/** Quotable insights written as a quote's name (`"use it as a tool" quote`), which the plan's quote saying them stands for. */
const NAMED = new Set<string>();

/**
 * A Korean report's points and pasted tables as Markdown's: `　○ …` / `　　- …` lines (set in by full-width spaces)
 * as list items; `a │ b` rows as pipe rows. A quoted point and the translation under
 * it are a quote, not points; the points under `## 작성 시 유의사항` are said to whoever draws the sheet.
 */
function reportMarks(doc: string): string {
  let quoted = false;
  let notes = false;
  return doc
    .split("\n")
    .map((l) => {
      if (/^#{1,3} /.test(l)) notes = /유의\s*사항/.test(l);
      if (notes) return l;
      const m = /^([ \u3000]*\u3000[ \u3000]*)([□○―※-])[ \u3000]+(\S.*)$/u.exec(l);
      if (!m) return l.includes("│") && !/[┃━┏┗┣]/u.test(l) ? `| ${l.split("│").map((c) => c.trim()).join(" | ")} |` : l;
      const said = /^[『「"“]/u.test(m[3]!);
      const gloss = quoted && m[1]!.length > 1;
      if (!gloss) quoted = said;
      // A `※` note may be a point or the line under the list: not counted either way.
      return said || gloss ? "" : m[2] === "※" ? l : `- ${m[3]!.trimEnd()}`;
    })
    .join("\n");
}

function planExpectations(written: string): PlanExpectations {
  // A note from an Obsidian vault is read as the vault shows it (its comments, block ids and tags unseen); a prompt
  // pasted as a request body's JSON string as the text the string decodes to.
  // An org-mode document as the Markdown its stars, blocks and tables stand for; a Confluence page's wiki markup
  // as the Markdown its `h2.` headings, `{code}` blocks and `||head||` tables stand for (an AsciiDoc one's `==`
  // headings, `----` blocks and `|===` tables too, a Typst one's `=` headings and `#table(…)` calls, a NamuWiki one's
  // `== 제목 ==` headings, `{{{ }}}` blocks and `||칸||` tables); a LaTeX source as the
  // Markdown its sections, lists, environments and tables stand for; a prompt written as one YAML object as the
  // document its keys stand for; a reStructuredText one as the Markdown its underlined titles, directives and
  // tables stand for; a notebook as its Markdown cells joined; an email as the prompt it quotes; a Korean report's
  // `Ⅳ. 출력 구성` and `가. …` lines as the headings they stand for.
  // A dictated prompt's parts said on lines of their own (`내용은 이렇게 채워 주세요.`) as the headings they stand for.
  // A Word document pandoc converted as the Markdown its `{#id}` headings, spans and tables stand for, its
  // escapes (`\$3`) as Markdown shows them. A prompt copied out of a chat thread as the parts its messages paste,
  // without their author lines, reactions and a revising message the reader made; a chat model's reply as the
  // prompt its long fence holds. Emoji shortcodes (`:bulb:` in a table cell) as the emoji GitHub shows. A blog
  // post's paste without its chrome and no-break spaces, its `【Output Structure Plan】` part and `■ 1. …` sections
  // as the headings they stand for. A Logseq page's bullets as the headings, blocks and lists they show. A PDF viewer's copy without its page chrome,
  // ligatures and Symbol bullets, its part names alone on their lines as the headings they stand for. A mail
  // client's hard wrap undone: a table row it broke is one row again.
  const doc = hardWrapped(emojiShortcodes(typstShown(pandocShown(atxHeadings(reportMarks(glyphTitles(spokenParts(romanSections(labelSections(obsidianMarks(asciidoc(wikiMarkup(namuWiki(orgMode(rstSource(latexSource(pandocMarkdown(typst(chatThread(replyFence(blogPaste(logseqPage(pdfCopy(notebook(written)?.text ?? yamlPrompt(written)?.text ?? requestBody(written)?.text ?? emailPrompt(written)?.text ?? written)))))))))))))))))))), written), written)));
  // The plan as the template titles it, as a chat assistant titles it (`## 구성 계획`, `# 섹션별 구성`, `=== BOX
  // CONTENTS ===`, `# Content per box`, `## 🧩 섹션 구성 (11개)`, `## 🧩 출력 구성`, a draft's `# 출력 구성안`), tagged `<content>`, a bare `Plan:` label line, or
  // a name of the writer's own glossed with the template's (`# 📋 출력 구성 (Output Structure Plan)`).
  // `# 출력 계획` (output plan) too, glossed or not (`# 출력 계획 (Output Plan)`), and `# Output Plan` in English.
  // A layout and plan written as one part, each box's content under its heading (`# Layout + Plan`).
  // An issue template's `### Plan` part, ended by its `### Checklist` part (the designer's, not drawn).
  const plan = between(doc, /^#{1,2} (Output Structure Plan|출력 구조 계획)$|^# (Output Structure Plan|출력 구조 계획)|^#{1,2} \S* ?구성(?: 계획)?(?: \([^)]*\))?$|^(?:#{1,3} |\*\*).*(?:What goes in|Content for) each (?:box|panel)|^# Content per box|^#{1,3} (?:\S+ )?(?:섹션|칸|박스)별 (?:구성|내용)|^#{1,2} (?:\S+ )?(?:섹션|출력) 구성안?(?: \(|$)|^=== BOX CONTENTS ===$|^<content>$|^#{1,3} (?:Sheet |Content )?Plan$|^## Panel content$|^#{1,2} CONTENT PLAN$|^# Slide Outline$|^#{1,2} 출력 계획(?: \(Output Plan\))?$|^# Output Plan$|^#{1,2} (?:\S+ )?(?:내용 계획|들어갈 내용)(?: \(|$)|^CONTENT PLAN\b|^Plan:$|^\*\*\d+\.\s*(?:Output Structure Plan|출력 구조 계획|출력 계획)\*\*$|^#{1,2} (?:\S+ )?\S+ \S+ \(Output Structure Plan\)$|^# Layout \+ Plan$|^#{1,2} \S+ Output Structure Plan$/, /^#{1,2} (?:\S+ )?(이미지 생성 요청|Image (?:Generation )?Request|Image request$|원문$)|^## Style$|^<\/content>$|^\*\*Part \d+ — Style|^# (?:배치도|Style notes)$|^### \S+ (?:인용|강의 노트 원문|이미지 요청)|^## 💬 인용구$|^#{1,2} (?:\S+ )?이미지 요청$|^\*\*(?:Tips|팁)\b[^*]*:\*\*$|^IMAGE REQUEST$|^\*\*\d+\.\s*(?:이미지 생성 요청|이미지 요청|Image (?:Generation )?Request)\*\*$|^### Checklist$/);
  // A layout written as row headings over box headings: the title row's box is the banner, not a panel's points.
  const banner = plan.findIndex((l) => /^## Row 1\b.*\b(?:header|title)\b/i.test(l));
  if (banner >= 0) plan.splice(banner, plan.slice(banner + 1).findIndex((l) => /^## /.test(l)) + 1);
  const style = between(doc, /^# (Output Style|출력 스타일|Style$)/, /^# /);
  const out: PlanExpectations = { tableCells: [], mindNodes: [], flowSteps: [], takeaways: [], quotes: [], listItems: [] };
  let section = "";
  let fence = "";
  // Whether the section so far holds a table: a `(see the table above)` pointer stays only then (far-pointers.ts).
  let tableAbove = false;
  for (const [i, line] of plan.entries()) {
    if (/^#{1,4} /.test(line)) tableAbove = false;
    // A section's number as a keycap emoji (`### 1️⃣ 모방`) as well as `### 1.`.
    if (line.startsWith("## ") || /^### (?:\d+\.|\d\uFE0F?\u20E3) /u.test(line) || /^### .*(TAKEAWAYS|핵심 정리)/i.test(line) || /^\*\*\[(?:Box|Panel) \d+\]/.test(line) || /^\*\*\p{Extended_Pictographic}[^*]*\*\*$/u.test(line)) section = line;
    const t0 = line.trim();
    // A GitHub table may leave out its outer pipes (`구분 | 바둑 | LLM` over `--- | ---`): its rows are cells all the same.
    if (!t0.startsWith("|") && t0.includes("|") && bareTableRow(plan, i)) {
      if (!/^[\s|:-]+$/.test(t0)) out.tableCells.push(...t0.split("|").map((c) => unmarked(c).trim()));
      continue;
    }
    const t = line.trim();
    // A ```mermaid flowchart's node labels (`K{정답?}`, `S[풀이 샘플링]`) are its steps.
    if (t.startsWith("```")) fence = fence ? "" : t.slice(3) || "code";
    else if (fence === "mermaid" && /^(flowchart|graph)\b/.test(t)) fence = "flow";
    // A flowchart pasted without its fence runs to the next blank line.
    else if (!fence && /^(flowchart|graph)\s+(TD|TB|BT|LR|RL)$/.test(t)) fence = "bare";
    else if (fence === "bare" && !t) fence = "";
    if (fence === "bare" && !/^(flowchart|graph)\b/.test(t)) {
      // A label's first line is the box, the lines after `<br/>` its caption, fenced or not.
      out.flowSteps.push(...[...t.matchAll(/\b\w+\["?([^\]"]+)"?\]/g)].map((m) => m[1]!.split(/<br\s*\/?>/i)[0]!.trim()));
      continue;
    }
    if (fence === "flow" && !/^(subgraph|classDef|class|direction|style)\b/.test(t)) {
      // A quoted label's first line is the box, the lines after `<br/>` its caption.
      // A quoted label may hold brackets of its own (`I["s[::3]"]`).
      // A hexagon `S{{…}}` is drawn with its label alone, its second braces its shape; a Markdown string
      // (`E["\`**몇 백 스텝**\`"]`) with its text alone, as Mermaid shows it.
      // A database node `C[(Memory bank)]` is drawn with its label alone, the brackets its shape (`G[(FineWeb<br/>44TB)]` too).
      out.flowSteps.push(...[...t.matchAll(/\b\w+(?:\["([^"]+)"\]|\[([^\]"]+)\]|\{"([^"]+)"\}|\{([^}"]+)\})/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").replace(/^\((.*)\)$/, "$1").replace(/^[/\\](.*)[/\\]$/, "$1").replace(/^\{(?!\})/, "").replace(/^`(.*)`$/, "$1").replace(/\*\*(.+?)\*\*/g, "$1").split(/<br\s*\/?>/i)[0]!.trim().replace(/^\((.*)\)$/, "$1")).map((l) => webDecoded(l).replace(/&lt;/g, "<").replace(/&gt;/g, ">")));
    }
    // `4) 🧹 Filtering` among sections titled `① …`, `② …`: a section's title, numbered the other way; and each
    // of a plan's sections titled so (`1) 🪞 …`, `2) 🎲 …`), two at the margin at least, with no headings.
    const parenTitles = plan.filter((l) => /^\d+\)\s+\p{Extended_Pictographic}/u.test(l)).length >= 2 && !plan.some((l) => /^#{2,3} /.test(l));
    if (!fence && /^\d+\)\s+\p{Extended_Pictographic}/u.test(t) && (parenTitles || plan.filter((l) => CIRCLED.test(l.trim())).length >= 2)) {
      section = t;
      continue;
    }
    // `1)` lists: items as written (takeaways in a takeaways section).
    if (!fence && /^\d+\)\s/.test(t)) {
      const item = unmarked(t.replace(/^\d+\)\s+/, ""));
      (/Takeaways|핵심 정리|요점/i.test(section) ? out.takeaways : out.listItems).push(item);
      continue;
    }
    const run = /^\d+\.\s/.test(t) ? numberedRun(plan, i) : [];
    // An HTML table's row: its cells' text.
    if (/^<tr>/.test(t)) out.tableCells.push(...[...t.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((m) => unmarked(m[1]!).trim()));
    // A code block's lines are code, whatever they start with (nvidia-smi's `| GPU  Name … |` frame).
    else if (!fence && t.startsWith("|") && quoteTableRow(plan, i) !== undefined) {
      const quote = quoteTableRow(plan, i);
      if (quote) out.quotes.push(quote);
    } else if (!fence && t.startsWith("|") && panelTableRow(plan, i)) {
      // A plan written as one table, a row a panel: its points, quotes and chains, not table cells.
      const [, content = "", visual = ""] = panelTableRow(plan, i)!;
      const lines = (cell: string): string[] => cell.split(/<br\s*\/?>/i).map((l) => l.trim()).filter(Boolean);
      const points = lines(content);
      // A table the visual cell asks for by its columns (`표: … (요소 / LLM 단계 / 하는 일)`): the points cut at ` = ` and `: `.
      const columns = /^표\s*:[^(]*\(([^)]+)\)$/.exec(lines(visual).find((v) => /^표\s*:/.test(v)) ?? "")?.[1]?.split(/\s*\/\s*/);
      const cut = (l: string): string[] => unmarked(l.replace(/^[•-] /, "")).split(/ = |: /);
      if (columns && points.every((l) => cut(l).length === columns.length)) out.tableCells.push(...columns, ...points.flatMap(cut));
      else if (points.some((l) => /^[•-] /.test(l))) out.listItems.push(...points.map((l) => unmarked(l.replace(/^[•-] /, ""))));
      for (const v of lines(visual)) {
        if (/^인용\s*:/.test(v)) out.quotes.push(unmarked(v.replace(/^인용\s*:\s*"?|"$/g, "")));
        else if (/^flowchart\s*:/i.test(v)) out.flowSteps.push(...v.replace(/^flowchart\s*:\s*/i, "").split("→").map((x) => x.trim()));
      }
    } else if (t.startsWith("|") && !/^\|[\s|:-]+\|$/.test(t) && !(fence && !["mermaid", "flow", "bare"].includes(fence))) {
      tableAbove = true;
      // A pipe escaped inside a cell (`<\|im_start\|>`) is the cell's own, and so is one inside a code span.
      out.tableCells.push(...t.slice(1, -1).replace(/`[^`]*`/g, (c) => c.replace(/(?<!\\)\|/g, "\\|")).split(/(?<!\\)\|/).map((c) => unmarked(c.replace(/\\\|/g, "|")).trim()));
    } else if (/Flowchart/i.test(section) && run.filter((l) => /→/.test(l)).length * 2 < run.length) {
      out.listItems.push(unmarked(t.replace(/^\d+\.\s+/, "")));
    } else if (!fence && /Flowchart/i.test(section) && t.split("→").length === 2 && !/^- [^:→]*flow ?chart[^:→]*:/i.test(t) && sectionNamesAChart(plan, i)) {
      // Beside the chain named as the chart, a one-arrow line is a sentence (a Mermaid line's label with an arrow in it is not).
      out.listItems.push(unmarked(t.replace(/^- /, "")));
    } else if (/Mind ?Map|마인드맵/i.test(section) && /^\s+- "[^"]+"$/.test(line)) {
      // A leaf of a map written as an indented list that is one quoted phrase is something said (`"ChatGPT입니다"`):
      // drawn as written, marks and all; quotes delimit labels only on `Level` lines and after an arrow.
      out.mindNodes.push(unmarked(t.replace(/^- /, "")));
    } else if (/Mind ?Map|마인드맵/i.test(section) && /"/.test(t)) {
      out.mindNodes.push(...quoted(t).map(unmarked));
    } else if ((!fence && /Flowchart/i.test(section) && /→/.test(t) && !/^#{1,6} /.test(t)) || (/^- /.test(t) && sectionOnlyChains(plan, i) && !SUMMING_UP.test(section))) {
      // (A section's own title, `### 1. 💬 Conversations → Tokens (Flowchart)`, is its heading, not a chain.)
      // A section whose list is nothing but chains of three steps or more draws them as its charts.
      // `Name: A → B`: the name is drawn above the chart; a last step `X (loop)` is an edge back to X.
      // A chain written as inline code (`- 예시: \`91 → 860 → …\``) is drawn without its backticks.
      const steps = t.replace(/^- /, "").replace(/^[^:：→]{1,40}[:：]\s*/, "").replace(/^`([^`]+)`$/, "$1").split(/(?:→|;)(?![^(]*\))/).map((s) => (s.trim() === "..." ? "…" : unmarked(unquotedStep(s.trim()))));
      // `X (loop)` and `X로 돌아감` ("back to X") are an edge back to X.
      if (/\((?:loop|반복)\)$|(?:으로|로)\s*돌아감$/.test(steps[steps.length - 1] ?? "")) steps.pop();
      else if (steps.length) steps[steps.length - 1] = steps[steps.length - 1]!.replace(/\s*[↻↺]$/, "");
      out.flowSteps.push(...steps);
    } else if (/Takeaways|핵심 정리|요점/i.test(section) && CIRCLED.test(t)) {
      out.takeaways.push(unmarked(t.replace(CIRCLED, "")));
    } else if (/Takeaways|핵심 정리|요점/i.test(section) && /^\s{2,}- /.test(line)) {
      out.takeaways.push(unmarked(t.replace(/^- /, "")));
    } else if (/Takeaways|핵심 정리|요점/i.test(section) && /^- /.test(line) && !/:$/.test(t)) {
      // A checklist's boxes are drawn as boxes, not text.
      out.takeaways.push(unmarked(t.replace(/^- /, "").replace(/^\[[xX ]\] /, "")));
    } else if (/Takeaways|핵심 정리|요점/i.test(section) && /^\d+\.\s/.test(line) && !/:$/.test(t)) {
      out.takeaways.push(unmarked(t.replace(/^\d+\.\s+/, "")));
    } else if (!fence && /^\s{2,}[-*•] /.test(line) && numberedOutline(plan, i) && !ASKS_FOR_KNOBS.test(t) && !/[:：]$|→|->|"|“|[[&`$\\\u200B]/.test(t)) {
      // A point under an item of a plan written as one numbered outline, whatever marker it was typed with.
      out.listItems.push(unmarked(t.replace(/^[-*•] /, "")));
    } else if (!fence && /^- (?:small |mini |simple )?(?:table|표)\s*:\s*/i.test(t)) {
      // `- small table: A: x, B: y`: a table of the pairs.
      out.tableCells.push(...t.replace(/^- [^:]*:\s*/, "").split(/\s*,\s*(?=[^,:]{1,40}:)/).flatMap((p) => p.split(/\s*:\s*/).map((c) => unmarked(c).trim())));
    } else if (!fence && /^[-*] /.test(line) && !/[:：]$|→|->|"|“|[[&`$\\\u200B]/.test(t) && !/Takeaways|핵심 정리|요점|Flow|Mind|마인드/i.test(section) && !POINTS_AT_QUOTES.test(t) && !ASKS_FOR_KNOBS.test(t) && !(ASKS_FOR_FENCE.test(t) && fenceNext(plan, i))) {
      // Any other point of a section, as written (one in plain words: links, entities, code and math are read
      // by the tests for them).
      // `Same as section 2, plus: …`: what follows the pointer at another section.
      const item = t.replace(/^[-*] +/, "").replace(/^(?:same as (?:section|box) \d+|see above)[,;:]?\s*(?:plus[:,]?\s*)?/i, "");
      out.listItems.push(unmarked(tableAbove ? item : item.replace(/\s*\(see the table above\)$/i, "")));
    }
  }
  jsonExpectations(plan, out);
  let inQuotes = false;
  for (const written of style) {
    // A note after the dash saying where the quote goes (`— 동전 던지기 박스에 넣어주세요`, `— put this one with the
    // part about …`) is said to the designer, not drawn.
    const line = written.replace(/(["」”])\s*[—–-]\s*(?:[^"“”]*(?:칸|박스|상자|패널)(?:에|으로|로)?\s*(?:넣어\s*주세요|넣기|배치)?|(?:please\s+)?(?:put|place)\b[^"“”]*\b(?:part|box|panel|section)\s+(?:about|on|for)\b[^"“”]*)\s*$/u, "$1");
    if (/^\d+\./.test(line.trim())) inQuotes = /Quotable|인용/i.test(line);
    // `- "…" (its translation)`: the words, then the translation.
    else if (inQuotes && /^\s+- ["「“].*["」”]\s*\([^()]+\)$/.test(line)) out.quotes.push(unmarked(line.trim().replace(/^- ["「“](.+)["」”]\s*(\([^()]+\))$/, "$1 $2")));
    // A gloss in Korean after a dash (`"Use code" — 모델에게 … 하라`) is kept as a translation is.
    else if (inQuotes && /^\s+- ["「“][^"」”]+["」”]\s*[—–-]\s*\S*\p{Script=Hangul}\S*(?:\s+\S+){2,}$/u.test(line)) out.quotes.push(unmarked(line.trim().replace(/^- ["「“](.+)["」”]\s*[—–-]\s*(.+)$/, "$1 ($2)")));
    // Said at a time in the video (`- [2:51:48] Andrej: "…"`, `- "…" — Karpathy, 3:00:48`): the words inside the marks.
    else if (inQuotes && SAID_AT_TIME.test(line)) out.quotes.push(unmarked((([, a, b]) => a ?? b!)(SAID_AT_TIME.exec(line)!)));
    // `"use it as a tool" quote` names a quote by its words: drawn as the plan's quote that says them, or as the words.
    else if (inQuotes && namedQuote(line.trim().replace(/^- /, ""))) {
      const named = namedQuote(line.trim().replace(/^- /, ""))!;
      NAMED.add(named);
      out.quotes.push(named);
    }
    else if (inQuotes && /^\s+- ["「“]/.test(line)) out.quotes.push(unmarked(line.trim().replace(/^- ["「“]|["」”]$/g, "")));
    // `> "…" — Karpathy` after the label: the words inside the marks.
    else if (inQuotes && /^> ["“]/.test(line)) out.quotes.push(unmarked(line.replace(/^> ["“]([^"”]+)["”].*$/, "$1")));
  }
  // A point asking for the log the source holds is drawn as that log (source-code.ts), not as the ask.
  out.listItems = out.listItems.filter((item) => !asksForSourceCode(item));
  return out;
}

/**
 * A body row of a plan table whose header names the panel, then what goes in it, then how it is drawn
 * (`| 패널 | 들어갈 내용 | 시각 요소 |`): its cells, the panel's first; undefined for any other line.
 */
function panelTableRow(plan: string[], i: number): string[] | undefined {
  let head = i;
  while (head > 0 && plan[head - 1]!.trim().startsWith("|")) head--;
  const cells = (l: string): string[] => l.trim().slice(1, -1).split("|").map((c) => c.trim());
  if (!/^(?:패널|panel)$/i.test(cells(plan[head]!)[0] ?? "") || !/내용/.test(cells(plan[head]!)[1] ?? "")) return undefined;
  // The header and its rule hold nothing drawn.
  return i > head + 1 ? cells(plan[i]!) : ["", "", ""];
}

/**
 * A row of a table of quotes (`| # | Quote | 번역 |`, every cell of the quotes column in marks): its quote with the
 * translation after it in brackets; "" for the header and the `|---|` line; undefined when line i is no such row.
 */
function quoteTableRow(plan: string[], i: number): string | undefined {
  let top = i;
  while (top > 0 && plan[top - 1]!.trim().startsWith("|")) top--;
  let end = i;
  while (end + 1 < plan.length && plan[end + 1]!.trim().startsWith("|")) end++;
  const cells = (l: string): string[] => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  const head = cells(plan[top]!);
  const body = plan.slice(top + 2, end + 1).map(cells);
  const q = head.findIndex((h, k) => /quote|인용|명언/i.test(h) && body.length > 0 && body.every((r) => /^".+"$/.test(r[k] ?? "")));
  if (q < 0) return undefined;
  if (i < top + 2) return "";
  const row = cells(plan[i]!);
  const gloss = head.findIndex((h) => /번역|translat/i.test(h));
  return unmarked(`${row[q]!.slice(1, -1)}${gloss >= 0 && row[gloss] ? ` (${row[gloss]})` : ""}`);
}

/** A plan a chat model emitted as a JSON object of panels (`{"panels": [{"title", "type", "items"}], "quotes": […]}`):
 * each panel's items, rows, steps and the quotes, by the panel's type. */
function jsonExpectations(plan: string[], out: PlanExpectations): void {
  const open = plan.findIndex((l) => /^```json\s*$/.test(l.trim()));
  const close = plan.findIndex((l, k) => k > open && l.trim() === "```");
  if (open < 0 || close < 0) return;
  type J = { [k: string]: unknown };
  let obj: J;
  try {
    obj = JSON.parse(plan.slice(open + 1, close).join("\n")) as J;
  } catch {
    // JSON Lines of a chat (`{"role": …}` a line) is a code sample, not a plan.
    return;
  }
  const label = (v: unknown): string => unmarked(typeof v === "string" ? v : String((v as J).label ?? ""));
  const tree = (v: unknown): string[] => [label(v), ...(((v as J)?.children as unknown[] | undefined) ?? []).flatMap(tree)];
  for (const p of (obj.panels as J[] | undefined) ?? []) {
    const type = String(p.type ?? "");
    const items = (p.items as unknown[] | undefined) ?? [];
    if (type === "mindmap") out.mindNodes.push(String(p.root), ...items.flatMap(tree));
    else if (type === "table") out.tableCells.push(...((p.columns as string[]) ?? []).filter(Boolean), ...((p.rows as string[][]) ?? []).flat().map((c) => unmarked(c)));
    else if (type === "flowchart") out.flowSteps.push(...((p.steps as string[]) ?? []));
    else if (type === "numbered") out.takeaways.push(...items.map(label));
    else out.listItems.push(...items.map(label));
  }
  out.quotes.push(...((obj.quotes as J[] | undefined) ?? []).map((q) => String(q.text)));
}

function mindLabels(n: MindNode): string[] {
  return [n.label, ...n.children.flatMap(mindLabels)];
}

function sheetContents(sheet: Sheet): Record<keyof PlanExpectations, Set<string>> {
  const blocks: Block[] = panelsOf(sheet).flatMap((p) => p.blocks);
  const of = <K extends Block["kind"]>(k: K) => blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === k);
  return {
    // A header cell two rows deep (a spreadsheet's column group over its name) holds each row's cell as a line.
    tableCells: new Set(of("table").flatMap((t) => [t.header, ...t.rows].flat().flatMap((c) => [text(c), ...text(c).split("\n")]))),
    mindNodes: new Set(of("mindmap").flatMap((m) => mindLabels(m.root))),
    flowSteps: new Set(of("flowchart").flatMap((f) => f.nodes.map((n) => n.label))),
    // A checklist in a takeaways section is its takeaways, drawn with boxes instead of numbers.
    takeaways: new Set(of("bullets").filter((b) => b.style === "takeaways" || b.style === "checks").flatMap((b) => b.items.map(text))),
    // A quote the plan's running text already says in “…” is drawn there, not again as a card.
    quotes: new Set([...of("quote").map((q) => text(q.text)), ...[...of("paragraph").map((p) => p.text), ...of("bullets").flatMap((b) => b.items)].flatMap((t) => [...text(t).matchAll(/[“"「『]([^”"」』]+)[”"」』]/g)].map((m) => m[1]!))]),
    listItems: new Set(of("bullets").flatMap((b) => b.items.map(text))),
  };
}

/** Where a block of `kind` sits: the id of the panel holding it. */
function panelWith(sheet: Sheet, test: (b: Block) => boolean): string[] {
  return panelsOf(sheet)
    .filter((p) => p.blocks.some(test))
    .map((p) => p.id);
}

function lineNumberOf(doc: string, needle: string): number {
  const i = doc.split(/\r?\n/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in document`);
  return i + 1;
}

// ---------------------------------------------------------------------------------------------
const all = fixtures().filter((f) => f.kind === "prompt");
// Read as readSheet reads them: a plan's ```mermaid blocks are parsed (asynchronously) first.
const readings = new Map(await Promise.all(all.map(async (f) => [f.name, await readPromptDocumentAsync(f.text)] as const)));
const read = (f: Fixture) => readings.get(f.name) ?? readPromptDocument(f.text);
const fixture = (name: string): Fixture => {
  const f = all.find((x) => x.name === name);
  if (!f) throw new Error(`fixture ${name} missing`);
  return f;
};
const panel = (sheet: Sheet, id: string) => {
  const p = panelsOf(sheet).find((x) => x.id === id);
  if (!p) throw new Error(`no panel ${id} in ${panelsOf(sheet).map((x) => x.id).join(", ")}`);
  return p;
};
const kinds = (p: Panel) => p.blocks.map((b) => b.kind);
const panelRows = (sheet: Sheet) => sheet.rows.filter((r): r is PanelRow => r.kind === "panels");
const BOX = /[\u2500-\u257F]/;

/** The document less the plan sections of the boxes a reviewer's note had left out (the warnings name them):
 * their content goes with the box. A section goes when its title shares two words with the box's. */
function withoutDroppedBoxes(text: string, warnings: string[]): string {
  const words = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const dropped = warnings.flatMap((w) => /reviewer's note .*: the box "([^"]+)" is left out/.exec(w)?.[1] ?? []).map(words);
  if (!dropped.length) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let skip = false;
  for (const l of lines) {
    const h = /^(?:>+ ?)*(#{2,3}) (.*)$/.exec(l);
    if (h) skip = dropped.some((d) => words(h[2]!).filter((w) => d.includes(w)).length >= 2);
    out.push(skip ? "" : l);
  }
  return out.join("\n");
}

describe("every prompt fixture", () => {
  it("has at least four fixtures", () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  for (const f of all) {
    describe(f.name, () => {
      const { sheet, warnings } = read(f);

      it("builds a valid Sheet with only the warnings its fixture expects", () => {
        expect(() => SheetSchema.parse(sheet)).not.toThrow();
        expect(warningMismatch(f, warnings)).toEqual({ unexpected: [], missing: [] });
        expect(sheet.style).toEqual(DEFAULT_STYLE);
      });

      it("has ratios that sum to 100 and a title row first", () => {
        expect(sheet.rows[0]?.kind).toBe("title");
        expect(sheet.rows.reduce((s, r) => s + r.ratio, 0)).toBeCloseTo(100, 5);
        // The banner is the title box's text: the template's says NANO BANANA, others their own words.
        if (/NANO BANANA/.test(f.text)) expect(sheet.meta.banner).toMatch(/NANO BANANA/);
        else expect(sheet.meta.banner?.trim()).toBeTruthy();
      });

      it("keeps box-drawing characters out of every text", () => {
        for (const p of panelsOf(sheet)) {
          expect(p.title).not.toMatch(BOX);
          for (const l of p.lead) expect(text(l)).not.toMatch(BOX);
        }
      });

      it("drops nothing from the plan", () => {
        const want = planExpectations(withoutDroppedBoxes(f.text, warnings));
        const have = sheetContents(sheet);
        // Enough expected items that "nothing dropped" means something (a sparse chapter: its chart, list and quotes).
        expect(Object.values(want).flat().length).toBeGreaterThan(10);
        for (const key of Object.keys(want) as (keyof PlanExpectations)[]) {
          // An empty cell holds nothing to drop (a note under its table may say it repeats the one above).
          // A quotable insight the plan quotes in full (cut short, a word changed, glossed in other words) is drawn as the plan has it.
          const drawn = (item: string): string => (key === "quotes" ? [...have.quotes].find((q) => plannedQuotes([{ kind: "quote", text: [{ text: q }] }])(item) || (NAMED.has(item) && namesQuoteIn(item, [q]))) ?? item : item);
          for (const item of want[key].filter((w) => w !== "")) expect(have[key], `${key}: ${item}`).toContain(drawn(item));
        }
      });

      it("gives unique ids and widths that fit their row", () => {
        const ids = panelsOf(sheet).map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const row of panelRows(sheet)) {
          expect(row.panels.reduce((s, p) => s + (p.width ?? 0), 0)).toBeLessThanOrEqual(1.0001);
        }
      });
    });
  }
});

describe("tokenization fixture (English headings, 4 panel rows, 65/35 row)", () => {
  const { sheet } = read(fixture("tokenization"));

  it("reads rows, ratios and boxes per row", () => {
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 20, 28, 26, 16]);
    expect(panelRows(sheet).map((r) => r.panels.length)).toEqual([3, 2, 1, 4]);
    expect(sheet.page).toBe("a4");
  });

  it("takes widths from `left 65% / right 35%` and leaves equal columns unset", () => {
    const [first, second] = panelRows(sheet);
    expect(second?.panels.map((p) => p.width)).toEqual([0.65, 0.35]);
    expect(first?.panels.map((p) => p.width)).toEqual([undefined, undefined, undefined]);
  });

  it("drops a box's sketch text when the plan's items in that box say the same (no echo in a small box)", () => {
    const takeaways = panel(sheet, "takeaways");
    // The sketch shows "IDs in, / IDs out" on two lines; the takeaways list has "IDs in, IDs out".
    expect(takeaways.lead).toEqual([]);
    const items = takeaways.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(text) : []));
    expect(items).toContain("IDs in, IDs out");
    // Sketch text that says something else stays.
    expect(panel(sheet, "languages").lead.map(text)).toEqual(["Korean needs", "more tokens"]);
    // NUMBERS' sketch "1234 → 123+4" goes: the quirks item that names NUMBERS moved there and says it again.
    const numbers = panel(sheet, "numbers");
    expect(numbers.blocks.flatMap((b) => (b.kind === "bullets" ? b.items.map(text) : []))).toEqual([expect.stringMatching(/^Numbers split unevenly/)]);
    expect(numbers.lead).toEqual([]);
  });

  it("splits emoji from titles and strips layout remarks", () => {
    const quirks = panel(sheet, "token-quirks");
    expect(quirks.emoji).toBe("🧩");
    expect(quirks.title).toBe("TOKEN QUIRKS");
    expect(quirks.lead.map(text)).toEqual(["the model sees token IDs, never single letters", "try it yourself on tiktokenizer"]);
    expect(panel(sheet, "token-map").emoji).toBe("🗺️");
  });

  it("puts the BPE chain in the panel whose box draws it, with … for the dots", () => {
    const bpe = panel(sheet, "bpe-merges");
    expect(bpe.lead).toEqual([]);
    const flow = bpe.blocks.find((b) => b.kind === "flowchart");
    expect(flow?.kind === "flowchart" && flow.nodes.map((n) => n.label)).toEqual([
      "Raw Text", "UTF-8 Bytes", "Count Pairs", "Merge Top Pair", "…", "Final Vocabulary",
    ]);
    expect(flow?.kind === "flowchart" && flow.direction).toBe("LR");
  });

  it("matches sections by shared words and emoji, takeaways to TAKEAWAYS", () => {
    expect(kinds(panel(sheet, "token-map"))).toContain("mindmap");
    expect(kinds(panel(sheet, "token-quirks"))).toContain("bullets");
    expect(kinds(panel(sheet, "takeaways"))).toEqual(["bullets"]);
  });

  it("reads the English summary and the timestamps", () => {
    expect(text(sheet.source?.summary ?? [])).toMatch(/^Neural networks do not read characters/);
    expect(sheet.source?.paragraphs[0]?.time).toBe("08:10");
    expect(sheet.source?.paragraphs).toHaveLength(7);
  });
});

describe("pretraining-data fixture (Korean headings, 60/40, 16:9)", () => {
  const f = fixture("pretraining-data");
  const { sheet } = read(f);

  it("reads the Korean sections, the 16:9 page and the 60/40 split", () => {
    expect(sheet.page).toBe("16:9");
    expect(sheet.rows.map((r) => r.ratio)).toEqual([10, 50, 40]);
    expect(panelRows(sheet)[0]?.panels.map((p) => p.width)).toEqual([0.6, 0.4]);
    expect(sheet.meta).toMatchObject({ title: "2. Pretraining Data", titleKr: "2. 사전학습 데이터", chapter: 2 });
  });

  it("falls back to panel-N ids for Korean-only titles", () => {
    expect(panelsOf(sheet).map((p) => p.id)).toEqual(["filtering-pipeline", "panel-2", "fineweb", "panel-4", "panel-5"]);
    expect(panel(sheet, "panel-2").title).toBe("데이터 한눈에 보기");
  });

  it("joins a chain wrapped over two lines and keeps it out of the lead", () => {
    const pipe = panel(sheet, "filtering-pipeline");
    expect(pipe.lead).toEqual([]);
    expect(pipe.title).toBe("FILTERING PIPELINE");
    expect(kinds(pipe)).toContain("flowchart");
  });

  it("also reads pure Korean section headings", () => {
    const korean = f.text.replace("# Source Text (원문)", "# 원문");
    const again = readPromptDocument(korean);
    expect(again.sheet).toEqual(sheet);
  });

  it("bolds key terms: mind-map branches and the left side of X = Y", () => {
    const take = panel(sheet, "panel-5").blocks.find((b) => b.kind === "bullets");
    expect(take?.kind === "bullets" && take.items[0]?.[0]).toEqual({ text: "사전학습", bold: true });
    expect(take?.kind === "bullets" && take.items[1]?.[0]).toEqual({ text: "FineWeb", bold: true });
  });

  it("keeps **bold** written in table cells", () => {
    const table = panel(sheet, "filtering-pipeline").blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows[0]?.[0]).toEqual([{ text: "URL 필터링", bold: true }]);
  });
});

describe("inference-sampling fixture (heading row, knobs from the mind map)", () => {
  const { sheet } = read(fixture("inference-sampling"));

  it("titles a one-box row from the heading line above the box", () => {
    const loop = panel(sheet, "autoregressive-loop");
    expect(loop.title).toBe("AUTOREGRESSIVE LOOP");
    expect(loop.emoji).toBe("🔁");
    expect(loop.lead.map(text)).toEqual(["토큰 하나씩, 처음부터 다시"]);
    expect(kinds(loop)[0]).toBe("flowchart");
  });

  it("draws the Sampling Knobs analogy with labels from the closest mind-map branch", () => {
    const knobs = panel(sheet, "sampling-knobs").blocks.find((b) => b.kind === "knobs");
    expect(knobs?.kind === "knobs" && knobs.knobs.map((k) => k.label)).toEqual(["temperature", "top-k", "top-p"]);
    expect(knobs?.kind === "knobs" && knobs.result).toBe("다른 답변");
  });

  it("sends takeaways to the 요점 panel and the coin quote to BIASED COIN", () => {
    expect(kinds(panel(sheet, "panel-7"))).toEqual(["bullets"]);
    expect(kinds(panel(sheet, "biased-coin"))).toEqual(["quote"]);
    expect(panelRows(sheet).map((r) => r.panels.length)).toEqual([1, 2, 4]);
  });

  it("chooses A4 when A4 is named before 16:9", () => {
    expect(sheet.page).toBe("a4");
  });
});

describe("rlhf fixture (no flow chain in the plan, 70/30, halves)", () => {
  const { sheet } = read(fixture("rlhf"));

  it("builds the flowchart from the little boxes drawn in the pipeline box", () => {
    const flow = panel(sheet, "rlhf-pipeline").blocks.find((b) => b.kind === "flowchart");
    expect(flow?.kind === "flowchart" && flow.nodes.map((n) => n.label)).toEqual([
      "Sample Answers", "Human Ranking", "Reward Model", "RL Update",
    ]);
    expect(panel(sheet, "rlhf-pipeline").lead).toEqual([]);
  });

  it("reads `left 70% / right 30%` and hour timestamps", () => {
    expect(panelRows(sheet)[3]?.panels.map((p) => p.width)).toEqual([0.7, 0.3]);
    expect(sheet.source?.paragraphs[0]?.time).toBe("2:10:05");
  });

  it("puts the comparison table in the panel sharing its title and emoji", () => {
    expect(kinds(panel(sheet, "sft-vs-rlhf"))).toContain("table");
    expect(kinds(panel(sheet, "reward-hacking"))).toContain("bullets");
    expect(kinds(panel(sheet, "big-picture"))).toContain("mindmap");
  });
});

describe("missing Layout Structure", () => {
  const f = fixture("inference-sampling");
  const start = f.text.indexOf("# Layout Structure");
  const end = f.text.indexOf("# Output Style");
  const noLayout = f.text.slice(0, start) + f.text.slice(end);
  const { sheet, warnings } = readPromptDocument(noLayout);

  it("warns and builds a default layout from the plan sections", () => {
    expect(warnings.some((w) => /no # Layout Structure section/.test(w) && /default layout/.test(w))).toBe(true);
    expect(sheet.rows[0]).toEqual({ kind: "title", ratio: 10 });
    expect(sheet.rows.reduce((s, r) => s + r.ratio, 0)).toBeCloseTo(100, 5);
    expect(panelsOf(sheet).map((p) => p.title)).toEqual(["Topic Overview", "Key Concepts Matrix", "Generation Loop", "Key Takeaways"]);
    expect(panelRows(sheet).map((r) => r.panels.length)).toEqual([2, 2]);
  });

  it("still places every plan item", () => {
    const want = planExpectations(noLayout);
    const have = sheetContents(sheet);
    for (const key of Object.keys(want) as (keyof PlanExpectations)[]) {
      for (const item of want[key]) expect(have[key], `${key}: ${item}`).toContain(item);
    }
    expect(kinds(panel(sheet, "topic-overview"))).toContain("mindmap");
    expect(kinds(panel(sheet, "key-takeaways"))).toContain("bullets");
  });

  it("says so through readSheet as well", async () => {
    const res = await readSheet(noLayout);
    expect(res.warnings.join("\n")).toMatch(/default layout/);
  });
});

describe("bad prompt documents", () => {
  const bad = (name: string) => readFileSync(join(FIXTURES_DIR, "bad", name), "utf8");
  const failure = (doc: string): InputError => {
    try {
      readPromptDocument(doc);
    } catch (err) {
      if (err instanceof InputError) return err;
      throw err;
    }
    throw new Error("expected an InputError");
  };

  it("ratios that do not sum to 100 name the table's line and the sum", () => {
    const doc = bad("ratios-not-100.txt");
    const err = failure(doc);
    expect(err.message).toBe("the layout ratios add up to 95%, not 100%");
    expect(err.where.line).toBe(lineNumberOf(doc, "| 영역 | 비율 |"));
    expect(err.hint).toMatch(/sum to 100 \(now 10% \+ 40% \+ 23% \+ 22%\)/);
  });

  it("heights of thousands of rows that do not sum to 100 name a dozen and count the rest, on one short line", async () => {
    const { percentSum } = await import("../src/read/prompt/text-heights.js");
    expect(percentSum([10, 33.333, 56.667])).toBe("10% + 33.33% + 56.67%");
    const many = percentSum(Array.from({ length: 2000 }, () => 1));
    expect(many).toBe(`${Array.from({ length: 12 }, () => "1%").join(" + ")} + … 1988 more`);
  });

  it("a box missing its borders on one line is read with a warning naming the line", () => {
    const doc = bad("malformed-box.txt");
    const { sheet, warnings } = readPromptDocument(doc);
    const line = lineNumberOf(doc, "노브를 돌리면 다른 답변             높은");
    expect(warnings.filter((w) => w.startsWith(`line ${line}: a │ border is missing`))).toHaveLength(2);
    const row = sheet.rows[2];
    const leads = row?.kind === "panels" ? row.panels.map((p) => p.lead.map(richText)) : [];
    expect(leads).toEqual([
      ["노브를 돌리면 다른 답변", "낮은 temperature = 안전"],
      ["높은 확률 = 자주 뽑힘", "낮은 확률도 가끔 나옴"],
    ]);
  });

  it("a box left open at the row separator ends there, with a warning naming that line", () => {
    const doc = bad("unclosed-box.txt");
    const { sheet, warnings } = readPromptDocument(doc);
    const line = lineNumberOf(doc, "🔒 FROZEN") - 2;
    expect(warnings.some((w) => w.startsWith(`line ${line}: a border coming down`) && w.includes("assumed it ends here"))).toBe(true);
    expect(sheet.rows.map((r) => (r.kind === "panels" ? r.panels.length : 0))).toEqual([0, 1, 2, 4]);
  });

  it("a ratio table with fewer rows than the diagram is a clear error", () => {
    const doc = bad("row-count-mismatch.txt");
    const err = failure(doc);
    expect(err.message).toMatch(/ratio table has 3 rows but the layout diagram \(lines \d+–\d+\) has 4 rows/);
    expect(err.where.line).toBe(lineNumberOf(doc, "| 영역 | 비율 |"));
    expect(err.hint).toMatch(/one row per diagram row/);
  });

  it("errors come out of readSheet pinned to the file", async () => {
    await expect(readSheet(bad("ratios-not-100.txt"), { file: "x.txt" })).rejects.toMatchObject({
      where: { file: "x.txt" },
    });
  });
});

if (!HAS_SEED) console.warn(`[read-prompt] seed prompt not found at ${SEED_PATH}: the seed acceptance test is skipped`);

describe.skipIf(!HAS_SEED)("seed prompt (acceptance)", () => {
  const doc = HAS_SEED ? readFileSync(SEED_PATH, "utf8") : "";
  const { sheet, warnings } = HAS_SEED ? readPromptDocument(doc) : { sheet: undefined as unknown as Sheet, warnings: [] };

  it("reads rows 10 / 20 / 45 / 25 with 2 / 1 / 3 panels", () => {
    expect(warnings).toEqual([]);
    expect(() => SheetSchema.parse(sheet)).not.toThrow();
    expect(sheet.rows.map((r) => [r.kind, r.ratio])).toEqual([["title", 10], ["panels", 20], ["panels", 45], ["panels", 25]]);
    expect(panelRows(sheet).map((r) => r.panels.length)).toEqual([2, 1, 3]);
    expect(sheet.page).toBe("a4");
  });

  it("reads the frontmatter inside # Source Text and the banner", () => {
    expect(sheet.meta).toEqual({
      title: "5. Neural Network Internals",
      titleKr: "5. 신경망 내부 구조",
      author: "Andrej Karpathy",
      sourceUrl: "https://www.youtube.com/watch?v=7xTGNNLPyMI",
      series: "deep-dive-llms",
      chapter: 5,
      banner: "🍌 NANO BANANA CHEAT SHEET: NEURAL NETWORK INTERNALS 🍌",
    });
    expect(text(sheet.source?.summary ?? [])).toMatch(/^신경망 내부 구조를 설명합니다/);
    expect(sheet.source?.paragraphs.map((p) => p.time)).toEqual([
      "20:30", "21:00", "21:30", "22:00", "22:30", "23:00", "23:30", "24:00", "24:30", "25:00", "25:30", "26:00",
    ]);
  });

  it("reads panel titles, emoji and lead lines", () => {
    expect(panelsOf(sheet).map((p) => [p.id, p.emoji, p.title])).toEqual([
      ["parameters", "🔢", "PARAMETERS란?"],
      ["dj-knobs-analogy", "🎛️", "DJ KNOBS ANALOGY"],
      ["transformer-architecture", "⚡", "TRANSFORMER ARCHITECTURE"],
      ["math-expression", "📐", "MATH EXPRESSION"],
      ["not-like-brain", "🧠", "NOT LIKE BRAIN"],
      ["key-takeaways", "📌", "KEY TAKEAWAYS"],
    ]);
    expect(panel(sheet, "parameters").lead.map(text)).toEqual(["수십억 개의 조절 가능한", "숫자들 (가중치)"]);
    expect(panel(sheet, "dj-knobs-analogy").lead.map(text)).toEqual(["노브를 돌리면 다른 예측", "훈련 = 좋은 설정 찾기"]);
    expect(panel(sheet, "transformer-architecture").lead).toEqual([]);
    // The box says "기억 없음, 상태 없음 / 고정된 표현식"; the quote placed there says the same in full
    // ("a fixed mathematical expression… no memory, no state"), so the short version is not written twice.
    expect(panel(sheet, "not-like-brain").lead).toEqual([]);
  });

  it("builds the mind map: root, 4 branches, 12 leaves", () => {
    const map = panelsOf(sheet).flatMap((p) => p.blocks).find((b) => b.kind === "mindmap");
    const root = map?.kind === "mindmap" ? map.root : undefined;
    expect(root?.label).toBe("Neural Network Internals");
    expect(root?.children.map((c) => c.label)).toEqual(["Parameters", "Transformer", "Training", "Key Insight"]);
    // The seed lists 3 + 4 + 3 + 3 level-2 labels.
    expect(root?.children.flatMap((c) => c.children)).toHaveLength(13);
    expect(root?.children[0]?.children.map((c) => c.label)).toEqual(["수십억 개", "가중치", "DJ 노브"]);
  });

  it("puts the flow chain in the TRANSFORMER panel", () => {
    const flow = panel(sheet, "transformer-architecture").blocks.find((b) => b.kind === "flowchart");
    expect(flow?.kind === "flowchart" && flow.nodes.map((n) => n.label)).toEqual([
      "Input Tokens", "Embedding Layer", "Layer Norm", "Attention Block", "MLP Block", "…", "Logit Softmax", "Prediction",
    ]);
    expect(flow?.kind === "flowchart" && flow.nodes.map((n) => [n.id, n.shape])[0]).toEqual(["n1", "rect"]);
    expect(flow?.kind === "flowchart" && flow.edges).toHaveLength(7);
  });

  it("puts knobs in the DJ panel, the comparison in the brain panel, takeaways in KEY TAKEAWAYS", () => {
    const knobs = panel(sheet, "dj-knobs-analogy").blocks.find((b) => b.kind === "knobs");
    expect(knobs?.kind === "knobs" && knobs.knobs.map((k) => k.label)).toEqual(["w0", "w1", "w2", "w3"]);
    expect(knobs?.kind === "knobs" && knobs.result).toBe("다른 예측");
    const brainTable = panel(sheet, "not-like-brain").blocks.find((b) => b.kind === "table");
    expect(brainTable?.kind === "table" && brainTable.header.map(text)).toEqual(["특성", "생물학적 뉴런", "인공 뉴런"]);
    expect(kinds(panel(sheet, "key-takeaways"))).toEqual(["bullets"]);
    expect(panelWith(sheet, (b) => b.kind === "bullets" && b.style === "takeaways")).toEqual(["key-takeaways"]);
  });

  it("puts each quote where it is about, or beside a full panel it is about", () => {
    const quoteIn = (id: string) => panel(sheet, id).blocks.filter((b) => b.kind === "quote").map((b) => (b.kind === "quote" ? text(b.text) : ""));
    // "no memory, no state" is what NOT LIKE BRAIN's box says (기억 없음, 상태 없음, 고정된 표현식).
    expect(quoteIn("not-like-brain")).toEqual(["It's a fixed mathematical expression... no memory, no state"]);
    // "synthetic brain tissue" is about the brain panel, which is then full: it stays in its row.
    expect(["math-expression", "key-takeaways"]).toContain(panelWith(sheet, (b) => b.kind === "quote" && /synthetic brain/.test(text(b.text)))[0]);
    expect(quoteIn("transformer-architecture")).toEqual([]);
  });

  it("does not give the small panels the big concept table", () => {
    expect(panelWith(sheet, (b) => b.kind === "table" && b.rows.length === 5)).toEqual(["transformer-architecture"]);
  });

  it("drops nothing from the plan and bolds key terms", () => {
    const want = planExpectations(doc);
    const have = sheetContents(sheet);
    for (const key of Object.keys(want) as (keyof PlanExpectations)[]) {
      for (const item of want[key]) expect(have[key], `${key}: ${item}`).toContain(item);
    }
    const take = panel(sheet, "key-takeaways").blocks[0];
    expect(take?.kind === "bullets" && take.items[0]).toEqual([{ text: "파라미터", bold: true }, { text: " = DJ 노브 (조절해서 다른 예측)" }]);
  });
});
