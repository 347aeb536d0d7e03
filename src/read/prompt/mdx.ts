// A prompt kept as a Docusaurus page in MDX and pasted whole: `import … from '@theme/Tabs'` lines, an
// `export const meta = {…}`, `{/* comments */}`, JSX components wrapping the Markdown (`<Tabs>`, `<TabItem …>`,
// `<Callout type="quote">`), a `<Figure src=… caption=…/>` picture, and admonitions (`:::tip 인용` … `:::`). The site
// shows none of the code and only the words inside the components; read as Markdown, the imports, the meta
// object and the comments were drawn as text, the component tags warned as raw HTML, and the admonition lines were
// drawn as `:::tip`. Each is written as the Markdown it means, every line keeping its number: code and comments
// gone, a wrapper's tags gone and its words kept, a picture as the Markdown image it is, and a callout component
// as the admonition it stands for, which quarto.ts's fenced-div pass then reads as it reads a Quarto callout (its
// title a bold line, a quote's box a `> [!quote]` callout). Only for a document showing two of MDX's marks, so a
// prompt that merely mentions `<Tabs>` or opens one `:::` is never touched.
import { fencedLines } from "../limits.js";
import { linePass } from "../line-pass.js";
import { ADMONITION, fencedDivs, frontKey } from "./quarto.js";

