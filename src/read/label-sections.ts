// Prompts typed in a hurry into a chat box, their parts headed by a bare label line: `Source text:`, `Layout:`,
// `Plan:`, or a blog post's `【Source Text】`. Each such line naming a part the reader knows becomes its `# …`
// heading, line numbers kept. Only when at least two known parts are labelled so and the document heads none of
// its parts as Markdown does — a `Layout:` line inside a document with `# Layout Structure` is a remark in that
// part, not a part of its own.
import { sectionKindOf } from "./prompt/sections.js";

/** The part name a line holds, typed alone before a colon (`Source text:`, `**Plan:**`), if it is one; or in
 * lenticular brackets alone on its line (`【Source Text】`), as a Korean blog post titles a part once its bold
 * is lost in the copy. */
export function labelName(line: string): string | undefined {
  const t = line.trim();
  const m = /^(?:\*\*)?([A-Za-z가-힣][\w가-힣 /&-]{1,40}?)[ \t]*[:：](?:\*\*)?[ \t]*$/.exec(t) ?? /^【[ \t]*([^【】\n]{2,80}?)[ \t]*】$/u.exec(t);
  return m && sectionKindOf(m[1]!) ? m[1]! : undefined;
}

/**
 * The lines of a document whose parts are named by lines of their own, and each line's part name (`nameOf`,
 * outside fences and indented lines): undefined unless at least two parts are named so and no part is headed as
 * Markdown heads it. Shared by the typed labels here and the spoken ones (`spoken-parts.ts`).
 */
export function namedPartLines(text: string, nameOf: (line: string) => string | undefined): { lines: string[]; names: (string | undefined)[] } | undefined {
  const lines = text.split("\n");
  let fenced = false;
  const names = lines.map((raw) => {
    const l = raw.replace(/\r$/, "");
    if (/^[ \t]*(```|~~~)/.test(l)) fenced = !fenced;
    if (fenced || /^[ \t]/.test(l)) return undefined;
    return nameOf(l);
  });
  if (names.filter(Boolean).length < 2) return undefined;
  const headed = lines.some((l) => {
    const m = /^#{1,3}[ \t]+(.+?)[ \t]*\r?$/.exec(l);
    return !!m && !!sectionKindOf(m[1]!);
  });
  return headed ? undefined : { lines, names };
}

/** Each named line made its part's `# …` heading, a CRLF line keeping its `\r`. */
export function headedParts(lines: string[], names: (string | undefined)[]): string[] {
  return lines.map((l, i) => (names[i] ? `# ${names[i]}${l.endsWith("\r") ? "\r" : ""}` : l));
}

export function labelSections(text: string): string {
  if (!/[:：】](?:\*\*)?[ \t]*\r?$/m.test(text)) return text;
  const parts = namedPartLines(text, labelName);
  return parts ? headedParts(parts.lines, parts.names).join("\n") : text;
}
