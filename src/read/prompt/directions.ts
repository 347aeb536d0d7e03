// What a layout drawing says to the designer rather than to the reader: a box line in brackets naming the
// visual form the box should take ("(pipeline arrow)", "(token sequence box)"), and a title's trailing note of
// the form its content takes ("PRETRAIN vs POST-TRAIN (comparison table)"). Once the plan gives the panel
// its content, these have done their job and are not drawn; a box the plan gives nothing keeps them.
import { pointsAtPlanPart } from "./section-pointer.js";
import { sketchesCode } from "./code-sample.js";
import { echoesCode } from "./code-echo.js";
import { placeholderCaption, pictureStrip } from "./pictures.js";
import type { MindNode, Panel, Rich } from "../../model/sheet.js";
import { splitEmoji } from "./words.js";
import type { RootContent } from "mdast";
import { richText } from "./rich.js";
import { lineOf, plainText } from "./sections.js";
import { titleTime } from "./timestamps.js";
import { WHAT, calloutWritten, countsQuotes, rangeCountsContent, withoutArrowNote } from "./designer-notes.js";
import { calloutSketched } from "./callout-asks.js";
import { sketchesNumberedList } from "./numbered-sketch.js";
import { isSizeNote } from "./size-notes.js";
import { withoutSpelledTitle } from "./spelled-title.js";

const FORM = "table|chart|diagram|flow ?chart|flow|chain|mind ?map|graph|list|check ?list|arrows?|icons?|box(?:es)?|visual|illustration|sketch|timeline|cards?|표|도표|그림|도식|다이어그램|흐름도|마인드맵|목록|체크리스트|아이콘|화살표";
/** A title's closing note naming a visual form: "(comparison table)", "(flow diagram)", "(표)". */
// A reference mark may open it and a particle close its form (`(※ 표로)`, `(* 도식으로)`).
const FORM_NOTE = new RegExp(`\\s*[(（]\\s*(?:[※*★☞]\\s*)?(?:[\\p{L}-]+\\s+){0,3}?(?:${FORM})(?:으로|로)?(?:\\s+[\\p{L}-]+){0,2}\\s*[)）]$`, "iu");
/** A title's closing note counting what the box is to hold: "(24개 잎)", "(7행)", "(6 items)", "(3 rows)". */
const COUNT_NOTE = /\s*[(（]\s*\d{1,3}\s*(?:개|가지)?\s*(?:행|열|줄|잎|항목|노드|rows?|columns?|cols?|items?|leaves|leafs|nodes|bullets|points)\s*[)）]$/iu;
/** A bracketed note naming a form: "(pipeline arrow)"; "(lossy 압축)" and "(너무 포괄적)" are content. */
const NAMES_FORM = new RegExp(`(?<![\\p{L}])(?:${FORM})(?:으로|로)?(?![\\p{L}])`, "iu");

