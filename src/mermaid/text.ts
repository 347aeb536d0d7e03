// Label text between Mermaid source and our model.
// Mermaid keeps labels raw (HTML tags, `#quot;` entities, markdown strings); the model keeps plain text
// where "\n" is a line break. Writing escapes exactly what the reading side decodes, so labels round-trip.
import { TYPED_ENTITIES } from "../read/entity-names.js";

const NAMED: Record<string, string> = {
  quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: " ", num: "#", semi: ";", colon: ":",
  lpar: "(", rpar: ")", lsqb: "[", rsqb: "]", lcub: "{", rcub: "}", vert: "|", percnt: "%", grave: "`",
  // What a web editor writes for the arrows, dashes and quotes typed into a label (`결과 &rarr; context`).
  ...TYPED_ENTITIES,
};

// Mermaid's own pre-parse step (mermaidAPI encodeEntities) swaps `#name;` for placeholders so the `;`
// does not end a statement. We do the same before calling the jison parser, and decode afterwards.
const NUM_OPEN = "\uFB02\xB0\xB0";
const NAME_OPEN = "\uFB02\xB0";
const CLOSE = "\xB6\xDF";

export function encodeEntities(text: string): string {
  return text
    .replace(/style.*:\S*#.*;/g, (s) => s.slice(0, -1))
    .replace(/classDef.*:\S*#.*;/g, (s) => s.slice(0, -1))
    .replace(/#(\w+);/g, (_, inner: string) => (/^\+?\d+$/.test(inner) ? NUM_OPEN : NAME_OPEN) + inner + CLOSE);
}

function entity(name: string, numeric: boolean): string | undefined {
  if (numeric) {
    const code = Number(name.replace(/^\+/, ""));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED[name.toLowerCase()];
}

/** Decode Mermaid placeholders, `#name;`/`#123;` and `&name;`/`&#123;` into characters. */
export function decodeEntities(text: string): string {
  // One pass, so a decoded "&" can never start a second entity.
  return text.replace(
    /\uFB02\xB0(\xB0?)(\w+)\xB6\xDF|[#&](#?)(\w+);/g,
    (s, pNum: string | undefined, pName: string | undefined, hash: string | undefined, name: string | undefined) => {
      if (pName !== undefined) return entity(pName, pNum !== "") ?? s;
      const n = name ?? "";
      return entity(n, hash === "#" || /^\d+$/.test(n)) ?? s;
    },
  );
}

/**
 * The HTML tags people put in labels for looks. Anything else in angle brackets is text the lecture means:
 * `<SEARCH_START>`, `<tool_call>`, `<eos>` are tokens a chart about tool use or chat templates shows.
 */
const HTML_TAG = /<\/?(?:a|abbr|b|big|center|cite|code|del|dfn|div|em|font|i|ins|kbd|mark|p|q|s|samp|small|span|strike|strong|sub|sup|tt|u|var)(?=[\s/>])[^<>]*>/gi;

/**
 * A Mermaid label → plain text: markdown strings lose their `**`/`*` markers, `<br>` becomes "\n",
 * HTML tags for looks are dropped (their text stays), entities are decoded, and spaces are tidied per line.
 */
export function normaliseLabel(raw: string | undefined, labelType?: string): string {
  let s = raw ?? "";
  if (labelType === "markdown") s = s.replace(/\*\*(.+?)\*\*/g, "$1").replace(/(^|[^*])\*([^*]+)\*/g, "$1$2");
  s = s.replace(/<br\s*\/?>/gi, "\n").replace(HTML_TAG, "");
  s = decodeEntities(s);
  return s
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .trim();
}

/** Text for inside `"…"` in Mermaid: what normaliseLabel would change is escaped as an entity. */
export function quoteText(label: string): string {
  const body = label
    .replace(/[#&](?=#?\w+;)/g, (c) => (c === "#" ? "#35;" : "#amp;"))
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/^`/, "#96;")
    .replace(/\n/g, "<br/>");
  return `"${body}"`;
}

/** Text for an unquoted mindmap node (the default shape cannot be quoted): brackets become entities. */
export function bareText(label: string): string {
  return label
    .replace(/[#&](?=#?\w+;)/g, (c) => (c === "#" ? "#35;" : "#amp;"))
    .replace(/[()[\]{}"<>]/g, (c) => `#${c.codePointAt(0)};`)
    .replace(/^(%%|:)/, (m) => `#${m.codePointAt(0)};${m.slice(1)}`)
    .replace(/\n/g, "<br/>");
}

/**
 * Split "label<br/>caption" (already normalised to "\n") at the first line break. A colon ending the label
 * (`Parameters:<br/>vague recollection`) introduced the caption; drawn in the shape with the caption under it, it
 * would point at nothing, so it goes.
 */
export function splitCaption(text: string): { label: string; caption?: string } {
  const at = text.indexOf("\n");
  if (at < 0) return { label: text };
  const caption = text.slice(at + 1).trim();
  const label = text.slice(0, at).trim();
  return caption ? { label: label.replace(/(?<=\S)\s*[:：]$/u, ""), caption } : { label };
}

export function joinCaption(label: string, caption: string | undefined): string {
  return caption ? `${label}\n${caption}` : label;
}
