// What a speaker says over a slide, not what the slide shows: `발표자 노트: …`, `Speaker notes: …`, and in a plan
// written as slides (`## Slide 3: …`) the decks' own forms, `Notes: …` / `Note:` (reveal.js) and everything after a
// `???` line (remark) up to the next slide. They are left out of the plan; what is drawn is what the slides show.
import type { List, ListItem, PhrasingContent, RootContent } from "mdast";
import { plainText } from "./sections.js";

/** Labelled for the speaker whatever the plan is. */
const SPEAKER = /^\s*(?:speaker(?:'s)?\s*notes?|presenter(?:'s)?\s*notes?|발표자\s*(?:노트|메모)|발표\s*(?:노트|메모)|스피커\s*노트)\s*[:：]/i;
/** Labelled as notes: the speaker's in a deck. */
const NOTES = /^\s*(?:notes?|노트|메모)\s*[:：]/i;
/** Either label, in a plan of slides. */
const DECK_NOTE = new RegExp(`${SPEAKER.source}|${NOTES.source}`, "i");
const SLIDE = /^(?:slide|슬라이드)\s*#?\s*\d{1,2}(?!\d)/i;

/** Whether the plan's sections are slides: two headings or more open with `Slide N`. */
export function isSlidePlan(nodes: RootContent[]): boolean {
  return nodes.filter((n) => n.type === "heading" && SLIDE.test(plainText(n).trim())).length >= 2;
}

function isNote(n: RootContent, deck: boolean): boolean {
  if (n.type !== "paragraph") return false;
  const t = plainText(n);
  return SPEAKER.test(t) || (deck && NOTES.test(t));
}

/** The plan's nodes without the speaker's notes. */
export function withoutSpeakerNotes(nodes: RootContent[]): RootContent[] {
  const deck = isSlidePlan(nodes);
  const out: RootContent[] = [];
  let skipping = false;
  let listed = -1;
  for (const [k, n] of nodes.entries()) {
    if (n.type === "heading" || n.type === "thematicBreak") skipping = false;
    if (skipping || k === listed) continue;
    if (deck && n.type === "paragraph" && plainText(n).trim() === "???") {
      skipping = true;
      continue;
    }
    if (isNote(n, deck)) {
      // A label alone (`Notes:`) over a list: the list is the notes.
      const next = nodes[k + 1];
      if (/[:：]\s*$/.test(plainText(n)) && next?.type === "list") listed = k + 1;
      continue;
    }
    out.push(n.type === "list" ? withoutLazyNotes(n, deck) : n);
  }
  return out;
}

/**
 * A list whose items' paragraphs end where a note line typed right under an item begins: with no blank line
 * between, Markdown runs the note on into the item's paragraph (a lazy continuation), so it is cut there. The
 * list is copied; the document's tree is left as parsed.
 */
function withoutLazyNotes(list: List, deck: boolean): List {
  const label = deck ? DECK_NOTE : SPEAKER;
  let changed = false;
  const items = list.children.map((item): ListItem => {
    const children = item.children.map((c): ListItem["children"][number] => {
      if (c.type === "list") {
        const inner = withoutLazyNotes(c, deck);
        changed ||= inner !== c;
        return inner;
      }
      const kept = c.type === "paragraph" ? noteCut(c.children, label) : undefined;
      if (!kept || c.type !== "paragraph") return c;
      changed = true;
      return { ...c, children: kept };
    });
    return { ...item, children };
  });
  return changed ? { ...list, children: items } : list;
}

/** An item's paragraph up to the line a note label opens (after its first line); undefined when none does. */
function noteCut(inline: PhrasingContent[], label: RegExp): PhrasingContent[] | undefined {
  for (const [k, c] of inline.entries()) {
    if (c.type !== "text") continue;
    const lines = c.value.split("\n");
    const at = lines.findIndex((line, j) => j > 0 && label.test(line));
    if (at > 0) return [...inline.slice(0, k), { ...c, value: lines.slice(0, at).join("\n").trimEnd() }];
  }
  return undefined;
}
