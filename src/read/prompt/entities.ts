// A document copied out of a web editor's source view keeps the editor's HTML escapes: `&amp;` for `&`,
// `&rarr;` for an arrow, `&nbsp;` for a space, and a `<br>` typed into a table cell saved as `&lt;br&gt;`.
// Markdown decodes entities in prose by itself, but not inside a fence, where the drawing stands, and a decoded
// `&lt;br&gt;` in a cell is the text `<br>`, not the line break the writer typed. So entities inside a drawing's
// fence are decoded before it is read (each line keeps its number), and an escaped `<br>` is made the tag.
// A fence of code in a named language (`html`, `python`) is code and keeps its text as written; a Mermaid
// block decodes its own labels.
import { TYPED_ENTITIES } from "../entity-names.js";

const NAMED: Record<string, string> = {
  ...TYPED_ENTITIES,
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  rArr: "⇒", lArr: "⇐", hArr: "⇔", divide: "÷", ne: "≠", le: "≤", ge: "≥",
  asymp: "≈", plusmn: "±", deg: "°", laquo: "«", raquo: "»",
  check: "✓", cross: "✗", star: "☆", starf: "★", sect: "§", para: "¶", copy: "©", reg: "®", trade: "™",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;
/** A `<br>` saved escaped, once or twice over (`&amp;lt;br&amp;gt;`). */
const ESCAPED_BR = /&(?:amp;)?lt;(br\s*\/?)&(?:amp;)?gt;/gi;
/** Fences whose lines are a drawing or plain text, not code in a language of its own. */
const PLAIN_FENCE = /^(?:|text|txt|plain|plaintext|ascii|diagram|layout|md|markdown)$/i;

/** One entity's character, or undefined for a name this table does not know (left as written). */
function decoded(dec: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()];
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** A line's entities as the characters the writer saw; one pass, so `&amp;lt;` becomes `&lt;` and stops. */
export function decodeWebEntities(line: string): string {
  return line.replace(ENTITY, (s, dec?: string, hex?: string, name?: string) => decoded(dec, hex, name) ?? s);
}

/** The document with a drawing's fenced entities decoded and escaped `<br>`s made tags; else unchanged. */
export function webEntities(text: string): string {
  if (!/&#?[A-Za-z0-9]{2,8};/.test(text)) return text;
  let fence = "";
  let plain = false;
  return text
    .split("\n")
    .map((line) => {
      const f = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (f && fence !== "" && f[1]!.startsWith(fence) && !f[2]) {
        fence = "";
        return line;
      }
      if (f && fence === "") {
        [fence, plain] = [f[1]!, PLAIN_FENCE.test(f[2]!)];
        return line;
      }
      if (fence === "") return line.replace(ESCAPED_BR, "<$1>");
      return plain ? decodeWebEntities(line) : line;
    })
    .join("\n");
}
