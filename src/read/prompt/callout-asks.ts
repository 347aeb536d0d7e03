// A plan line that gives a little callout box its words, named by the box's form: `⚠️ 작은 경고 박스: "모델이
// 거짓말하는 게 아님"`, `💡 Tip box: "…"`. The label tells the designer what to draw the words in; drawn as
// written, the sheet said `작은 경고 박스:` to its reader. The callout is the emoji and the quoted words.
// The drawing's own sketch of that callout (a little box inside the panel, `⚠️ 거짓말이 아님! …`) says the same
// thing in fewer words; once the plan writes it out, the sketch is not drawn again (`calloutSketched`).
import type { Panel, Rich } from "../../model/sheet.js";
import { richText } from "./rich.js";
import { sharedCount, splitEmoji, wordSet } from "./words.js";

/** Words naming a little box's form, maybe with its size, colour or kind before them: `작은 경고 박스`, `yellow sticky note`. */
const FORM_LABEL =
  /^(?:(?:작은|조그만|조그마한|작게|노란|노란색|빨간|small|little|tiny|yellow|red)\s*)?(?:(?:경고|주의|팁|참고|알림|강조|메모|warning|caution|note|tip|info|callout|side)\s*)?(?:박스|상자|콜아웃|포스트잇|callout|box|sticky(?:\s+note)?|post-?it)(?:\s*\d)?$/iu;
/** The words, in straight or curly double quotes, and nothing after them. */
const QUOTED = /^["“]([^"“”]{2,200})["”]$/u;

/** The callout's own words with its emoji, when the paragraph is one such line; else undefined. */
export function calloutAsk(rich: Rich): Rich | undefined {
  const text = richText(rich).trim();
  if (text.includes("\n")) return undefined;
  const { emoji, rest } = splitEmoji(text);
  const colon = rest.search(/[:：]/);
  if (colon < 0) return undefined;
  const label = rest.slice(0, colon).trim();
  const said = QUOTED.exec(rest.slice(colon + 1).trim());
  if (!said || !FORM_LABEL.test(label)) return undefined;
  return [{ text: `${emoji ? `${emoji} ` : ""}${said[1]!.trim()}` }];
}

/**
 * A box line led by an emoji (the little box the drawing sketched inside the panel) where the panel holds a
 * paragraph led by the same emoji saying at least two of its words: the plan wrote the callout out.
 */
export function calloutSketched(line: string, panel: Panel): boolean {
  const { emoji, rest } = splitEmoji(line.trim());
  if (!emoji) return false;
  const words = wordSet(rest);
  const flat = (e: string): string => e.replace(/\uFE0F/g, "");
  return panel.blocks.some((b) => {
    if (b.kind !== "paragraph") return false;
    const own = splitEmoji(richText(b.text).trim());
    return own.emoji !== undefined && flat(own.emoji) === flat(emoji) && own.rest !== rest && sharedCount(words, wordSet(own.rest)) >= 2;
  });
}
