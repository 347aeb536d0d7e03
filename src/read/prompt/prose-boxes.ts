// The boxes a sentence about one row names: `three boxes: left 🧮 MATH EXPRESSION, middle 🎛️ PARAMETERS,
// right 🧠 NOT A BRAIN`, `a wide 🏗️ TRANSFORMER box (70%) and a 📌 TAKEAWAYS sidebar (30%)`, `왼쪽 🔤 토큰이란?
// 가운데 🧩 BPE 오른쪽 📏 어휘 크기`. Each box keeps its title and emoji as written; what the sentence says
// about it (where, how wide, a sidebar, which rows it runs through) is read off and left out of the title.

import { columnSpan } from "./span-words.js";

export interface ProseBox {
  title: string;
  /** Width as a percent of the row, when the sentence states one. */
  width?: number;
  side?: "left" | "right";
  /** Called a sidebar or a column (`세로`, `sidebar`): with a row range it runs down through those rows. */
  sidebar: boolean;
  /** Rows it runs through, by the numbers the text gives them (`rows 2–3`, `2~3행`). */
  rows?: [number, number];
  /** Columns of its row it is said to take (`(두 칸 합침)`), beside boxes of one column each. */
  cols?: number;
  /** What a dash after the title says the box holds (`— 누가 쓰는가, 어떻게 쓰는가`): its line, not its title. */
  note?: string;
}

const EMOJI = String.raw`(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*)`;
/** An emoji that opens a title: not one closing the words before it (`NOT A BRAIN 🧠,`). */
const EMOJI_START = new RegExp(`${EMOJI}(?=\\s*[\\p{L}\\p{N}"“'‘「*])`, "gu");
const HAS_EMOJI = new RegExp(EMOJI, "u");
/** Where a box's place is said: as the piece's first words (`left`, `on the right`, `오른쪽에`, `왼쪽：` with a
 * full-width colon and no space after it). */
const SIDE = /^(?:(?:on|at|to)\s+the\s+)?(?:far\s+)?(left|right|middle|cent(?:er|re)|왼쪽|왼편|좌측|좌|가운데|중앙|오른쪽|오른편|우측|우)(?:\s*(?:side|column|half|third|칸|편|쪽|절반))?(?:[:：]|(?:에는|에|은|는|—|-)?(?=\s|$))/i;
/** Words around a title that describe the box, not name it. */
const LEAD_WORDS = /^(?:(?:and|then|with|plus|a|an|the|one|wide|wider|widest|big|bigger|large|narrow|small|tall|full[- ]width|vertical|그리고|및|넓은|넓게|큰|작은|좁은|세로|긴|가로로\s*긴)\s+)+/i;
const KIND_WORDS = String.raw`(?:box|boxes|panel|card|section|sidebar|side\s*bar|column|strip|area|박스|칸|상자|패널|카드|영역|사이드바|사이드\s*바|세로\s*칸|기둥)`;
const TRAIL = new RegExp(String.raw`\s+${KIND_WORDS}(?:가|이|는|은|을|를|로|으로|에)?(?=\s|$|[,.;)])`, "gi");
const SIDEBAR = /sidebar|side\s*bar|사이드\s*바|세로\s*(?:칸|박스|패널|기둥)?|vertical\s+(?:box|panel|column|strip)|\bcolumn\b/i;
const RANGE = /(?:rows?\s*(\d+)\s*(?:[-–—~]|to|and|through|thru)\s*(?:row\s*)?(\d+))|(\d+)\s*(?:행|줄)?\s*[-–—~]\s*(\d+)\s*(?:행|줄)(?:에서|에)?|(?:through|into|to|until|down\s+to)\s+row\s*(\d+)|(\d+)\s*(?:행|줄)까지/i;
const PERCENT = /[(（]?\s*(?:width|폭|너비|가로)?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*(?:wide|width|폭|너비)?\s*[)）]?/i;
/** Words that make a bracketed remark about the drawing, kept out of the title. */
const REMARK_WORD = /wide|widest|big|narrow|sidebar|column|spans?|spanning|rows?\b|height|tall|넓|좁|크게|세로|걸쳐|사이드|행|줄|칸|높이|mind\s*map|flow\s*chart|table|표|마인드\s*맵|도식|diagram|chart|그래프|그림|흐름도/i;
/** A box said to take the row's whole width. */
const FULL = /\s*(?:[,—–-]\s*)?(?:한\s*칸\s*)?(?:(?:가로\s*)?전체\s*(?:너비|폭|를?\s*차지)?|full[- ]width|(?:all\s+the\s+way\s+)?across\s+the\s+(?:whole\s+)?(?:page|row|width))\s*$/i;
/** A sentence's own verbs around a box: `… sits on the right`, `…가 들어감`. */
const TAIL = /\s+(?:that|which|spanning|spans|running|runs|going|goes|sits|stretching|stretches|taking|takes|covering|covers|on\s+the\s+(?:left|right))\b.*$|\s*(?:가|이|를|을)?\s*(?:\d+\s*[~–-]\s*\d+\s*(?:행|줄)에?\s*)?(?:걸쳐|걸친|걸치게|들어감|들어가|배치|놓기|놓아|위치|차지).*$/i;

