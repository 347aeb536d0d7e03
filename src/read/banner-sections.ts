// Prompts whose parts are headed by banner lines, as people type them in a chat box without Markdown:
// `=== SOURCE ===`, `----- LAYOUT -----`, `~~~ Box contents ~~~`, `*** STYLE ***`. Each banner naming a part the reader knows
// becomes its `# …` heading, so every line keeps its number. Only when at least two known parts are headed so;
// then the other banners (`=== NOTES ===`) head parts of their own too.
import { sectionKindOf } from "./prompt/sections.js";

const MARKS = "=-~*";

/** The name a banner line holds between runs of one mark (at least three each side), if it is one. Plain loops,
 * not a pattern, so that a long line of marks costs one pass. */
export function bannerName(line: string): string | undefined {
  const t = line.trim();
  const mark = t[0];
  if (!mark || !MARKS.includes(mark) || t[t.length - 1] !== mark) return undefined;
  let a = 0;
  while (a < t.length && t[a] === mark) a++;
  let b = t.length;
  while (b > a && t[b - 1] === mark) b--;
  // Three marks at least each side: `**bold**`, `~~strike~~` and `==highlight==` are inline Markdown.
  if (a < 3 || t.length - b < 3) return undefined;
  const name = t.slice(a, b).trim();
  // The name is words, not more marks or a table row.
  return /^[^=~*|-]/.test(name) && name.length <= 60 ? name : undefined;
}

export function bannerSections(text: string): string {
  if (!/^[ \t]*([=~*-])\1\1/m.test(text)) return text;
  const lines = text.split("\n");
  const names = lines.map((l) => bannerName(l.replace(/\r$/, "")));
  if (names.filter((n) => n && sectionKindOf(n)).length < 2) return text;
  // Then every banner heads a part, known or not, so that none runs on into the part above it.
  return lines.map((l, i) => (names[i] ? `# ${names[i]}${l.endsWith("\r") ? "\r" : ""}` : l)).join("\n");
}