/** Drop the designer's notes from a panel the plan has filled. */
export function dropDirections(panel: Panel): void {
  // `HUMAN RANKING (2:51:48)`: where in the video the box's part is, not its name.
  panel.title = titleTime(panel.title).title;
  // A note on where the box stands or how big it is (`(세로 사이드바)`, `(spans two rows)`) is never content.
  panel.lead = panel.lead.filter((l) => !isPlaceNote(richText(l).trim()) && placeholderCaption(richText(l).trim()) === undefined && !pictureStrip(richText(l).trim()));
  withoutSpelledTitle(panel);
  if (panel.blocks.length === 0) return;
  const title = withoutQuoteCount(withoutArrowNote(panel.title, (n) => NAMES_FORM.test(n)).replace(FORM_NOTE, "").replace(COUNT_NOTE, ""), panel);
  if (title.trim() !== "") panel.title = title;
  const lead = withoutBracketedRuns(panel.lead);
  const texts = lead.map((l) => richText(l).trim());
  const form = texts.map((t) => namesDrawnForm(t, panel));
  // `pie chart` over `(출처별 비율)`: the bracketed line under the form's name is its remark. The lines naming the
  // rows of a table the panel shows (`Common Crawl` / `Books / Code` beside the pie drawn as its slices) sketch it.
  // Two rows named at least: one line beginning one row's first cell may be the box's own point about it.
  const rows = texts.map((t) => rowsNamed(t, panel));
  const listed = rows.reduce((n, r) => n + r, 0) >= 2;
  // Under a line naming the mind map or flowchart, the lines saying only its labels (`Pretraining` / `→
  // Post-training`, `어렵나? → 예`) sketch it.
  const labels = panel.blocks
    .flatMap((b) => (b.kind === "mindmap" ? mapLabels(b.root) : b.kind === "flowchart" ? [...b.nodes.map((n) => n.label), ...b.edges.map((e) => e.label ?? "")] : []))
    .join(" ")
    .toLowerCase();
  const sketch = texts.map(() => false);
  texts.forEach((t, k) => {
    const words = t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    sketch[k] = (form[k - 1] === true || sketch[k - 1] === true) && words.length > 0 && words.every((w) => labels.includes(w));
  });
  const numbered = sketchesNumberedList(texts, panel);
  panel.lead = lead.filter((_, k) => !form[k] && !sketch[k] && !numbered[k] && !isStandIn(texts[k]!) && !pointsAtPlanPart(texts[k]!) && !countsContent(texts[k]!, panel) && !rangeCountsContent(texts[k]!, panel) && !calloutWritten(texts[k]!, panel) && !calloutSketched(texts[k]!, panel) && !(form[k - 1] && /^[(（].*[)）]$/u.test(texts[k]!)) && !(listed && rows[k]! > 0));
  // A plan line pointing back at the quotes (`위 Quotable Insights 5개를 말풍선으로`) in the panel that now holds
  // them said how to draw them; the quotes are drawn.
  if (panel.blocks.some((b) => b.kind === "quote")) {
    panel.blocks = panel.blocks.filter((b) => b.kind !== "bullets" || !b.items.every((i) => pointsAtQuotes(richText(i))));
  }
}

/** How many rows of a table in the panel the line names, when each of its parts (split at `/`, `,`, `·`) begins
 * the first cell of one; else 0. */
function rowsNamed(line: string, panel: Panel): number {
  const firsts = panel.blocks.flatMap((b) => (b.kind === "table" ? b.rows.map((r) => norm(richText(r[0] ?? []))) : []));
  const parts = line.split(/\s*[\/,·]\s*/u).map(norm);
  if (firsts.length >= 2 && parts.every((p) => p.length >= 3 && firsts.some((f) => f.startsWith(p)))) return parts.length;
  // `ChatGPT o1/o3` over the row `ChatGPT | o1, o3-mini`: the row's first cell, then what its next cell says.
  const row = panel.blocks.flatMap((b) => (b.kind === "table" ? b.rows : [])).find((r) => norm(richText(r[0] ?? [])).length >= 3 && norm(line).startsWith(norm(richText(r[0] ?? []))));
  const rest = row ? line.trim().slice(richText(row[0] ?? []).trim().length).split(/[\s\/,·]+/u).map(norm).filter(Boolean) : [];
  return row && rest.length > 0 && rest.every((w) => norm(row.slice(1).map(richText).join(" ")).includes(w)) ? 1 : 0;
}

const norm = (t: string): string => t.toLowerCase().replace(/[\s\p{P}]+/gu, "");

/** A quotes box titled with how many it holds (`KARPATHY 명언 5`, `Quotes ×3`): the count, once the panel holds
 * that many quotes, is the writer's note to the artist, not part of the title. */
function withoutQuoteCount(title: string, panel: Panel): string {
  const quotes = panel.blocks.filter((b) => b.kind === "quote").length;
  const m = /^(.*(?:명언|인용구?|어록|quotes?))\s*[x×]?\s*(\d{1,2})\s*(?:개)?$/iu.exec(title.trim());
  if (m && Number(m[2]) === quotes) return m[1]!;
  // The same count in brackets after the title: `KARPATHY 명언 (quotes x4)`, `💬 인용 (4개)`.
  const b = /^(.+?)\s*[(（]\s*(?:명언|인용구?|어록|quotes?)?\s*[x×]?\s*(\d{1,2})\s*(?:개)?\s*[)）]$/iu.exec(title.trim());
  return b && Number(b[2]) === quotes ? b[1]! : title;
}

/** A box line that only counts what the box is to hold: `명언 3개`, `4줄 요약`, `3 bullets`, `요약 4줄`. */
// Two words of what it counts after the number as well: `5가지 핵심 정리`.
const COUNT_LINE = new RegExp(`^(?:(?:${WHAT})\\s*)?(\\d{1,2})\\s*(?:개|줄|가지|${WHAT})(?:\\s*(?:${WHAT})){0,2}$`, "iu");

