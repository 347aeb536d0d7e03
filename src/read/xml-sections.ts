// Prompts written with XML-style tags around their parts, as people write for chat models:
// `<source_text>` … `</source_text>`, `<layout>` … `</layout>`, `<content>` … `</content>`. Each opening tag
// alone on its line becomes the `# Source Text`-style heading the reader knows and each closing tag an empty
// line, so every line keeps its number. Only when at least two known parts are tagged so.
import { sectionKindOf } from "./prompt/sections.js";

const OPEN = /^[ \t]*<([A-Za-z][\w-]*)>[ \t]*$/;
// HTML's own elements on lines of their own (`<table>` … `</table>`, `<tbody>`) are HTML, not a prompt's parts.
const HTML = new Set("table thead tbody tfoot tr th td div span p ul ol li dl dt dd pre code blockquote details summary figure figcaption center section article aside header footer nav main b i u em strong small sub sup br hr img a h1 h2 h3 h4 h5 h6 caption colgroup col".split(" "));

export function xmlSections(text: string): string {
  if (!text.includes("</")) return text;
  const lines = text.split("\n");
  const closes = new Set(lines.map((l) => /^[ \t]*<\/([A-Za-z][\w-]*)>[ \t]*\r?$/.exec(l)?.[1]).filter((n): n is string => !!n && !HTML.has(n.toLowerCase())));
  const named = (name: string): string => name.replace(/[_-]+/g, " ");
  const tagged = lines.flatMap((l) => {
    const name = OPEN.exec(l.replace(/\r$/, ""))?.[1];
    return name && closes.has(name) ? [name] : [];
  });
  if (tagged.filter((n) => sectionKindOf(named(n))).length < 2) return text;
  return lines
    .map((l) => {
      const cr = l.endsWith("\r") ? "\r" : "";
      const bare = l.replace(/\r$/, "");
      const open = OPEN.exec(bare)?.[1];
      if (open && closes.has(open)) return `# ${named(open)}${cr}`;
      const close = /^[ \t]*<\/([A-Za-z][\w-]*)>[ \t]*$/.exec(bare)?.[1];
      return close && tagged.includes(close) ? cr : l;
    })
    .join("\n");
}
