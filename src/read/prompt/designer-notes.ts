// Notes to the designer written onto a drawn box as a web editor's user leaves them: an arrow after the title
// pointing back at the box (`👻 ORSON KOVACS 실험 ← 여기 도식`, `TOOLS <- here: flowchart`), and a line giving how
// many items go in the box as a range (`인용 2~3개`, `3~4줄`, `2-3 quotes`). Once the plan fills the box they
// have done their job and are not drawn.
import type { Panel } from "../../model/sheet.js";

/** Words saying a note points at this very box, or naming the form it takes. */
const AT_THIS_BOX = /(?:^|\s)(?:여기|이곳|이\s*칸|이\s*박스|here|this\s+(?:box|panel|one))(?:에|에는|는|:|\s|$)/iu;

/** A title's trailing `← note` (or `<-`, `⬅`): the note, when it is a few words pointing here or naming a form. */
const ARROW_NOTE = /\s*(?:←|⟵|⇐|⬅\uFE0F?|<-{1,2}|<=)\s*([^←⟵⇐⬅<]{1,30})$/u;

/** The title less an arrow note to the designer; `namesForm` tells a note naming a form (`도식`, `table`). */
export function withoutArrowNote(title: string, namesForm: (note: string) => boolean): string {
  const m = ARROW_NOTE.exec(title);
  if (!m || m.index === 0) return title;
  const note = m[1]!.trim();
  if (note.split(/\s+/).length > 4) return title;
  return AT_THIS_BOX.test(note) || namesForm(note) ? title.slice(0, m.index).trimEnd() : title;
}

/** What a count line counts (the box's quotes, its list's items). */
export const WHAT = "요약|정리|핵심|명언|인용구?|어록|summary|takeaways?|quotes?|bullets?|points?|lines?|items?";
/** A line that only counts the quotes a box is to hold (`인용 3개`, `3 quotes`, `명언 2~3개`): never the box's
 * own words, wherever its quotes end up. */
export const countsQuotes = (line: string): boolean =>
  /^(?:(?:인용구?|명언|어록)\s*)?\d{1,2}(?:\s*(?:~|～|-|–|to)\s*\d{1,2})?\s*(?:개|가지)?\s*(?:(?:인용구?|명언|어록|quotes?)(?:\s*(?:들|만))?)?$/iu.test(bareCount(line)) &&
  /인용|명언|어록|quote/i.test(line);

/** What the sticky notes a quote is drawn on are called, said after the count as the form they take. */
const NOTE_FORM = /\s*[,，·/]\s*(?:포스트잇|스티커|메모지|sticky[\s-]*notes?|post-?its?(?:\s*notes?)?)(?:\s*(?:처럼|으로|로|형태|스타일|style))?$/iu;

/** The count line less its brackets and the form it names (`(인용 2~3개, 포스트잇)` → `인용 2~3개`). */
const bareCount = (line: string): string => {
  const t = line.trim();
  const inner = /^[(（\[](.*)[)）\]]$/u.exec(t)?.[1] ?? t;
  return inner.replace(NOTE_FORM, "").trim();
};

/** `인용 2~3개`, `3~4줄`, `2-3 quotes`: the smallest and largest count of what the box is to hold. */
const RANGE_LINE = new RegExp(`^(?:(?:${WHAT})\\s*)?(\\d{1,2})\\s*(?:~|～|-|–|to)\\s*(\\d{1,2})\\s*(?:개|줄|가지|${WHAT})(?:\\s*(?:${WHAT})){0,2}$`, "iu");

/** A range line in a panel holding a count of quotes, or a list, within it: the writer's note of how much goes
 * there, now drawn. A range the panel does not meet may be content (`토큰 2~3개`), so it stays. */
export function rangeCountsContent(line: string, panel: Panel): boolean {
  const m = RANGE_LINE.exec(line.trim());
  if (!m) return false;
  const [lo, hi] = [Number(m[1]), Number(m[2])];
  if (lo >= hi) return false;
  const within = (n: number): boolean => n >= lo && n <= hi;
  const quotes = panel.blocks.filter((b) => b.kind === "quote").length;
  return within(quotes) || panel.blocks.some((b) => b.kind === "bullets" && within(b.items.length));
}

const norm = (t: string): string => t.toLowerCase().replace(/[\s\p{P}\uFE0F]+/gu, "");

/**
 * A line a little box inside the drawn box holds, led by an emoji and a label (`⚠️ 주의: 모델의 암산은 믿지 말
 * 것`), where the plan writes that callout out under a sub-heading of the same label (`### ⚠️ 주의` over its
 * points) in this panel: the box sketched the callout the plan fills, so the sketch is not drawn again.
 */
export function calloutWritten(line: string, panel: Panel): boolean {
  const m = /^(\p{Extended_Pictographic}\uFE0F?\s*[^:：]{1,24}?)\s*[:：]\s*\S/u.exec(line.trim());
  if (!m) return false;
  const label = norm(m[1]!);
  return panel.blocks.some((b, i) => b.kind === "paragraph" && b.text.every((s) => s.bold || s.text.trim() === "") && norm(b.text.map((s) => s.text).join("")) === label && panel.blocks[i + 1]?.kind === "bullets");
}
