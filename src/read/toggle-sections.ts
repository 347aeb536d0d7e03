// Notion and GitHub exports fold parts of a document into toggles: `<details>` / `<summary>Title</summary>` …
// `</details>`. In the plan a toggle's summary is the heading of the section it folds, so it becomes a heading
// one level below the plan's; a summary naming another part (`<summary>Source Text</summary>`) heads that part;
// any other summary (`원문 (펼쳐서 보기)`) is only the fold's handle and goes. The tag lines become blank lines, every
// line keeping its number. Without this, Markdown reads the tags as raw HTML and the sections vanish.
// In a plan whose sections are numbered lines at the margin (`1) 🪞 …`, `2. 🎲 …`), not headings, a toggle after
// one folds a part of that section (an extra example): its summary stays a line of text there, the fold's caption;
// made a heading it would have been the plan's one section, and every numbered one before it left undrawn.
import { sectionKindOf } from "./prompt/sections.js";
const OPEN = /^[ \t]*<details(?:\s[^>]*)?>[ \t]*$/i;
const CLOSE = /^[ \t]*<\/details>[ \t]*$/i;
/** `1) 🪞 자아가 없다`, `2. Tables`: a numbered line at the margin, as a plan written as one outline titles its sections. */
const OUTLINE_ITEM = /^\d{1,2}[.)][ \t]+\S/;
const SUMMARY = /^[ \t]*(?:<details(?:\s[^>]*)?>)?[ \t]*<summary(?:\s[^>]*)?>(.*?)<\/summary>[ \t]*$/i;

export function toggleSections(text: string): string {
  if (!/<summary/i.test(text)) return text;
  // The depth of the last heading the writer typed; summaries made headings here do not deepen it, so
  // toggles one after another are sections side by side.
  let depth = 0;
  let part: string | undefined;
  let fenced = false;
  let open = 0;
  // Since the plan's heading: whether a numbered line at the margin has started a section, with no heading under it.
  let outlined = false;
  return text
    .split("\n")
    .map((raw) => {
      const cr = raw.endsWith("\r") ? "\r" : "";
      const l = raw.replace(/\r$/, "");
      if (/^[ \t]*(```|~~~)/.test(l)) fenced = !fenced;
      if (fenced) return raw;
      const heading = /^(#{1,6})[ \t]/.exec(l);
      if (heading) {
        depth = heading[1]!.length;
        part = sectionKindOf(l.slice(heading[0].length));
        outlined = false;
      } else if (part === "plan" && OUTLINE_ITEM.test(l)) outlined = true;
      const opens = OPEN.test(l.replace(/<summary[\s\S]*$/i, "")) && /<details/i.test(l);
      if (opens) open++;
      const summary = SUMMARY.exec(l);
      if (summary && open > 0) {
        // Inline tags inside the summary (`<b>`, `<strong>`) are its emphasis, not text.
        const title = summary[1]!.replace(/<\/?(?:b|strong)>/gi, "**").replace(/<[^>]+>/g, "").trim();
        // Under `## Source Text`, `<summary>원문 (펼쳐서 보기)</summary>` names the part it is in: still the handle.
        const names = title ? sectionKindOf(title.replace(/\*\*/g, "")) : undefined;
        if (names && names !== part) return `${"#".repeat(Math.max(1, depth))} ${title}${cr}`;
        if (part === "plan" && outlined) return `${title.replace(/\*\*/g, "")}${cr}`;
        return title && part === "plan" ? `${"#".repeat(Math.min(6, depth + 1))} ${title}${cr}` : cr;
      }
      if (opens) return cr;
      if (CLOSE.test(l) && open > 0) {
        open--;
        return cr;
      }
      return raw;
    })
    .join("\n");
}
