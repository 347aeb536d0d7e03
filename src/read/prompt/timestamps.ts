// Where in the lecture video a line was said, as people copying a transcript write it: `[01:23:45] Andrej: "…"`,
// `(2:58:41) "…"`, `Karpathy (1:02:10): "…"`, `"…" [2:51:48]`, and a box titled `REWARD HACKING (2:58:41)`. The
// time points into the video; it is not the quote's words nor the box's name. A quote keeps it small, in its
// signature (`— Andrej, 2:51:48`, as writers sign `— Karpathy, 3:00:48`); a box's title drops it; the banner
// gives the clip's range to the line under it.
import type { Rich } from "../../model/sheet.js";
import { isName, signedQuote, wholeInMarks } from "./quote-forms.js";
import { richText, sliceRich } from "./rich.js";

/** `1:02:10`, `01:23:45`, `58:41`: a time in the video. `16:9` (one digit after the colon) is a page, not a time. */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** A time or a range of them: `2:48:17~3:01:46`, `2:58:41 – 2:59:55`, `2:51:48–`. */
const SPAN = String.raw`${TIME}(?:\s*(?:~|～|–|—|-|to)\s*(?:${TIME})?)?`;
const OPEN_MARK = `["“„«「『‘]`;
const CLOSE_MARK = `["”»」』’“]`;

/** A time in brackets, or bare, opening a line: `[2:51:48]`, `(2:58:41)`, `⏱ 2:53:10`, `2:53:10 |`; of a range in
 * brackets (`[2:58:41–2:59:10]`), its start. */
const LEAD_TIME = new RegExp(String.raw`^\s*(?:⏱️?|🕒|🎙️?|🎤|▶️?|@)?\s*(?:[\[(（]\s*(${TIME})(?:\s*(?:~|～|–|—|-|to)\s*${TIME})?\s*[\])）]|(${TIME})(?=[\s:：|·-]))\s*(?:[-–—|·:：]\s*)?`, "u");
/** A speaker's name before the words: `Andrej:`, `Karpathy (1:02:10):`, `Andrej [2:51:48] —`. */
const LEAD_NAME = new RegExp(String.raw`^\s*([^\s:："“「\[(（][^:："“「\[(（]{0,38}?)\s*(?:[\[(（]\s*(${TIME})\s*[\])）])?\s*(?:[:：]|—|–)\s*(?=${OPEN_MARK})`, "u");
/** A time in brackets after the closing mark, maybe after who said it: `"…" (2:58:41)`, `"…" [Andrej, 01:23:45]`. */
const TRAIL_TIME = new RegExp(String.raw`(?<=${CLOSE_MARK})\s*[\[(（]\s*(?:([^\[\]()（）,@]{1,40}?)\s*(?:,|@|·)\s*)?(${TIME})\s*[\])）]\s*$`, "u");

/** A label before a quote (`Note: "…"`, `인용: "…"`) names what it is, not who said it. */
export const NOT_A_SPEAKER = /^(?:note|tip|quote|quotation|example|key|insight|idea|point|remember|warning|summary|참고|인용(?:구|문)?|명언|예시|핵심)$/i;

export interface SaidAt {
  /** The quote's words: from the opening mark to the closing one (its signature after a dash stays). */
  from: number;
  to: number;
  name?: string;
  time?: string;
}

/** The time and speaker written around a quote, when there is a time or a speaker named before its marks. */
export function saidAt(text: string): SaidAt | undefined {
  let from = 0;
  let to = text.length;
  let time: string | undefined;
  let name: string | undefined;
  const lead = LEAD_TIME.exec(text);
  if (lead) {
    time = lead[1] ?? lead[2];
    from = lead[0].length;
  }
  const named = LEAD_NAME.exec(text.slice(from));
  if (named && isName(named[1]!.trim())) {
    // `[2:51:48] 인용: "…"`: a label before the words goes with the time, naming no one.
    if (!NOT_A_SPEAKER.test(named[1]!.trim())) name = named[1]!.trim();
    time ??= named[2];
    from += named[0].length;
  }
  const trail = TRAIL_TIME.exec(text);
  if (trail && trail.index > from && (!trail[1] || isName(trail[1].trim()))) {
    time ??= trail[2];
    name ??= trail[1]?.trim();
    to = trail.index;
  }
  // Only a quote: what is left opens with its mark, and something was taken off around it.
  if ((!time && !name) || !new RegExp(`^\\s*${OPEN_MARK}`, "u").test(text.slice(from))) return undefined;
  return { from, to, ...(name ? { name } : {}), ...(time ? { time } : {}) };
}

/** A quote's words without the time and speaker written around them (`[2:51:48] Andrej: "…"` → `"…"`). */
export function saidWords(text: string): string {
  const at = saidAt(text);
  return at ? text.slice(at.from, at.to) : text;
}

/** Whether a line is one quote opened by the time it was said at: its words in their marks, maybe signed. */
export function saidAtQuote(line: string): boolean {
  const at = saidAt(line);
  const words = at?.time && !line.includes("\n") ? line.slice(at.from, at.to).trim() : "";
  return words !== "" && (wholeInMarks(words) || signedQuote(words));
}

