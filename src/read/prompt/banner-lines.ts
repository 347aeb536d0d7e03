// The title box's lines → the banner and the tagline under it.
import { SUBTITLE_WORD } from "./words.js";
import { dropBandTag } from "./plan-forms.js";

/** A line naming the chapter by its number first: `22장 · …`, `제3강`, `Chapter 22 —`, `Lecture 4:`. */
const CHAPTER_LINE = /^(?:제\s*)?\d+\s*(?:장|강)(?![\p{L}])|^(?:chapter|ch\.|lecture|episode|ep\.)\s*\d+(?![\p{L}\d])/iu;
const SUBTITLE_LABEL = new RegExp(`${SUBTITLE_WORD.source.slice(0, -1)}\\s*[:：]\\s*`, "i");

/**
 * The title box's lines as a banner and a tagline: a first line that ends in an emoji (`🍌 … 🍌`) is the
 * whole banner and the lines under it (or one labelled `부제:` / `Subtitle:`) are a tagline; otherwise the
 * lines are one banner wrapped over them. A ` -- ` is the dash ASCII typing writes: printed, it is one.
 */
export function bannerOf(lines: string[]): { banner: string; tagline?: string } {
  const [tagged = "", ...rest] = lines.map((l) => l.trim().replace(/(?<=\S) -{2,3} (?=\S)/g, " — ")).filter(Boolean);
  // `(가) 🍌 …`: the band's tag a Korean report gives the title row says where it is, not what it says.
  const first = dropBandTag(tagged);
  // A line opening with the chapter's number (`22장 · …`, `Chapter 22 — …`) starts a line of its own, as a
  // labelled one does: the banner is not wrapped onto it.
  const from = rest.findIndex((l) => CHAPTER_LINE.test(l));
  const labelled = rest.filter((l, k) => SUBTITLE_LABEL.test(l) || (from >= 0 && k >= from));
  const under = /\p{Extended_Pictographic}\uFE0F?$/u.test(first) ? rest : labelled;
  if (under.length === 0) return { banner: [first, ...rest].join(" ") };
  const tagline = under.map((l) => l.replace(SUBTITLE_LABEL, "").replace(/^["'“‘「](.*)["'”’」]$/u, "$1").trim()).filter(Boolean).join(" ");
  const banner = [first, ...rest.filter((l) => !under.includes(l))].join(" ");
  return tagline ? { banner, tagline } : { banner };
}
