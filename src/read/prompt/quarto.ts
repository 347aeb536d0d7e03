// A prompt kept as a Quarto document (`notes.qmd`): YAML front matter with `format:` and `execute:` keys, callouts
// in fenced divs (`::: {.callout-note}` … `:::`), code chunks with the language in braces (```` ```{mermaid} ````,
// their options as `%%|` or `#|` comment lines), shortcodes (`{{< video … >}}`) and attributes after headings
// (`## Title {.smaller}`). Quarto renders all of these away; read as Markdown, the div lines were drawn as text, a
// heading opening a callout (its title, in Quarto) opened a part of the prompt and swallowed the plan after it, and
// a chunk in braces was drawn as code rather than as its diagram. Each is written as the Markdown it means, every
// line keeping its number: a chunk's language without braces, a callout's title as a bold line, the fences,
// shortcodes and attributes gone. A `.columns` layout keeps its divs for quarto-columns.ts. Only for a document
// showing two of Quarto's marks, so a hand-written prompt with a stray `:::` is never touched. The div pass serves
// a Docusaurus page's admonitions too (`:::tip 인용`, `:::note[Title]`: the kind, then the title; mdx.ts), and a
// quote's box (`:::quote`, or mdx.ts's `<Callout type="quote">`) is written as the `> [!quote]` callout it means.
import { linePass } from "../line-pass.js";

/** A fenced div's opening line: colons, then its attributes in braces or a bare class name (`::: callout-note`),
 * the name perhaps followed by a Docusaurus admonition's title (`:::tip 인용`, `:::tip[인용]`). */