/** The signature a quote said at a time gets: its signer, then the time (`Andrej, 2:51:48`); the time alone. */
export function signedAt(name: string | undefined, time: string | undefined): string | undefined {
  if (!time) return name;
  if (!name) return time;
  return name.includes(time) ? name : `${name}, ${time}`;
}

/** A quote's words without the time and speaker written around them, and what they said. */
export function withoutSaidAt(text: Rich): { text: Rich; name?: string; time?: string } {
  const at = saidAt(richText(text));
  if (!at) return { text };
  return { text: sliceRich(text, at.from, at.to), ...(at.name ? { name: at.name } : {}), ...(at.time ? { time: at.time } : {}) };
}

/** A title's closing time or range in brackets (`HUMAN RANKING (2:51:48)`, `[2:48:17~3:01:46]`, `@ 2:58:41`). */
const TITLE_TIME = new RegExp(String.raw`\s*(?:[\[(（]\s*(?:⏱️?\s*)?(${SPAN})\s*[\])）]|(?:⏱️?|@)\s*(${SPAN}))\s*$`, "u");

/** A title's closing note that its quotes carry their times: `(타임스탬프 달아서)`, `(with timestamps)`. */
const TIMES_NOTE = /\s*[(（][^()（）]{0,12}(?:타임\s*스탬프|timestamps?|time\s*codes?)[^()（）]{0,12}[)）]$/iu;

/** A title less the time it points at in the video, and that time; the title as it is when none closes it. A note
 * that the box's quotes carry their times goes too: the signatures carry them. */
export function titleTime(title: string): { title: string; time?: string } {
  const noted = TIMES_NOTE.exec(title);
  if (noted && noted.index > 0) return titleTime(title.slice(0, noted.index));
  // A closing emoji (a banner's 🍌) stays after the words: the time may stand just before it.
  const tail = /(\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)+)$/u.exec(title);
  const body = tail ? title.slice(0, tail.index) : title;
  const m = TITLE_TIME.exec(body);
  if (!m || m.index === 0) return { title };
  return { title: body.slice(0, m.index).trimEnd() + (tail ? tail[1] : ""), time: (m[1] ?? m[2])!.replace(/\s+/g, "") };
}

/** `[2:48:17]`, `(2:48:17)` or a bare `2:48:17` opening a transcript paragraph (a copied YouTube transcript puts
 * each time on its own line over the words), maybe with its speaker after it; a subtitle cue's start. */
// A subtitle file's cue (`02:27:41 --> 02:28:05`, `00:02:27,410 --> …`) is timed by its start.
const PARAGRAPH_TIME = new RegExp(String.raw`^(?:[\[(（](${TIME})[\])）]|(${TIME})(?:[,.]\d{1,3})?(?:\s*-->\s*${TIME}(?:[,.]\d{1,3})?)?(?=\s))\s*`, "u");
export function paragraphTime(text: string): { time: string; text: string } | undefined {
  const m = PARAGRAPH_TIME.exec(text);
  return m ? { time: (m[1] ?? m[2])!, text: text.slice(m[0].length) } : undefined;
}

/** `2:49:40 "불가능합니다" 부분을 작게 메모`, `[12:30] "the the the" — mark it`: the writer asks for a memo of what was
 * said at that moment. The memo is the words with their time. */
const MEMO = new RegExp(
  String.raw`^\s*[\[(]?(${TIME})[\])]?\s*[-–—:]?\s*["“「'‘]([^"”」'’]{1,60})["”」'’]\s*(?:(?:부분|장면|대목|발언|구간|말)\s*(?:을|를)?\s*(?:작게|크게|따로|옆에|짧게)?\s*(?:메모|표시|강조|적기|적어\s*(?:두기|주세요|줘)?|써\s*(?:두기|주세요)?|넣기)|[-–—,:]?\s*(?:note|mark|highlight|jot)(?:\s+(?:it|this|that))?(?:\s+down)?(?:\s+small)?)\s*[.!]?\s*$`,
  "iu",
);
export function momentMemo(text: Rich): Rich | undefined {
  const m = MEMO.exec(richText(text));
  return m ? [{ text: `“${m[2]!.trim()}” (${m[1]})` }] : undefined;
}

/** A time's seconds from the start of the video. */
const seconds = (t: string): number => t.split(":").reduce((n, part) => n * 60 + Number(part), 0);

/**
 * The title of the one box whose title gives the moment a quote was said (`HUMAN RANKING (2:51:48)` for a quote
 * signed `Andrej, 2:51:48`), or whose range holds it (`[2:58:41~2:59:55]`): the part of the lecture the quote is
 * from, where the writer who titled boxes by their moments meant it to go.
 */
export function boxSaidAt(titles: string[], cite: string | undefined): string | undefined {
  const said = cite ? new RegExp(`(${TIME})$`).exec(cite.trim())?.[1] : undefined;
  if (!said) return undefined;
  const at = seconds(said);
  const hits = titles.filter((title) => {
    const time = titleTime(title).time;
    if (!time) return false;
    const [from, to] = time.split(/~|～|–|—|-|to/).map((t) => t.trim());
    return to ? seconds(from!) <= at && at <= seconds(to) : seconds(from!) === at;
  });
  return hits.length === 1 ? hits[0] : undefined;
}
