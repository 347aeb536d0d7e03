// The metadata written as TOML between `+++` lines (Hugo's front matter, as some people and tools write it):
// `title = "…"`, `chapter = 21`. Only the flat `key = value` lines metadata needs; a value that is not a
// string, number or boolean is kept as written.
import type { Frontmatter } from "./frontmatter.js";
import { lineOf, type PromptDoc, type Section } from "./sections.js";

const FENCE = /^\s*\+\+\+\s*$/;
const PAIR = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.*)$/;

/** The first `+++` … `+++` block in # Source Text, or before the first section, holding `key = value` lines. */
export function tomlFrontmatter(doc: PromptDoc, source: Section | undefined): Frontmatter | undefined {
  const before = doc.sections[0]?.kind === "other" ? doc.sections[0].nodes : [];
  for (const node of [...(source?.nodes ?? []), ...before]) {
    const open = lineOf(node);
    if (node.type !== "paragraph" || !FENCE.test(doc.lines[open - 1] ?? "")) continue;
    const data: Record<string, unknown> = {};
    for (let i = open; i < doc.lines.length; i++) {
      const line = doc.lines[i] ?? "";
      if (FENCE.test(line)) return Object.keys(data).length > 0 ? { data, startLine: open, endLine: i + 1 } : undefined;
      const pair = PAIR.exec(line);
      if (pair) data[pair[1]!] = tomlValue(pair[2]!);
      else if (line.trim() && !line.trim().startsWith("#")) return undefined;
    }
  }
  return undefined;
}

function tomlValue(written: string): unknown {
  const v = written.trim();
  if (v.startsWith('"')) {
    const end = v.lastIndexOf('"');
    try {
      return JSON.parse(v.slice(0, end + 1)) as unknown;
    } catch {
      return v.slice(1, end > 0 ? end : undefined);
    }
  }
  if (v.startsWith("'")) return v.slice(1, v.lastIndexOf("'") > 0 ? v.lastIndexOf("'") : undefined);
  // A comment after the value; found by a two-character search, as a pattern with `\s+` would backtrack on blanks.
  const hash = v.search(/\s#/);
  const bare = (hash >= 0 ? v.slice(0, hash) : v).trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(bare)) return Number(bare);
  if (bare === "true" || bare === "false") return bare === "true";
  return bare;
}