const DIV_OPEN = /^[ \t]{0,3}:{3,}[ \t]*(?:\{([^{}\n]{0,300})\}|([\w-]{1,40})(?:\[([^[\]\n]{1,200})\]|[ \t]+([^\s{[][^\n]{0,200}))?)[ \t]*$/;
/** A box of quotes by its kind: its words are quoted, its title who said them. */
const QUOTE_KIND = /^(?:callout-)?(?:quote|cite|blockquote|인용)$/i;
const DIV_CLOSE = /^[ \t]{0,3}:{3,}[ \t]*$/;
/** A code chunk with its language in braces: ```` ```{mermaid} ````, ```` ```{python echo=false} ````. */
const CHUNK = /^([ \t]{0,3}(?:`{3,}|~{3,}))[ \t]*\{[ \t]*\.?([\w-]{1,40})(?:[ \t,][^{}\n]{0,200})?\}[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** A shortcode, `{{< video https://… >}}` or `{{< pagebreak >}}`. */
const SHORTCODE = /\{\{<[^<>\n]{0,400}>\}\}/g;
/** Attributes after a heading: `{.smaller}`, `{#sec-intro .unnumbered}`, `{background-color="…"}`. */
const HEADING_ATTRS = /^(#{1,6}[ \t].*?)[ \t]+\{[ \t]*(?:[#.][\w-]{1,60}|[\w-]{1,40}=(?:"[^"\n]{0,120}"|'[^'\n]{0,120}'|[^\s{}]{1,60}))(?:[ \t]+(?:[#.][\w-]{1,60}|[\w-]{1,40}=(?:"[^"\n]{0,120}"|'[^'\n]{0,120}'|[^\s{}]{1,60}))){0,10}[ \t]*\}[ \t]*$/;
/** A chunk option giving its figure's caption: `%%| fig-cap: "human-to-agent ratio"`, `#| fig-cap: Loss`. */
const FIG_CAP = /^[ \t]*(?:%%|#)\|[ \t]*fig-cap[ \t]*:[ \t]*(?:"([^"\n]{1,160})"|'([^'\n]{1,160})'|([^\s"'].{0,159}?))[ \t]*$/;
/** A callout titled only as what it holds (`## 인용`): over `>` quotes, whose own marks say so, it draws nothing. */
const QUOTES_TITLE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:인용(?:구|문)?|명언|어록|quotes?|quotations?)$/iu;
/** Docusaurus's admonition kinds: like a Quarto callout, a heading opening one is its title. */
export const ADMONITION = /^(?:note|tip|info|warning|danger|caution|important|success|secondary)$/i;
/** Front-matter keys only Quarto (or R Markdown) documents carry. */
const QUARTO_KEY = /^(?:format|execute|jupyter|knitr|engine|editor|filters)[ \t]*:/;

/** Whether the front matter opening the document has a key `key` matches (one only some tool's documents carry). */
export function frontKey(lines: readonly string[], key: RegExp): boolean {
  if (lines[0]?.trim() !== "---") return false;
  for (let k = 1; k < Math.min(lines.length, 200); k++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[k]!)) return false;
    if (key.test(lines[k]!)) return true;
  }
  return false;
}

/** How many of Quarto's marks the document shows: its front-matter keys, a div in braces, a chunk, a shortcode. */
function marks(lines: readonly string[]): number {
  const yaml = frontKey(lines, QUARTO_KEY);
  const div = lines.some((l) => DIV_OPEN.test(l) && /\{[^}]*\./.test(l));
  const chunk = lines.some((l) => CHUNK.test(l));
  const shortcode = lines.some((l) => l.includes("{{<") && /\{\{<[^<>\n]{0,400}>\}\}/.test(l));
  return [yaml, div, chunk, shortcode].filter(Boolean).length;
}

const classesOf = (m: RegExpExecArray): string[] => (m[2] ? [m[2]] : [...(m[1] ?? "").matchAll(/(?:^|\s)\.([\w-]{1,40})/g)].map((c) => c[1]!));

/** The Quarto document as the Markdown it means, lines kept; the text unchanged when it is not one. */
export function quartoMarkdown(text: string): string {
  if (!text.includes(":::") && !text.includes("{{<") && !/```[ \t]*\{/.test(text)) return text;
  return linePass(text, (lines) => (marks(lines) < 2 ? undefined : fencedDivs(lines)));
}

/** Fenced divs, chunks, shortcodes and heading attributes written as the Markdown they mean, lines kept (for a
 * document already known to be Quarto's or a Docusaurus page). */
export function fencedDivs(lines: readonly string[]): string[] {
  const out = [...lines];
  // The divs open around each line, innermost last: a `.columns` row and its `.column`s are kept as written.
  const divs: ("columns" | "quote" | "other")[] = [];
  let fence: string | undefined;
  // The line a chunk in braces opens on, while inside it: its `fig-cap` goes on the blank line above it, where
  // a short line is the chart's caption (caption.ts).
  let chunkAt = -1;
  // A callout just opened: its first heading is its title.
  let callout = false;
  const titleLine = (title: string, k: number): string => {
    const next = lines.slice(k + 1, k + 4).find((l) => l.trim() !== "");
    return QUOTES_TITLE.test(title) && next?.trimStart().startsWith(">") ? "" : `**${title}**`;
  };
  // Each line as it reads, and whether it is a div's own line (never quoted).
  const rewrite = (line: string, k: number): [string, boolean] => {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = undefined;
      const cap = chunkAt > 0 ? FIG_CAP.exec(line) : null;
      if (cap && out[chunkAt - 1]!.trim() === "") out[chunkAt - 1] = `*${(cap[1] ?? cap[2] ?? cap[3])!.trim()}*`;
      if (!fence) chunkAt = -1;
      return [line, false];
    }
    const chunk = CHUNK.exec(line);
    if (chunk) {
      fence = chunk[1]!.trim();
      chunkAt = k;
      callout = false;
      return [`${chunk[1]}${chunk[2]}`, false];
    }
    if (f) {
      fence = f[1];
      callout = false;
      return [line, false];
    }
    const open = DIV_OPEN.exec(line);
    if (open) {
      const names = classesOf(open);
      const kept = names.includes("columns") || (names.includes("column") && divs.at(-1) === "columns");
      const quote = !kept && names.some((n) => QUOTE_KIND.test(n));
      divs.push(kept ? "columns" : quote ? "quote" : "other");
      if (kept) return [line, true];
      const title = (/\btitle[ \t]*=[ \t]*"([^"\n]{1,200})"/.exec(open[1] ?? "")?.[1] ?? open[3] ?? open[4])?.trim();
      callout = !title && !quote && names.some((n) => n.startsWith("callout") || ADMONITION.test(n));
      // A quote's box says its words as a quote callout, its title (a name) signing them, as plan-forms.ts reads it.
      if (quote) return [`> [!quote]${title ? ` ${title}` : ""}`, true];
      return [title ? titleLine(title, k) : "", true];
    }
    if (DIV_CLOSE.test(line) && divs.length > 0) {
      callout = false;
      return [divs.pop() === "columns" ? line : "", true];
    }
    let now = line.includes("{{<") ? line.replace(SHORTCODE, "") : line;
    if (now !== line && !now.trim()) now = "";
    // Inside a column the heading's attributes may be the row's height: quarto-columns.ts reads them there.
    if (divs.at(-1) !== "columns") now = now.replace(HEADING_ATTRS, "$1");
    if (callout && now.trim()) {
      const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(now);
      if (heading) now = titleLine(heading[1]!, k);
      callout = false;
    }
    return [now, false];
  };
  lines.forEach((line, k) => {
    const [now, own] = rewrite(line, k);
    out[k] = !own && divs.includes("quote") ? `> ${now}` : now;
  });
  return out;
}
