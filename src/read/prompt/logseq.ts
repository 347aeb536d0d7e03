// A page copied out of Logseq, an outliner: every line is a bullet nested by tabs, the headings too
// (`- ## 레이아웃`), a block's further lines set under its words by two spaces, and the outliner's own marks
// among them. It is read as the Markdown the writer sees: page properties at the top (`title:: …`) as the
// labelled lines label-meta.ts reads; a bullet that is a heading (by its `#`s or a `heading::` property) its
// heading; a bullet holding a fence, a table or a quote that block at the margin, its lines de-indented as they
// were typed; other bullets list items, nested by their depth below the heading they sit under, so a plan
// section's points are its list. Block properties (`collapsed::`, `id::`), scheduling lines and `:LOGBOOK:`
// drawers are not seen; a block reference `((uuid))` shows the words of the block carrying that id, or nothing
// when the page does not hold it; `#[[two words]]` is a tag as obsidian.ts reads `[[links]]`. A task's marker
// (`TODO`, `DONE`, …) is dropped; a task with nothing under it is the writer's note to self and not drawn. Every
// line keeps its number. A document without an outliner's property or reference is left alone.

const BULLET = /^([\t ]*)[-*] (.*)$/;
const PROPERTY = /^[\t ]*([A-Za-z][\w-]*):: ?(.*)$/;
const REF = /\(\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)/g;
const EMBED = /\{\{embed ((\(\([0-9a-f-]{36}\)\))|\[\[[^\]\n]+\]\])\}\}/g;
const TASK = /^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|IN-PROGRESS|CANCELED|CANCELLED)\s+(?:\[#[A-C]\]\s*)?/;
const PLANNING = /^(?:SCHEDULED|DEADLINE):\s*<[^>\n]*>\s*$/;
const FENCE = /^(?:```|~~~)/;

/** How deep a line's indent sits: a tab a level, or two spaces. */
function depthOf(indent: string): number {
  let tabs = 0;
  let spaces = 0;
  for (const c of indent) c === "\t" ? tabs++ : spaces++;
  return tabs + Math.floor(spaces / 2);
}

/** A continuation line with the block's indent (its bullet's and the two spaces under its words) taken off. */
function undent(line: string, depth: number): string {
  let k = 0;
  let level = 0;
  while (level < depth && k < line.length) {
    if (line[k] === "\t") k++;
    else if (line.startsWith("  ", k)) k += 2;
    else break;
    level++;
  }
  return line.slice(k).replace(/^ {1,2}/, "");
}

/** Whether the text is an outliner's page: its lines bullets (or a bullet's further lines) and one of its marks. */
function fromOutliner(lines: string[]): boolean {
  let bullets = 0;
  let other = 0;
  let marks = 0;
  let fence = false;
  let top = true;
  for (const l of lines) {
    if (l.trim() === "") continue;
    const inner = (BULLET.exec(l)?.[2] ?? l).trim();
    if (FENCE.test(inner)) fence = !fence;
    if (top && !BULLET.test(l) && PROPERTY.test(l)) {
      marks++;
      continue;
    }
    top = false;
    if (fence && !FENCE.test(inner)) continue;
    if (BULLET.test(l)) bullets++;
    else if (/^[\t ]/.test(l)) {
      if (PROPERTY.test(l)) marks++;
    } else other++;
    REF.lastIndex = 0;
    if (REF.test(l)) marks++;
  }
  return marks > 0 && bullets >= 5 && other * 10 <= bullets;
}

interface Block {
  start: number;
  end: number;
  depth: number;
  text: string;
  id?: string;
  heading?: number;
  task: boolean;
}

/** The page's blocks, each from its bullet to the line before the next bullet. */
function blocksOf(lines: string[], from: number): Block[] {
  const blocks: Block[] = [];
  let fence = false;
  for (let i = from; i < lines.length; i++) {
    const m = fence ? null : BULLET.exec(lines[i]!);
    if (m) {
      const text = m[2]!;
      blocks.push({ start: i, end: i, depth: depthOf(m[1]!), text, task: TASK.test(text) });
      if (FENCE.test(text.trim())) fence = !fence;
      continue;
    }
    const block = blocks.at(-1);
    if (!block) continue;
    block.end = i;
    if (FENCE.test(lines[i]!.trim())) fence = !fence;
    const p = fence ? null : PROPERTY.exec(lines[i]!);
    if (p?.[1] === "id") block.id = p[2]!.trim();
    if (p?.[1] === "heading") block.heading = /^[1-6]$/.test(p[2]!.trim()) ? Number(p[2]!.trim()) : 2;
  }
  return blocks;
}

/** The blocks nested right under block k. */
function childrenOf(blocks: Block[], k: number): Block[] {
  const kids: Block[] = [];
  for (let j = k + 1; j < blocks.length && blocks[j]!.depth > blocks[k]!.depth; j++) if (blocks[j]!.depth === blocks[k]!.depth + 1) kids.push(blocks[j]!);
  return kids;
}

/** A block's words as it shows them: no task marker or heading marks. */
const shown = (text: string): string => text.replace(TASK, "").replace(/^#{1,6}\s+/, "").trim();

/** The text with an outliner page's own syntax read as the Markdown it shows. */
export function logseqPage(text: string): string {
  const lines = text.split("\n");
  if (!fromOutliner(lines)) return text;
  const out = lines.slice();
  let first = 0;
  // Page properties before the first bullet: labelled lines.
  for (; first < lines.length && !BULLET.test(lines[first]!); first++) {
    const p = PROPERTY.exec(lines[first]!);
    if (p && !/^[\t ]/.test(lines[first]!)) out[first] = `${p[1]}: ${p[2]}`;
  }
  const blocks = blocksOf(lines, first);
  const ids = new Map(blocks.flatMap((b) => (b.id ? [[b.id, shown(b.text)] as const] : [])));
  const resolve = (s: string): string =>
    s
      .replace(EMBED, (_w, ref: string | undefined, _r, page: string) => ref ?? page)
      .replace(REF, (_w, id: string) => ids.get(id) ?? "")
      .replace(/#\[\[/g, "[[")
      .replace(/[ \t]{2,}/g, " ");
  // The headings the block sits under (their depth and level), and the list item last written, whose
  // content column a table after it is set in: at the margin, Markdown would read it as the item's words.
  const headings: { depth: number; level: number }[] = [];
  let item: { depth: number; column: number } | undefined;
  const isBlock = (words: string): boolean => FENCE.test(words) || /^[|>]/.test(words);
  blocks.forEach((b, k) => {
    while (headings.length && headings.at(-1)!.depth >= b.depth) headings.pop();
    if (item && (item.depth > b.depth || (item.depth === b.depth && !isBlock(b.text)))) item = undefined;
    const children = childrenOf(blocks, k);
    const words = resolve(b.text.replace(TASK, "")).trim();
    const blank = (from: number, to: number): void => {
      for (let i = from; i <= to; i++) out[i] = "";
    };
    // A task with nothing under it, or a line left only its label once its references are gone.
    REF.lastIndex = 0;
    const pointed = REF.test(b.text) && (words === "" || /^[^:]{0,20}:$/.test(words));
    if (children.length === 0 && (b.task || words === "" || pointed)) return blank(b.start, b.end);
    const under = headings.at(-1);
    // A short label over nothing but tables and fences (`- 배치 비율` over its table) titles them, as a heading.
    const titles = children.length > 0 && children.every((c) => isBlock(c.text)) && words.length <= 40 && !/[:：.?!]$/.test(words);
    const heading = /^#{1,6}\s/.test(words) ? words : b.heading || titles ? `${"#".repeat(b.heading ?? Math.min(6, (under?.level ?? 1) + 1))} ${words}` : undefined;
    const block = isBlock(words);
    const level = Math.max(0, b.depth - (under ? under.depth + 1 : 0));
    // A block in a list (a table after a point, or any block under one) is set in the point's content column.
    const indent = block && item && (b.depth > item.depth || words.startsWith("|")) ? " ".repeat(item.column) : "";
    if (heading) {
      headings.push({ depth: b.depth, level: /^#+/.exec(heading)![0].length });
      item = undefined;
      out[b.start] = heading;
    } else if (block) out[b.start] = indent + words;
    else {
      out[b.start] = `${"  ".repeat(level)}- ${words}`;
      item = { depth: b.depth, column: 2 * level + 2 };
    }
    // Its further lines: properties and planning unseen, a fence or table at the block's margin, words under the item.
    let fence = FENCE.test(words);
    for (let i = b.start + 1; i <= b.end; i++) {
      const line = undent(lines[i]!, b.depth);
      const opens = FENCE.test(line.trim());
      if (!fence && (PROPERTY.test(line) || PLANNING.test(line.trim()))) out[i] = "";
      else if (fence || opens) out[i] = indent + line;
      else if (block || /^\|/.test(line.trim())) out[i] = indent + line.trim();
      else out[i] = line.trim() === "" ? "" : `${"  ".repeat(level + 1)}${resolve(line).trim()}`;
      if (opens) fence = !fence;
    }
    // `:LOGBOOK:` … `:END:` drawers: the outliner's time records.
    for (let i = b.start + 1, drawer = false; i <= b.end; i++) {
      const t = out[i]!.trim();
      if (/^:[A-Z]+:$/.test(t)) {
        drawer = t !== ":END:";
        out[i] = "";
      } else if (drawer) out[i] = "";
    }
  });
  return out.join("\n");
}
