// Which lines under # Layout Structure are the page drawn as boxes: a fenced block of box art, whatever its
// language word, or a drawing pasted with no fence around it.
import type { Code } from "mdast";
import type { PageSize } from "../../model/sheet.js";
import { chooseDrawing } from "./drawing-choice.js";
import { laterDrawing } from "./later-drawing.js";
import { hashBoxes } from "./plain-boxes.js";
import type { PromptDoc, Section } from "./sections.js";

/** A fenced block under # Layout Structure holding box art: Unicode box corners, or ASCII `+---+` / `*---*` /
 * `.---.` corners (or none: `|----|`) over `|` sides. Its language word does not matter (`text`, `ascii-art`, `markdown`: people
 * fence the drawing with whatever their editor offers), unless it is mermaid. */
export function isBoxArt(code: Code): boolean {
  if (code.lang && /^mermaid$/i.test(code.lang)) return false;
  const value = hashBoxes(code.value);
  // `|-----|` or bare `-----` lines with no corners at all, as an editor without box characters leaves them, count too.
  return /[┌╭╔┏┍┎╒╓]/.test(value) || ((/[+*.][-=]{2,}[+*.]/.test(value) || /^\s*\|?[-=]{3,}\|?\s*$/m.test(value)) && /^\s*\|/m.test(value));
}

/** A box line's first character: corners, sides and the `*`, `#`, `.` people draw with. */
const DRAWN = /^\s*[+|*#.┌└├┬┴┼┐┘┤│─╔╚╠╦╩╬╗╝╣║═╭╰╮╯┏┗┣┃━▛▙▌▐█▀▄]/;
/** A box's top or bottom: a corner, then a run of dashes or rules. */
const BORDER = /^\s*(?:[+*#.┌└╔╚╭╰┏┗├╠][-=─═━+┬┴╦╩┼╬]{3,}|[▛▙█▀▄][▀▄▜▟]{3,}|\*{8,}\s*$|#{8,}\s*$)/;

/**
 * A drawing pasted into the layout section with no fence around it (Markdown then reads its lines as
 * paragraphs): the first run of box lines in the section's own lines, as the fenced block would hold it.
 */
export function unfencedDrawing(doc: PromptDoc, sec: Section): Code | undefined {
  const at = doc.sections.indexOf(sec);
  const end = Math.min(doc.lines.length, (doc.sections[at + 1]?.line ?? doc.lines.length + 1) - 1);
  for (let i = sec.line; i < end; i++) {
    if (!BORDER.test(doc.lines[i] ?? "")) continue;
    let j = i;
    while (j + 1 < end && DRAWN.test(doc.lines[j + 1] ?? "")) j++;
    // Lines are 1-based and the block's value starts on the line after its (here imaginary) opening fence.
    const code: Code = { type: "code", lang: null, meta: null, value: doc.lines.slice(i, j + 1).join("\n"), position: { start: { line: i, column: 1 }, end: { line: j + 2, column: 1 } } };
    if (j > i && isBoxArt(code)) return code;
    i = j;
  }
  return undefined;
}

/** The drawing the layout's boxes are read from: a revised one sent after the prompt (later-drawing.ts), else
 * the one chosen among the section's fenced drawings (with the note saying which, when there were several), else
 * one pasted with no fence. `page`: the page it is drawn on. */
export function layoutDrawing(doc: PromptDoc, sec: Section, page: PageSize): { code: Code; note?: string; revised?: boolean } | undefined {
  const chosen = chooseDrawing(sec.nodes, isBoxArt, page);
  const code = chosen?.code ?? unfencedDrawing(doc, sec);
  return laterDrawing(doc, sec, isBoxArt, code) ?? (chosen || (code && { code }));
}