/** An ES import on its own line: `import Tabs from '@theme/Tabs';`, `import {A, B} from "x"`, `import "./x.css"`. */
const IMPORT = /^import[ \t]+(?:[\w$*{][^'"\n]{0,300}?[ \t]from[ \t]*)?['"][^'"\n]{1,300}['"];?[ \t]*$/;
/** An import whose names run over lines: `import {` … `} from '…';`. */
const IMPORT_OPEN = /^import[ \t]*(?:[\w$]+[ \t]*,[ \t]*)?\{[^}\n]{0,300}$/;
const IMPORT_CLOSE = /\}[ \t]*from[ \t]*['"][^'"\n]{1,300}['"];?[ \t]*$/;
const EXPORT = /^export[ \t]+(?:const|let|var|function|default|async|class|\{)/;
/** An attribute: a name, perhaps a value in quotes or in braces (one level of braces within). */
const ATTR = String.raw`[\w:.-]{1,60}(?:[ \t]*=[ \t]*(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'|\{(?:[^{}\n]|\{[^{}\n]{0,200}\}){0,400}\}))?`;
/** A JSX component's tag (a capitalised name: lower-case tags are HTML, read elsewhere). */
const TAG_SOURCE = String.raw`<(\/?)([A-Z][\w.]{0,60})((?:[ \t]+${ATTR}){0,30})[ \t]*(\/?)>`;
const TAG = new RegExp(TAG_SOURCE, "g");
const WHOLE_TAG = new RegExp(`^[ \\t]*${TAG_SOURCE}`);
const TAG_LINE = new RegExp(`^[ \\t]*(?:${TAG_SOURCE}[ \\t]*)+$`);
/** How long a tag written over lines may grow before it is taken for text. */
const TAG_CHARS = 1000;
/** A line opening a tag it closes on a later line (`<Figure` over its attributes, `/>` below). */
const TAG_START = /^[ \t]*<[A-Z][\w.]{0,60}(?:[ \t]|$)/;
const COMMENT = /\{[ \t]*\/\*[\s\S]*?\*\/[ \t]*\}/g;
/** Front-matter keys only a Docusaurus page carries. */
const DOCUSAURUS_KEY = /^(?:sidebar_position|sidebar_label|sidebar_class_name|displayed_sidebar|slug|hide_table_of_contents|hide_title|pagination_label|pagination_next|pagination_prev|custom_edit_url|toc_min_heading_level|toc_max_heading_level)[ \t]*:/;
/** A component standing for a callout by its name (`<Admonition>`, `<Note>`, `<Quote>`). */
const CALLOUT_NAME = /^(?:callout|admonition|aside|alert|note|tip|info|warning|danger|caution|important|quote|blockquote|cite)$/i;
const QUOTE = /^(?:quote|blockquote|cite)$/i;

const ATTR_VALUE = new Map<string, RegExp>();
const attr = (attrs: string, ...names: string[]): string | undefined => {
  if (!attrs.trim()) return undefined;
  for (const n of names) {
    let re = ATTR_VALUE.get(n);
    if (!re) ATTR_VALUE.set(n, (re = new RegExp(String.raw`(?:^|\s)${n}[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|\{[ \t]*["'\`]([^"'\`\n]*)["'\`][ \t]*\})`)));
    const m = re.exec(attrs);
    const v = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
    if (v) return v;
  }
  return undefined;
};

/** How many of MDX's marks the document shows outside fences: ES imports or exports, MDX comments (a brace and a
 * slash-star), a component's tag on a line of its own, an admonition, a Docusaurus front-matter key. */
function marks(lines: readonly string[]): number {
  const front = frontKey(lines, DOCUSAURUS_KEY);
  const code = fencedLines(lines);
  let esm = false;
  let comment = false;
  let component = false;
  let admonition = false;
  for (const [i, line] of lines.entries()) {
    if (code[i] || line.length > 2000) continue;
    if (IMPORT.test(line) || IMPORT_OPEN.test(line) || EXPORT.test(line)) esm = true;
    else if (line.includes("{/*") || /\{[ \t]*\/\*/.test(line)) comment = true;
    else if (TAG_LINE.test(line)) component = true;
    else if (/^[ \t]{0,3}:{3,}[ \t]*([a-z]{2,12})(?:\[|[ \t]|$)/.test(line) && ADMONITION.test(/:{3,}[ \t]*([a-z]+)/.exec(line)![1]!)) admonition = true;
  }
  return [front, esm, comment, component, admonition].filter(Boolean).length;
}

/** A tag as the Markdown it means: a picture as an image, a callout's opening or closing as an admonition's line,
 * any other wrapper's tag as nothing. `opened` keeps, per component open, whether it became an admonition. */
function tagText(close: string, name: string, attrs: string, selfClosing: string, opened: boolean[]): string {
  const src = attr(attrs, "src", "img", "image");
  if (src && !close) {
    const words = attr(attrs, "caption", "alt", "title") ?? "";
    return `![${words.replace(/[[\]]/g, "")}](<${src}>)`;
  }
  if (close) return opened.pop() ? `:::${END}` : "";
  const kind = attr(attrs, "type", "variant", "kind", "severity")?.toLowerCase();
  const callout = CALLOUT_NAME.test(name) || (kind !== undefined && (ADMONITION.test(kind) || QUOTE.test(kind)));
  if (selfClosing) return "";
  opened.push(callout);
  if (!callout) return "";
  const quote = QUOTE.test(kind ?? "") || QUOTE.test(name);
  const as = quote ? "quote" : kind && ADMONITION.test(kind) ? kind : ADMONITION.test(name) ? name.toLowerCase() : "note";
  const title = attr(attrs, "title", "label", "author", "cite", "source", "by");
  return `:::${as}${title ? ` ${title}` : ""}${END}`;
}

/** Ends an admonition's line written for a tag, until the line is known to be the tag's alone. */
const END = "\u0000";

/** The MDX page as the Markdown it means, lines kept; the text unchanged when it is not one. */
export function mdxMarkdown(text: string): string {
  if (!/^import[ \t]|^export[ \t]|\{[ \t]*\/\*|<[A-Z]|^[ \t]{0,3}:::|^sidebar_|^slug[ \t]*:/m.test(text)) return text;
  return linePass(text, (lines) => {
    if (marks(lines) < 2) return undefined;
    const out = [...lines];
    const opened: boolean[] = [];
    const code = fencedLines(lines);
    let k = 0;
    // Blanks lines from..to (inclusive), keeping their count.
    const blank = (from: number, to: number): void => {
      for (let j = from; j <= to && j < out.length; j++) out[j] = "";
    };
    while (k < lines.length) {
      const line = lines[k]!;
      if (code[k] || line.length > 2000) {
        k++;
        continue;
      }
      if (IMPORT.test(line)) {
        out[k++] = "";
        continue;
      }
      if (IMPORT_OPEN.test(line)) {
        const end = lines.findIndex((l, j) => j > k && j <= k + 50 && IMPORT_CLOSE.test(l));
        if (end > k) {
          blank(k, end);
          k = end + 1;
          continue;
        }
      }
      if (EXPORT.test(line)) {
        k = skipExport(lines, k, blank);
        continue;
      }
      // A comment running over lines: what stands before its opening and after its closing stays.
      const opening = line.replace(COMMENT, "");
      const at = opening.search(/\{[ \t]*\/\*/);
      if (at >= 0) {
        const end = lines.findIndex((l, j) => j > k && j <= k + 200 && /\*\/[ \t]*\}/.test(l));
        if (end > k) {
          out[k] = opening.slice(0, at).trimEnd();
          blank(k + 1, end - 1);
          const rest = lines[end]!.slice(lines[end]!.search(/\*\/[ \t]*\}/)).replace(/^\*\/[ \t]*\}/, "");
          out[end] = rest.trim() ? rest : "";
          k = end + 1;
          continue;
        }
      }
      // A tag whose attributes run over lines, read as one line and written on its first.
      let whole = opening;
      let last = k;
      if (TAG_START.test(whole) && !WHOLE_TAG.test(whole) && whole.length < TAG_CHARS) {
        for (let j = k + 1; j <= k + 30 && j < lines.length; j++) {
          const joined = `${whole} ${lines[j]!.trim()}`;
          if (joined.length > TAG_CHARS) break;
          if (WHOLE_TAG.test(joined)) {
            whole = joined;
            last = j;
            break;
          }
          whole = joined;
        }
        if (last === k) whole = opening;
      }
      const now = whole.includes("<") ? withoutTags(whole, opened) : whole;
      if (now !== line) {
        out[k] = now.trim() ? now : "";
        blank(k + 1, last);
      }
      k = last + 1;
    }
    return fencedDivs(out);
  });
}

/** The line with its components' tags read (outside inline code). A callout opened and closed on one line, or
 * opened before its words (`<Callout type="tip">Remember …`), has no line of its own to be an admonition on: its
 * title is a bold lead and its words stay. */
function withoutTags(line: string, opened: boolean[]): string {
  const depth = opened.length;
  const parts = line.split(/(`+[^`]*`+)/);
  const now = parts.map((p, i) => (i % 2 === 1 ? p : p.replace(TAG, (_t, close: string, name: string, attrs: string, self: string) => tagText(close, name, attrs, self, opened)))).join("");
  const marks = now.split(END).length - 1;
  if (marks === 0) return now;
  if (marks === 1 && /^[ \t]*:::[^\n]*\u0000[ \t]*$/.test(now)) return now.replace(END, "").trim();
  for (let j = depth; j < opened.length; j++) opened[j] = false;
  return now.replace(/:::(?:\w+)?(?: ([^\u0000]*))?\u0000/g, (_m, title?: string) => (title?.trim() ? `**${title.trim()}** ` : "")).trim();
}

/** The line after an `export …` statement, blanking it: up to where its brackets close (or its own line). */
function skipExport(lines: readonly string[], k: number, blank: (from: number, to: number) => void): number {
  let depth = 0;
  for (let j = k; j < lines.length && j <= k + 300; j++) {
    // Brackets inside strings do not count.
    const code = lines[j]!.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`/g, "");
    for (const c of code) {
      if (c === "{" || c === "[" || c === "(") depth++;
      else if (c === "}" || c === "]" || c === ")") depth--;
    }
    if (depth <= 0) {
      blank(k, j);
      return j + 1;
    }
  }
  blank(k, k);
  return k + 1;
}
