// A quote whose words the writer wrote in quotation marks inside one box (`"This is a nonsensical question"` in
// `💬 Karpathy 어록`): the drawing says that box is where the quote goes. The reader's guess at the box's room
// does not overrule it; layout still moves the quote on when the box truly cannot hold it. Sent anywhere else,
// the box would show the excerpt of a quote drawn in another panel.
import type { Block, Panel } from "../../model/sheet.js";
import { richText } from "./rich.js";

/** Words as compared here: letters and digits in lower case, single-spaced. */
const key = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
/** A box line all in quotation marks; fewer than three words is a sketch, not a quote's words. */
const QUOTED = /^["“‘'][^"“”]+["”’']$/u;
const MIN_WORDS = 3;

/** The one panel whose box lines quote words of `block` (a quote), or -1 when none or several do. */
export function drawnQuoteHome(panels: Panel[], block: Block): number {
  if (block.kind !== "quote") return -1;
  const said = ` ${key(richText(block.text))} `;
  const homes = panels.flatMap((p, k) =>
    p.lead.some((l) => {
      const t = richText(l).trim();
      const words = key(t);
      return QUOTED.test(t) && words.split(" ").length >= MIN_WORDS && said.includes(` ${words} `);
    })
      ? [k]
      : [],
  );
  return homes.length === 1 ? homes[0]! : -1;
}