/** An item naming its box by a label of place (`Col A (wide, ~65%): …`, `Box 3: …`, `Full width: "…"`). */
const LABEL_ITEM = /^(?:col(?:umn)?\s*(?:[a-z]\b|\d+)|(?:box|panel|card|박스|패널|칸)\s*\d+|\d+\s*(?:번\s*)?(?:칸|박스)|full[- ]?width|전체(?:\s*너비)?)\s*([(（][^()（）]*[)）])?\s*[:：]\s*/i;

const MAX_PIECE = 240;
/** A bracket saying only that the box takes half its row. */
const HALF = /^(?:(?:about|roughly|around|약)\s*)?(?:(?:a|one)\s+)?(?:half|절반|반)(?:\s*(?:of\s+the\s+(?:row|width|page)|정도|쯤|가량))?$/i;

/** The pieces of a row's text that are boxes, in the order written. */
export function splitBoxes(text: string): string[] {
  const starts = [...text.matchAll(EMOJI_START)].map((m) => m.index!);
  if (starts.length >= 2) {
    // Each box runs from its emoji (and the place words just before it) to the next box's.
    const cuts = starts.map((at) => placeStart(text, at));
    cuts[0] = 0;
    return cuts.map((c, k) => text.slice(c, cuts[k + 1] ?? text.length)).map(trimPiece).filter(Boolean);
  }
  const sides = [...text.matchAll(/(?:^|[\s,;])((?:on\s+the\s+)?(?:left|middle|cent(?:er|re)|right|왼쪽|가운데|중앙|오른쪽)(?:에는|에|은|는)?(?:\s*[:：—-])?\s)/gi)];
  if (sides.length >= 2) {
    const cuts = sides.map((m) => m.index! + (m[0].length - m[1]!.length));
    cuts[0] = 0;
    return cuts.map((c, k) => text.slice(c, cuts[k + 1] ?? text.length)).map(trimPiece).filter(Boolean);
  }
  // `Card D (narrow, left) and Card E (wide, right)`: a comma inside a box's brackets is its remark's, not a cut.
  const masked = text.replace(/[(（][^()（）]*[)）]/g, (m) => m.replace(/[,;|·•/+]/g, (c) => MASK[c]!));
  return masked
    .split(/\s*[,;|·•]\s*|\s+\+\s+|\s+\/\s+|\s+(?:and|그리고|및)\s+/i)
    .map((p) => trimPiece(p.replace(/[\uE000-\uE006]/g, (c) => UNMASK[c]!)))
    .filter(Boolean);
}

const MASK: Record<string, string> = { ",": "\uE000", ";": "\uE001", "|": "\uE002", "·": "\uE003", "•": "\uE004", "/": "\uE005", "+": "\uE006" };
const UNMASK: Record<string, string> = Object.fromEntries(Object.entries(MASK).map(([k, v]) => [v, k]));

