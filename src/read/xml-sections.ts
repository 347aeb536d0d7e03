// Prompts written with XML-style tags around their parts, as people write for chat models:
// `<source_text>` … `</source_text>`, `<layout>` … `</layout>`, `<content>` … `</content>`. Each opening tag
// alone on its line becomes the `# Source Text`-style heading the reader knows and each closing tag an empty
// line, so every line keeps its number. Only when at least two known parts are tagged so.
import { sectionKindOf } from "./prompt/sections.js";

const OPEN = /^[ \t]*<([A-Za-z][\w-]*)>[ \t]*$/;

export function xmlSections(text: string): string {
  if (!text.includes("</")) return text;
  const lines = text.split("\n");
  const closes = new Set(lines.map((l) => /^[ \t]*<\/([A-Za-z][\w-]*)>[ \t]*\r?$/.exec(l)?.[1]).filter((n): n is string => !!n));
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