/** A count line (`4줄 요약`) in a panel that holds that many quotes, or a list of that many items, was the writer's
 * note of how much goes there; the content it counts is drawn. Another number is content (`토큰 3개`). */
function countsContent(line: string, panel: Panel): boolean {
  // A count of quotes is the designer's note however many land here: they go to the panels they are about too
  // (`인용 3개` in the 💬 box, a quote placed beside the topic it speaks of).
  if (countsQuotes(line)) return true;
  const m = COUNT_LINE.exec(line.trim());
  // A bare `3개` may be an answer (`r이 몇 개?` … `3개`): a count line names what it counts, or counts lines.
  if (!m || /^\d{1,2}\s*(?:개|가지)$/u.test(line.trim())) return false;
  const n = Number(m[1]);
  const quotes = panel.blocks.filter((b) => b.kind === "quote").length;
  return n === quotes || panel.blocks.some((b) => b.kind === "bullets" && b.items.length === n);
}

/** A box line holding the place of what the plan will write, with no word of its own: `"…"`, `...`, `1 ~ 6`. */
// `✓ ✓ ✓`: ticks alone hold the place of the checklist's items, `1.` alone that of a numbered one.
const isStandIn = (line: string): boolean =>
  /^["“”'‘’「」]*\s*(?:…|\.{2,}|·{2,})\s*["“”'‘’「」]*$/u.test(line) || /^(?:[✓✔☑✅]\uFE0F?\s*){2,}$/u.test(line) || /^\d{1,2}[.)]$/u.test(line) || STANDIN_RANGE.test(line) || BADGES.test(line);

// `1️⃣ 2️⃣ 3️⃣`, `① ② ③ …`: number badges alone, in a row, holding the place of the numbered items the plan writes.
const BADGES = /^(?:(?:[0-9]\uFE0F?\u20E3|\u{1F51F}|[\u2460-\u2473\u2776-\u277F])\s*){2,}(?:…|\.{2,})?$/u;

// `1 ~ 5`, `① ~ ④ 번호 배지`: a run of numbers standing for the numbered list (its badges) the box will hold.
const STANDIN_RANGE = /^[(\[]?\s*(?:\d{1,2}|[\u2460-\u2473])\s*(?:~|～|–|-|\.\.\.?|…)\s*(?:\d{1,2}|[\u2460-\u2473])\s*[)\]]?(?:\s*(?:번호\s*)?(?:배지|뱃지|동그라미|badges?|numbered(?:\s+badges)?))?$/iu;

/** A plan line that only points at the quotes given elsewhere: it names them and says `above`, with no quote of its own. */
export const pointsAtQuotes = (text: string): boolean =>
  !/["“”]/.test(text) && /quotable|quotes?\b|인용구?|명언|어록/i.test(text) && /(?:^|\s)(?:위|앞|상기|above|listed|earlier)(?:의|에서|에|\s|$)/i.test(text);

/** Words saying where a box stands or how big it is (a Korean particle after them taken off first); the rows it
 * takes (`(행2 + 행3 세로로 길게 차지)`) say it too. */
const PLACE_WORD =
  /^(?:세로|가로|왼쪽|오른쪽|좌측|우측|상단|하단|위|아래|긴|길게|넓은|넓게|좁은|좁게|큰|크게|전체|너비|높이|(?:[23]|두|세)?\s*(?:줄|행|칸|열)|[23]|두|세|걸친|걸쳐|걸침|걸쳐서|이어짐|계속|사이드\s*바|sidebar|side|bar|vertical|tall|wide|widest|narrow|full|width|height|spans?|spanning|across|down|through|the|a|two|three|rows?|columns?|left|right|top|bottom|continued|cont\.?|행\s*\d|row\s*\d|차지(?:함|하게|하는)?|takes?|occup(?:y|ies|ying)|[→↓↕·,/+&-])$/i;
const PARTICLE = /(?<=[가-힣])(?:으로|로|에서|에|을|를|의)$/u;

/** A line wholly in brackets that only says where the box stands or how big it is: `(세로 사이드바)`, `(spans 2 rows)`. */
export function isPlaceNote(line: string): boolean {
  if (isSizeNote(line)) return true;
  const inner = /^[(（](.+)[)）]$/u.exec(line)?.[1]?.replace(/[!！.。]+$/u, "");
  if (!inner) return false;
  // `(세로로 길게, 인용 3~4개)`: beside where it stands, how many quotes or points the box is to hold.
  const clauses = inner.split(/\s*[,，;]\s*/u).filter((c) => c !== "" && !HOLDS_NOTE.test(c));
  if (clauses.length === 0) return false;
  const words = clauses.join(" ").split(/\s+/).filter(Boolean);
  // A word for the box's shape must be there: `(두 줄)` or `(오른쪽 위)` alone may be the box's content.
  return words.every((w) => PLACE_WORD.test(w) || PLACE_WORD.test(w.replace(PARTICLE, ""))) && /세로|사이드|sidebar|side|vertical|tall|wide|span|걸|넓|좁|길게/i.test(clauses.join(" "));
}

/** `인용 3~4개`, `명언 3개`, `quotes ×4`, `요약 5줄`: how much of what the box is to hold, a range or a number. */
const HOLDS_NOTE = /^(?:인용(?:구|문)?|명언|어록|요약|핵심|quotes?|bullets?|points?)\s*[x×]?\s*\d{1,2}(?:\s*[~～–-]\s*\d{1,2})?\s*(?:개|줄|가지)?$/iu;

/** `표로 정리`, `표 형식`, `in a table`: the box is to hold a table. */
const TABLE_NOTE = /^(?:표로(?:\s*(?:정리|비교|요약))?|표\s*형식(?:으로)?|(?:as|in)\s+a\s+table)$/i;
/** `인용 2개`, `명언 3개`, `quotes ×2`: the box is to hold that many quotes. */
const QUOTES_NOTE = /^(?:인용(?:구|문)?|명언|어록|quotes?)\s*(?:\d+\s*개|[x×]\s*\d+|\d+)?$/i;
/** `핵심 요약`, `요약`, `key points`: the box is to hold the summary list. */
const SUMMARY_NOTE = /^(?:핵심\s*)?(?:요약|정리)$|^(?:key\s+)?(?:summary|points)$/i;

/** A box line saying what the box will show (`Free / Plus / Pro table`, `결정 흐름도`), once the panel shows it. */
function namesDrawnForm(line: string, panel: Panel): boolean {
  const has = (kind: string): boolean => panel.blocks.some((b) => b.kind === kind);
  // `step 1/32000 | loss 10.98 ... (코드 블록처럼)`: the code card's first line, sketched (code-sample.ts).
  if (sketchesCode(line, panel)) return true;
  // `butterfly: 나비` in a sketched prompt window, the plan's code card drawing that window (code-echo.ts).
  if (echoesCode(line, panel)) return true;
  // `💬 명언 + ✅ 핵심 정리`: what else the box holds, one note a part, each part drawn.
  const parts = line.replace(/^[+&]\s+/, "").split(/\s+[+&/]\s+/);
  if ((parts.length > 1 || parts[0] !== line) && parts.every((p) => namesDrawnForm(p, panel))) return true;
  // `📚 대화 예시 (표)`: a section's emoji and name with its form in brackets, the form drawn here.
  const named = splitEmoji(line);
  if (named.emoji && /\s[(（](?:table|표|도표)[)）]$/i.test(named.rest)) return has("table");
  if (named.emoji && (QUOTES_NOTE.test(named.rest) || SUMMARY_NOTE.test(named.rest))) return has(QUOTES_NOTE.test(named.rest) ? "quote" : "bullets");
  // `(python 코드)`, `(code)`: a whole line in brackets naming the code card the plan puts in the box.
  if (/^[(（](?:[\p{L}+#-]+\s+)?(?:code|snippet|sample|코드|예제)(?:\s*블록)?[)）]$/iu.test(line)) return has("code");
  // `용어 6개`, `정의 길게`, `12 terms`: how many terms a glossary box lists and how its definitions run, once the
  // plan's table of them is there.
  if (/^(?:(?:용어|단어|개념|terms?|concepts?)\s*\d{1,2}\s*(?:개|가지)?|\d{1,2}\s*(?:terms?|concepts?)|(?:정의|설명|definitions?)\s*(?:길게|짧게|자세히|간단히|long|short|detailed))$/iu.test(line)) return has("table");
  // `용어` over `정리` in a narrow sidebar, `Glossary`: the box named as the glossary the plan lists or tabulates.
  if (/^(?:용어(?:\s*정리)?|용어집|glossary|key\s+terms)$/iu.test(line)) return has("table") || has("bullets");
  // `💬 명언`, `렌탈 가격 표 ($/GPU-hour)`: an emoji before the note, or a remark on what the form will show after
  // it, leave it a note on the form.
  line = line.replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, "").replace(/\s*[(（][^()（）]*[)）]$/u, "").trim();
  // `비교표`, `요약표`: a table named in one word with what it does.
  if (/\s(?:table|표)$/i.test(line) || TABLE_NOTE.test(line) || /^(?:비교|대조|요약|정리)표$/u.test(line)) return has("table");
  // `nvidia-smi 코드`, `training loop snippet`: the code card the plan puts in the box.
  if (/\s(?:code|snippet|코드|코드\s*블록)$/i.test(line)) return has("code");
  // `체크리스트`, `checklist`: the ticked list the plan puts there.
  if (/^(?:check\s*list|체크\s*리스트)$/i.test(line)) return panel.blocks.some((b) => b.kind === "bullets" && b.style === "checks");
  // `텍스트 트리 도식`: a tree or map drawn in the box is the mind map the plan gives.
  if (/\s(?:tree|트리|mind ?map|마인드맵)(?:\s+(?:diagram|도식))?$/i.test(line)) return has("mindmap");
  // `flowchart` alone on its line names the form as `decision flowchart` does; so does a Mermaid header written as
  // a note (`flowchart LR (RL loop)`).
  if (/\s(?:flow ?chart|flow|diagram|흐름도|도식)$|^(?:flow ?chart|diagram|흐름도|도식)$|^(?:flowchart|graph)\s+(?:LR|RL|TB|TD|BT)$/i.test(line)) return has("flowchart");
  if (QUOTES_NOTE.test(line)) return has("quote");
  if (SUMMARY_NOTE.test(line)) return has("bullets");
  // `pie chart`, `막대 그래프`: a chart is drawn as the table of its values (chart-tables.ts) or as a flowchart.
  if (/(?:^|\s)(?:chart|graph|차트|그래프)$/i.test(line)) return has("table") || has("flowchart");
  // `Pretraining | SFT | RL`: the head of the table the panel holds, sketched in the box.
  const cells = line.split("|").map((c) => c.trim().toLowerCase());
  if (cells.length >= 2 && cells.every(Boolean)) {
    return panel.blocks.some((b) => b.kind === "table" && cells.every((c) => b.header.some((h) => richText(h).toLowerCase().includes(c))));
  }
  return false;
}

/**
 * Lead lines less every run of lines that opens with "(" and closes with ")" (a note the box may wrap over
 * lines) and names a visual form or where the box stands, so long as its brackets pair up: "(예: 1234)" inside a sentence is not a run.
 */
function withoutBracketedRuns(lead: Rich[]): Rich[] {
  const texts = lead.map((l) => richText(l).trim());
  const drop = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    // `[flowchart: 인터넷 →` / `base → SFT → assistant]`: square brackets set such a note apart as well.
    const close = /^[(（]/.test(texts[i]!) ? /[)）]$/ : /^\[/.test(texts[i]!) ? /\]$/ : undefined;
    if (!close) continue;
    for (let j = i; j < texts.length && j < i + 3; j++) {
      const run = texts.slice(i, j + 1).join(" ");
      if (!close.test(texts[j]!)) continue;
      if (depthEndsAt(run) === run.length - 1 && (NAMES_FORM.test(run) || isPlaceNote(run))) for (let k = i; k <= j; k++) drop.add(k);
      break;
    }
  }
  return drop.size === 0 ? lead : lead.filter((_, k) => !drop.has(k));
}

/** Where the bracket opened at 0 closes, or -1. */
function depthEndsAt(text: string): number {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "(" || c === "（" || c === "[") depth++;
    else if (c === ")" || c === "）" || c === "]") {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/** A closing line to the image maker: "Please render at 300 dpi. Thanks!", "이미지로 만들어 주세요", or one that
 * ends on the request, as Korean puts the verb last: "위 구성으로 … 한 장에 다 넣어서 그려줘". */
// The page's format (`One image, A4 landscape`, `세로 금지`) is said to the image maker too.
// `Output: a single 1920×1080 PNG.`: the file and its size in pixels are the image maker's too.
const REQUEST = /^(?:please|pls|thanks|thank you|could you|can you|make sure|remember to|부탁|감사|이미지(?:로|를)|그려\s*주|만들어\s*주)|\b(?:render|generate|dpi|resolution|aspect ratio|landscape|portrait|png|jpe?g)\b|\b\d{3,4}\s*[×x]\s*\d{3,4}\b|가로\s*(?:방향|형)|세로\s*(?:방향|금지)|(?:그려|만들어|뽑아)\s*(?:줘|주세요|주십시오|줄래)(?=[\s.!~]|$)/i;

/** A closing paragraph that says what it is (`**Image request:** Please draw this as …`, `이미지 요청: …`): the
 * request however long it runs, as a heading so worded would open the image request's own section. */
const LABELLED = /^(?:image\s+(?:generation\s+)?request|이미지\s*(?:생성\s*)?요청|그림\s*요청|final\s+request|최종\s*요청)\s*[:：]/i;

/** A chat model's closing offer to whoever asked it for the prompt: "Let me know if you'd like me to adjust…",
 * "Want me to make a 16:9 version?", "수정이 필요하면 말씀해 주세요". */
const OFFER = /^(?:let me know|feel free|hope (?:this|that) helps|i can also|i could also|(?:do )?you want me to|want me to|would you like|if you(?:'d| would)? like|shall i|수정이?\s*필요하면|필요하시면|원하시면|더 필요한)/i;

/** A label over tips for using the prompt (`Tips for best results:`, `Pro tip:`, `사용 팁:`), written as a chat model
 * closes its answer: advice to the asker about the image maker, not the sheet's words. Only a short label line. */
const TIPS = /^(?:(?:a\s+few\s+|some\s+|quick\s+|pro\s+|extra\s+)?tips?(?:\s+(?:for|to\s+get)\s+(?:the\s+)?(?:best|better|good)\s+results?)?|(?:사용|활용|생성)\s*팁|팁)\s*[:：]?\s*$/i;

/** Whether a paragraph is such an offer: what it offers (`switch the layout to 16:9`) is not asked for. */
export const isOffer = (text: string): boolean => OFFER.test(opening(text));

/** A remark put in brackets (`(Feel free to drop …)`) says what it says: its bracket is not its first word. */
const opening = (text: string): string => text.trim().replace(/^[(（\[「"“'‘*_]+\s*/u, "");

const clip = (t: string): string => (t.length > 60 ? `${t.slice(0, 57)}…` : t);

/**
 * The plan's nodes less the paragraphs closing it that ask the image maker for something: they are the
 * image request, said in passing, not a panel's content. Each one left out is noted with its line.
 */
export function withoutClosingRequest(nodes: RootContent[], warnings: string[]): RootContent[] {
  let end = nodes.length;
  while (end > 0) {
    const n = nodes[end - 1]!;
    // A rule closing the plan before a request or an offer: the plan ended above it.
    if (n.type === "thematicBreak" && end < nodes.length) {
      end--;
      continue;
    }
    // Advice to whoever asked for the prompt, closing it: `**Tips for best results:**` over a list of tips.
    const label = nodes[end - 2];
    // Under a closing rule or naming the results it is for: a plan's own `Tips:` over a list is content.
    const tips = label?.type === "paragraph" ? opening(plainText(label)) : "";
    if (n.type === "list" && TIPS.test(tips) && (nodes[end - 3]?.type === "thematicBreak" || /results?/i.test(tips))) {
      warnings.push(`line ${lineOf(label!)}: "${clip(tips.trim())}" and the list under it are tips for whoever uses the prompt; they are not drawn`);
      end -= 2;
      continue;
    }
    const text = n.type === "paragraph" ? plainText(n).trim() : "";
    if (text === "" || text.length > 300) break;
    if (isOffer(text)) warnings.push(`line ${lineOf(n)}: "${clip(text)}" is an offer from whoever wrote the prompt; it is not drawn`);
    else if (text.length <= 200 && REQUEST.test(opening(text))) warnings.push(`line ${lineOf(n)}: "${text}" asks the image maker for something; it is not drawn`);
    else if (LABELLED.test(opening(text))) warnings.push(`line ${lineOf(n)}: "${clip(text)}" is the image request; it is not drawn`);
    else break;
    end--;
  }
  return end === nodes.length ? nodes : nodes.slice(0, end);
}

function mapLabels(n: MindNode): string[] {
  return [n.label, ...n.children.flatMap(mapLabels)];
}
