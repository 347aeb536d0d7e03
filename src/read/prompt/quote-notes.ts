// The note a writer puts after a quote to say where it goes: a place (`"…" — 하단 왼쪽 칸에`), a box by number
// (`"…" → Box 3`), a box by its title (`"…" (→ 멀티모달 칸)`, `"…" (에이전트 칸에 넣어 주세요)`, `"…" → LM Arena
// 칸`), or anywhere (`"…" (자리 남는 곳 아무데나)`). The note is said to the designer: it is never drawn, and a
// note naming a box puts the quote there rather than where its words would.
import type { Rich } from "../../model/sheet.js";
import { boxNumber } from "./box-number.js";
import { isName } from "./quote-forms.js";
import { placeIn } from "./positions.js";
import { richText, tidy } from "./rich.js";

/** A quote's closing mark, then a dash or arrow and where it goes. */
const DASHED = /^(.*["”’」』])\s*(?:[-–—]{1,2}|→|->|←|<-{1,2}|⬅️?)\s*([^"“”]+?)\s*$/u;
/** The box named in brackets before the quote: `[TRANSFORMER] "…"`, `【웹 검색】 “…”`. */
const LEADING = /^[\[［【]\s*([^\]］】"“”]{1,40}?)\s*[\]］】]\s*[:：]?\s*(["“「『].*)$/u;
/** A quote's closing mark, then the note in brackets (`(→ 멀티모달 칸)`), as a lazy line under `> "…"` reads. */
const BRACKETED = /^(.*["”’」』])\s*[(（]\s*(?:→|->|=>)?\s*([^()（）"“”]+?)\s*[)）]\s*$/u;
/** A quote signed after a dash, then the note in brackets: `"…" — DeepSeek-R1의 생각 중 (1번 칸에)`; the
 * signature stays with the quote. */
const SIGNED_THEN_BRACKETED = /^(.*["”’」』]\s*(?:[-–—]{1,2})\s*[^"“”()（）]{1,60}?)\s*[(（]\s*(?:→|->|=>)?\s*([^()（）"“”]+?)\s*[)）]\s*$/u;
/** `6번 칸 말고 1번 칸`, `not box 6 but box 1`: the box named after the one turned down is where it goes. */
const RATHER = /^.{1,40}?\s*(?:말고|아니고|아니라|대신에?)\s+|^not\s+.{1,40}?\s+but\s+/iu;
/** What a note asks of the designer after naming the box: `넣어 주세요`, `에`, `please`. */
const ASK = /\s*(?:에다가|에다|에|으로|로)?\s*(?:넣기|넣어\s*(?:주세요|줘|주시면\s*돼요)|배치|please|goes here)?[.!]*$/iu;
/** A word for a box: what makes `에이전트 칸` a box's name rather than a translation or a remark. */
const BOX_WORD = /(?:^|[\s·])(?:칸|박스|상자|패널|카드|섹션|부분|box|panel|card|section)(?:에|으로|로)?$|^(?:box|panel|section)\s/iu;
/** A note leaving the quote to wherever there is room. */
const ANYWHERE = /아무\s*(?:데|곳|칸)|어디(?:든|에나|라도)|자리\s*(?:남는|있는|나는)|빈\s*(?:자리|곳|칸)|\banywhere\b|\bwherever\b|where(?:ver)?\s+(?:it\s+)?fits|any\s+(?:box|panel)/iu;

/** A note asking for the quote to go with the box about something: `put this one with the part about X`. */
const ABOUT =
  /^(?:please\s+)?(?:put|place|add|goes|belongs|use)\b[^"“”]{0,30}?\b(?:with|in|into|beside|next\s+to|under)\s+(?:the\s+)?(?:part|box|panel|section|card|bit|one)\s+(?:about|on|for|where|that\s+(?:covers|explains|talks\s+about))\s+([^"“”]{3,80})$/iu;

export interface QuoteNote {
  /** The quote without its note. */
  quote: string;
  /** Where it goes: a place, a box number or a box's title words; absent for `anywhere`. */
  place?: string;
}

/** The note after a quote, when it says where the quote goes; undefined when what follows is no such note. */
export function quoteNote(text: string): QuoteNote | undefined {
  const t = text.trim();
  // A box's name before the quote is a label the writer set there on purpose; a timestamp or a name is not one.
  const lead = LEADING.exec(t);
  // Capitals alone (`[VOCAB SIZE]`) are a box's title as drawn, not a speaker's name.
  if (lead && !/^\d{1,2}(?::\d{2}){1,2}$/.test(lead[1]!) && (!isName(lead[1]!) || !/\p{Ll}/u.test(lead[1]!))) return { quote: quoteNote(lead[2]!)?.quote ?? lead[2]!, place: lead[1]!.trim() };
  const signed = SIGNED_THEN_BRACKETED.exec(t);
  const m = DASHED.exec(t) ?? BRACKETED.exec(t);
  if (!m) return undefined;
  // The dash signs the quote and the brackets after the signature are the note: the note is read alone.
  if (signed && m[1] !== signed[1] && !BRACKETED.test(t)) {
    const note = quoteNote(`"q" (${signed[2]!})`);
    if (note?.place) return { quote: signed[1]!, place: note.place };
  }
  // `— put this one with the part about the weights being fixed`: the box named by what it is about, in a
  // sentence longer than a bare note; what follows `about` is matched against the boxes' titles.
  const about = ABOUT.exec(m[2]!.trim());
  if (about) return { quote: m[1]!, place: about[1]!.replace(/[.!]+$/, "").trim() };
  const note = m[2]!.replace(ASK, "").replace(RATHER, "").trim();
  if (!note) return undefined;
  // Short, as a note to the designer is: a gloss after a dash says more (`— 어디든 쓸 수 있는 원칙이다`).
  if (note.split(/\s+/).length > 5) return undefined;
  if (ANYWHERE.test(note)) return { quote: m[1]! };
  if (isName(note)) return undefined;
  if (placeIn(note) || boxNumber(note) || BOX_WORD.test(note)) return { quote: m[1]!, place: note };
  return undefined;
}

/** A quote's words less the note after them, and the note: `"…" (→ 멀티모달 칸)` → `"…"` and `멀티모달 칸`. */
export function withoutNote(text: Rich): { text: Rich; note?: QuoteNote } {
  const note = quoteNote(richText(text));
  if (!note) return { text };
  // The quote's words stand where they are found: after a note put before them, or at the start.
  const from = LEADING.test(richText(text).trim()) ? Math.max(0, richText(text).indexOf(note.quote)) : 0;
  let skip = from;
  let left = richText(text).trimStart().length - richText(text).trim().length + note.quote.length;
  const out: Rich = [];
  for (const span of text) {
    if (left <= 0) break;
    const cut = Math.min(skip, span.text.length);
    skip -= cut;
    const piece = span.text.slice(cut, cut + left);
    if (piece) out.push({ ...span, text: piece });
    left -= piece.length;
  }
  return { text: tidy(out), note };
}
