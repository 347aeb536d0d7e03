// A sidebar too narrow for its title, the writer spells it down the box a few letters a line (`📖` / `GLO` /
// `SSA` / `RY`). Once the panel carries the title (from the plan's section, or the box's joined lines), those
// fragments are the title again, not text: drawn, they are syllables of nonsense down the panel.
import type { Panel } from "../../model/sheet.js";
import { richText } from "./rich.js";

/** A fragment of a word: a few letters alone on the line. */
const FRAGMENT = /^\p{L}{1,5}$/u;

/** The panel's lead without a run of fragments that, read together, spell its title or a word of it. */
export function withoutSpelledTitle(panel: Panel): void {
  const words = panel.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
  const whole = panel.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (words.length === 0) return;
  const texts = panel.lead.map((l) => richText(l).trim());
  for (let i = 0; i < texts.length; i++) {
    let joined = "";
    for (let j = i; j < texts.length && FRAGMENT.test(texts[j]!); j++) {
      joined += texts[j]!.toLowerCase();
      // Two lines at least: one short word alone is a word of its own.
      if (j > i && (joined === whole || words.includes(joined))) {
        panel.lead.splice(i, j - i + 1);
        return;
      }
      if (joined.length > whole.length) break;
    }
  }
}