/** Back from an emoji over the place and size words that belong to its box (`, right 🧠`, `and a wide 🏗️`). */
function placeStart(text: string, at: number): number {
  // Place words sit right before the emoji: a short window keeps a row of many boxes linear.
  const before = text.slice(Math.max(0, at - 60), at);
  const m = /(?:[,;|/·+]|\s(?:and|그리고|및)|^)\s*((?:(?:on|at|to)\s+the\s+|(?:left|middle|cent(?:er|re)|right|왼쪽|왼편|가운데|중앙|오른쪽|오른편|좌측|우측)(?:에는|에|은|는)?\s*(?:[:：—-]\s*)?|(?:a|an|the|one|wide|big|large|narrow|small|tall|vertical|넓은|큰|작은|좁은|세로)\s+)*)$/i.exec(before);
  // `가운데는 "🗜️ …"`: the quote opening the title stands between the place words and the emoji.
  const quote = /["“「『'‘]$/.exec(before);
  if (quote) {
    const q = placeStart(text.slice(0, at - 1), at - 1);
    return q < at - 1 ? q : at - 1;
  }
  return m ? at - m[1]!.length : at;
}

/** A piece without the separators around it, walked off both ends (a regex anchored at the end would rescan a
 * long run of them from every start). */
function trimPiece(piece: string): string {
  const sep = (c: string | undefined, end: boolean) => c !== undefined && (/[\s,;|/·+:：—–-]/.test(c) || (end && /[.。]/.test(c)));
  let a = 0;
  let b = piece.length;
  while (a < b && sep(piece[a], false)) a++;
  while (b > a && sep(piece[b - 1], true)) b--;
  return piece
    .slice(a, b)
    .replace(/^(?:and|그리고|및)\s+/i, "")
    .replace(/\s(?:and|그리고|및)$/i, "")
    .trim();
}

/** Whether a bracket is open at `at`: a kind word inside a title's own gloss (`(검증 가능한 영역)`) is its words. */
function inBracket(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf("(") > before.lastIndexOf(")") || before.lastIndexOf("（") > before.lastIndexOf("）");
}

/** A bracketed remark about the drawing (its width, its kind, how it spans): not part of the title. */
function remarkOnly(inner: string): boolean {
  return /\d\s*%/.test(inner) || REMARK_WORD.test(inner);
}

/** What one piece says: its title, and where and how wide its box is. */
export function readBox(piece: string): ProseBox | undefined {
  // A box's words are a title and a remark or two; a longer run is a sentence, not a box.
  if (piece.length > MAX_PIECE) return undefined;
  let text = piece.replace(/\*\*|__/g, "").replace(/\s+/g, " ").trim();
  const box: ProseBox = { title: "", sidebar: SIDEBAR.test(text) };
  const cols = columnSpan(text);
  if (cols !== undefined) box.cols = cols;
  const range = RANGE.exec(text);
  if (range) {
    const [a, b] = [range[1] ?? range[3], range[2] ?? range[4] ?? range[5] ?? range[6]];
    box.rows = [Number(a ?? b), Number(b)];
    if (a === undefined) box.rows = [Number.NaN, Number(b)];
    text = text.replace(range[0], " ");
  }
  // `사이드바(📌 핵심 정리, 25%)`: a box named in brackets after the words about it.
  const named = new RegExp(`^([^()（）]*?)[(（]\\s*(${EMOJI}[^()（）]*)[)）]`, "u").exec(text);
  if (named && !HAS_EMOJI.test(named[1]!)) text = `${named[1]} ${named[2]!.replace(/\s*[,，]\s*(\d{1,3}(?:\.\d+)?\s*%)/, " ($1)")}${text.slice(named[0].length)}`;
  // Bracketed remarks first (`(wide, 70%)`, `(mind map)`), then a bare `70%`.
  text = text.replace(/\s*[(（]([^()（）]*)[)）]/g, (all, inner: string) => {
    const p = /(\d{1,3}(?:\.\d+)?)\s*%/.exec(inner);
    if (p && box.width === undefined) box.width = Number(p[1]);
    // `(절반 정도)`, `(about half)`: half the row, said in words.
    if (!p && box.width === undefined && HALF.test(inner.trim())) {
      box.width = 50;
      return " ";
    }
    return remarkOnly(inner) ? " " : all;
  });
  const width = box.width === undefined ? PERCENT.exec(text) : null;
  if (width) {
    box.width = Number(width[1]);
    text = text.replace(width[0], " ");
  }
  const quoted = /["“「『'‘]([^"”」』'’]{2,80})["”」』'’]/.exec(text);
  text = text.replace(/\s+/g, " ").replace(FULL, "").trim();
  // `📌 핵심 정리 — 가로로 길게`: a remark after a dash about the box's shape.
  text = text.replace(/\s+[—–]\s+(.*)$/, (all, r: string) => (REMARK_WORD.test(r) || /가로|길게|across|full|whole/i.test(r) ? "" : all));
  // `👩‍💻 전문 라벨러 — 누가 쓰는가, 어떻게 쓰는가`: a dash before a list of what the box holds ends the title;
  // the list is the box's line, as it would be written under the title in a drawn box.
  text = text.replace(/^(.*?\p{L}.*?)\s+[—–]\s+([^—–,，]*[,，][^—–]*)$/u, (_all, title: string, what: string) => {
    box.note = what.trim();
    return title;
  });
  let side: RegExpExecArray | null;
  // `on the far left`, `오른쪽 세로`: a place said once or twice, never a run to walk word by word.
  for (let k = 0; k < 3 && (side = SIDE.exec(text.replace(LEAD_WORDS, ""))); k++) {
    const where = side[1]!.toLowerCase();
    if (/left|왼|좌/.test(where)) box.side = "left";
    else if (/right|오른|우/.test(where)) box.side = "right";
    text = text.replace(LEAD_WORDS, "").slice(side[0].length).trim();
  }
  // `left half → 🏢 …`, `full width → 💻 …`: an arrow from where the box stands to the box itself.
  text = text.replace(LEAD_WORDS, "").replace(/^(?:→|->|=>|⇒)\s*/, "");
  // Its side said later in the sentence: `… sidebar on the left, spanning rows 2–3`.
  const later = /\b(?:on|to|at)\s+the\s+(left|right)\b|(왼쪽|왼편|좌측|오른쪽|오른편|우측)(?:에|으로)/i.exec(text);
  if (!box.side && later) box.side = /left|왼|좌/i.test(later[0]) ? "left" : "right";
  // Quoted words are the title as meant, whatever the sentence says around them.
  // The sentence around them only says how the box is set: a dash's list there is no line of the box either.
  if (quoted && !HAS_EMOJI.test(text.slice(0, text.indexOf(quoted[1]!)))) {
    text = quoted[1]!;
    delete box.note;
  } else text = text.replace(TAIL, "").replace(TRAIL, (kind: string, at: number) => (inBracket(text, at) ? kind : "")).replace(/\s*[(（]\s*[)）]/g, "");
  const emoji = new RegExp(`^(.*?)(${EMOJI})`, "u").exec(text);
  // An emoji's box title starts at the emoji when only words about the box come before it (`사이드바 📌 …`).
  if (emoji && emoji[1] && !`${emoji[1]} `.replace(new RegExp(`${KIND_WORDS}\\s`, "gi"), "").replace(LEAD_WORDS, "").trim()) text = text.slice(emoji[1].length);
  box.title = text.replace(/^[\s:：—–-]+|[\s:：—–,.;-]+$/g, "").trim();
  return box.title ? box : undefined;
}

/** A labelled item's words, its label's bracket (a width: `(~35%)`) kept after them for readBox; quotes around
 * the words (`Full width: "🎮 …"`) are not the title's. */
export function unlabelled(unit: string): string | undefined {
  const m = LABEL_ITEM.exec(unit);
  if (!m) return undefined;
  const value = unit.slice(m[0].length).trim().replace(/^["“「](.*)["”」]$/, "$1");
  return m[1] ? `${value} ${m[1]}` : value;
}
