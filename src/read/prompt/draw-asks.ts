// A sentence in a plan's paragraph that asks whoever draws the sheet how to draw what follows: `게임 캐릭터
// 스탯처럼 막대로 그려주세요.`, `Please draw these as bars.` The writer talks to the designer in the middle of
// the content; drawn, the sheet tells its reader to draw something. The paragraph's other sentences (`수치는
// 느낌상 대충이에요`, a caveat the reader needs) stay.
import type { Rich } from "../../model/sheet.js";
import { knobsAsk } from "./knob-asks.js";
import { sentences } from "./sentences.js";

/** A Korean request to draw, put or show something, closing the sentence: `…막대로 그려주세요.`, `…끊어서 보여주세요`. */
// `…그림으로 바꿔 줘`, `…도식으로 변환해 주세요`: turning it into a form, said with the form it is to take.
const KOREAN = /(?:그려|표현해|표시해|렌더링해|시각화해|색칠해|배치해|보여|나타내|(?:으로|로)\s*(?:바꿔|변환해))\s*(?:주세요|줘요?|주십시오|주시면 돼요|주면 좋겠어요)\s*[.!~。]*\s*$/u;
/** An English one: a sentence opening with `Please draw/render/show …`, or `draw them as …`. */
const ENGLISH = /^(?:please\s+)(?:draw|render|show|display|visuali[sz]e|color|colour|sketch)\b|^(?:draw|render|sketch)\s+(?:it|them|this|these|each|the\s+\w+)\s+(?:as|like)\b/i;

/**
 * A sentence that addresses a box by its number or as `this box` and asks for it (`③번 박스에는 … 적어 주세요.`,
 * `④에는 아래 마인드맵을 넣어 주세요.`, `이 박스가 가장 크게!`): it tells the designer what goes where, and
 * the box it names is the one the sheet draws, so none of it is for the reader.
 */
const BOX_NAMED = /^(?:[\u2460-\u2473]\s*(?:번\s*)?(?:박스|칸|상자|패널)?|\d{1,2}\s*번\s*(?:박스|칸|상자|패널)?|(?:이|그|해당)\s*(?:박스|칸|상자|패널))\s*(?:에는|에선|에서는|에|는|은|이|가)\s/u;
const BOX_ASK = /(?:주세요|줘요?|주십시오|바랍니다|크게|작게|넓게|좁게|길게)\s*[.!~。]*\s*$/u;

/** Whether one sentence asks the designer to draw; one asking for the knobs picture is left for knob-asks.ts to draw. */
export function asksToDraw(sentence: string): boolean {
  const s = sentence.trim();
  return s.length > 0 && s.length <= 160 && (KOREAN.test(s) || ENGLISH.test(s) || (BOX_NAMED.test(s) && BOX_ASK.test(s))) && !knobsAsk(s);
}

/**
 * The paragraph without its sentences that ask how to draw; the same array when none does. Only a paragraph of
 * plain runs between its sentences is cut (a sentence never ends inside a bold or code run here).
 */
export function withoutDrawAsks(rich: Rich): Rich {
  const text = rich.map((s) => s.text).join("");
  const cut = sentences(text).filter((r) => asksToDraw(text.slice(r.from, r.to)));
  if (cut.length === 0) return rich;
  // Which characters the dropped sentences cover, marked once: each span then keeps the rest in one pass.
  const dropped = new Uint8Array(text.length);
  for (const r of cut) dropped.fill(1, r.from, r.to);
  const out: Rich = [];
  let at = 0;
  for (const span of rich) {
    const start = at;
    at += span.text.length;
    let kept = "";
    for (let i = start; i < at; i++) if (!dropped[i]) kept += span.text[i - start];
    if (kept !== "") out.push({ ...span, text: kept });
  }
  // The space that stood between a dropped sentence and the next one opens the paragraph now.
  if (out[0]) out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, "") };
  const last = out.at(-1);
  if (last) out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/, "") };
  return out.filter((s) => s.text !== "");
}
