// The parts of a prompt written as one YAML object, written out as the Markdown they stand for: each box's content
// a plan section under the box's title (`bullets:` a list, `table: {header, rows}` a table, `mermaid: |` a fenced
// chart, `text:` a paragraph), the quotes as items bracketed with the box they go near, other values as list items.
// Every line is emitted with the file line its value came from (yaml-prompt.ts keeps the map).
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";

export const TITLE = /^(?:title|name|heading|label|제목)$/i;
export const ID = /^(?:id|key|ref|slug)$/i;
const LIST = /^(?:bullets|items|points|list|lines|takeaways|steps|notes|포인트|항목)$/i;
const TABLE = /^(?:table|matrix|comparison|표)$/i;
const CHART = /^(?:mermaid|diagram|chart|flowchart|mindmap|graph|도식)$/i;
const CODE = /^(?:code|snippet|example_code)$/i;
const TEXT = /^(?:text|note|caption|description|summary|paragraph|intro|설명)$/i;
const HEADER = /^(?:header|headers|columns|cols|head)$/i;
const ROWS = /^(?:rows|data|body)$/i;
const NEAR = /^(?:near|box|panel|target|place|goes_to|in|where|위치)$/i;
const BY = /^(?:by|speaker|author|who|source|attribution)$/i;
const QUOTE_KEY = /^(?:quotes?|인용구?)$/i;
const QUOTE_TEXT = /^(?:text|quote|en|original|words)$/i;

export type Emit = (line: string, at: number) => void;

/** The document being read, for its aliases; set only while yamlPrompt runs (it is synchronous). */
let reading: Document | undefined;

/** Read `doc`'s aliases while `run` writes its parts out (it is synchronous). */
export function withAliases<T>(doc: Document, run: () => T): T {
  reading = doc;
  try {
    return run();
  } finally {
    reading = undefined;
  }
}

/** A string's lines, each its own paragraph when `paragraphs`; a block scalar's first line is the one under its key. */
export function block(value: string, line: number, type: unknown, emit: Emit, paragraphs: boolean): void {
  const first = type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED" ? line + 1 : line;
  value.replace(/\s+$/, "").split("\n").forEach((l, i) => {
    emit(l, first + i);
    if (paragraphs && l.trim()) emit("", first + i);
  });
}

/** A value written out as list items: scalars as they are, a map's `key: value`, nested lists one level down. */
export function flat(given: Node | null | undefined, lineAt: (n: Node | null | undefined) => number, emit: Emit, indent = ""): void {
  // An alias (`accent: *accent`) says what its anchor says.
  const v = isAlias(given) && reading ? (given.resolve(reading) as Node | undefined) : given;
  if (isScalar(v)) {
    if (v.value !== null) block(String(v.value), lineAt(v), v.type, emit, false);
    return;
  }
  const items = isMap(v) || isSeq(v) ? (v.items as (Node | Pair<Node, Node>)[]) : [];
  for (const it of items) {
    if (isScalar(it)) emit(`${indent}- ${String(it.value).replace(/\s*\n\s*/g, " ")}`, lineAt(it));
    else if (it && "key" in it && isScalar(it.key)) {
      const key = String(it.key.value);
      const value = isAlias(it.value) && reading ? (it.value.resolve(reading) as Node | undefined) : it.value;
      if (isScalar(value)) emit(`${indent}- ${key}: ${String(value.value).replace(/\s*\n\s*/g, " ")}`, lineAt(it.key));
      else {
        emit(`${indent}- ${key}:`, lineAt(it.key));
        flat(value, lineAt, emit, `${indent}  `);
      }
    } else if (it) flat(it as Node, lineAt, emit, indent);
  }
}

/** A quote's words and who said it: a string, or `{text, by}` under whatever keys. */
function quoteOf(q: Node): { text: Node; said: string; by?: string; near?: Node } | undefined {
  const get = (re: RegExp): Node | undefined => (isMap(q) ? (q.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && re.test(String(p.key.value)))?.value ?? undefined : undefined);
  const text = isScalar(q) ? q : get(QUOTE_TEXT);
  if (!isScalar(text) || text.value === null) return undefined;
  const said = String(text.value).trim().replace(/\s*\n\s*/g, " ").replace(/^["“](.*)["”]$/, "$1");
  const by = get(BY);
  const near = get(NEAR);
  return { text, said, ...(isScalar(by) && by.value !== null ? { by: String(by.value) } : {}), ...(near ? { near } : {}) };
}

/**
 * The quotes as `- [box] "…" — who` items, their box named by its title so quote-notes.ts places them; a `near`
 * naming no box (by id or title) is warned of and the quote placed by its words. Returns the warnings.
 */
export function quoteLines(v: Node | null | undefined, ids: Map<string, string>, lineAt: (n: Node | null | undefined) => number, emit: Emit): string[] {
  const warnings: string[] = [];
  emit("", lineAt(v));
  emit("## Quotable Insights", lineAt(v));
  const titles = [...ids.values()].map((t) => t.toLowerCase());
  for (const q of isSeq(v) ? (v.items as Node[]) : []) {
    const read = quoteOf(q);
    if (!read) continue;
    const named = isScalar(read.near) && read.near.value !== null ? String(read.near.value).trim() : undefined;
    const box = named ? ids.get(named) ?? (titles.some((t) => t.includes(named.toLowerCase())) ? named : undefined) : undefined;
    if (named && !box) warnings.push(`line ${lineAt(read.near)}: the quote's \`near: ${named}\` names no box's id or title; it is placed by its words`);
    // The box in brackets before the quote: its title may hold brackets of its own, which a note after it may not.
    emit(`- ${box ? `[${box.replace(/[\[\]]/g, "")}] ` : ""}"${read.said}"${read.by ? ` — ${read.by}` : ""}`, lineAt(read.text));
  }
  return warnings;
}

/** A box's own quotes as `>` quotes, each signed on a line of its own, so the box draws them as quotes. */
function boxQuotes(v: Node | null | undefined, lineAt: (n: Node | null | undefined) => number, emit: Emit): void {
  for (const q of isSeq(v) ? (v.items as Node[]) : v ? [v] : []) {
    const read = quoteOf(q);
    if (!read) continue;
    emit(`> "${read.said}"`, lineAt(read.text));
    if (read.by) emit(`> — ${read.by}`, lineAt(read.text));
    emit("", lineAt(read.text));
  }
}

/** A box's content and the id it is keyed by. */
export interface Entry {
  id?: string;
  body: Node | null | undefined;
  line: number;
}

/** The boxes' contents: keyed by id, or listed each with its id or title. */
export function entriesOf(v: Node | null | undefined, lineAt: (n: Node | null | undefined) => number): Entry[] {
  if (isMap(v)) return (v.items as Pair<Node, Node>[]).map((p) => ({ id: isScalar(p.key) ? String(p.key.value) : undefined, body: p.value, line: lineAt(p.key) }));
  return isSeq(v) ? (v.items as Node[]).map((n) => ({ id: idOf(n), body: n, line: lineAt(n) })) : [];
}

/** Each box's content as a plan section under the box's title. */
export function plan(entries: Entry[], ids: Map<string, string>, lineAt: (n: Node | null | undefined) => number, emit: Emit): void {
  for (const e of entries) {
    const own = isMap(e.body) ? (e.body.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && TITLE.test(String(p.key.value)))?.value : undefined;
    const title = (e.id !== undefined ? ids.get(e.id) : undefined) ?? (isScalar(own) ? String(own.value) : e.id);
    if (!title) continue;
    emit("", e.line);
    emit(`## ${title}`, e.line);
    if (!isMap(e.body)) {
      flat(e.body, lineAt, emit);
      continue;
    }
    for (const p of e.body.items as Pair<Node, Node>[]) {
      const key = isScalar(p.key) ? String(p.key.value) : "";
      if (TITLE.test(key) || ID.test(key)) continue;
      const line = lineAt(p.key);
      emit("", line);
      if (TABLE.test(key)) table(p.value, lineAt, emit, line);
      else if (QUOTE_KEY.test(key)) boxQuotes(p.value, lineAt, emit);
      else if ((CHART.test(key) || CODE.test(key)) && isScalar(p.value)) {
        emit(CHART.test(key) ? "```mermaid" : "```", line);
        block(String(p.value.value), lineAt(p.value), p.value.type, emit, false);
        emit("```", lineAt(p.value));
      } else if (TEXT.test(key) && isScalar(p.value)) block(String(p.value.value).trim(), lineAt(p.value), p.value.type, emit, false);
      else if (LIST.test(key) || isSeq(p.value)) flat(p.value, lineAt, emit);
      else flat(p.value, lineAt, emit);
    }
  }
}

function idOf(n: Node): string | undefined {
  if (!isMap(n)) return undefined;
  const p = (n.items as Pair<Node, Node>[]).find((x) => isScalar(x.key) && ID.test(String(x.key.value)));
  return isScalar(p?.value) ? String(p.value.value) : undefined;
}

/** `{header: […], rows: [[…]]}` (or a list of rows, the first the header) as a Markdown table. */
function table(v: Node | null | undefined, lineAt: (n: Node | null | undefined) => number, emit: Emit, line: number): void {
  const cells = (n: Node | null | undefined): string[] => (isSeq(n) ? (n.items as Node[]).map((c) => (isScalar(c) ? String(c.value ?? "").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ") : "")) : []);
  const get = (re: RegExp): Node | undefined => (isMap(v) ? (v.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && re.test(String(p.key.value)))?.value ?? undefined : undefined);
  let head = cells(get(HEADER));
  const listed = get(ROWS);
  let rows = (isSeq(listed) ? (listed.items as Node[]) : isSeq(v) ? (v.items as Node[]) : []).map((r) => ({ cells: cells(r), line: lineAt(r) }));
  if (head.length === 0 && rows.length > 0) [head, rows] = [rows[0]!.cells, rows.slice(1)];
  if (head.length === 0) return;
  emit(`| ${head.join(" | ")} |`, lineAt(get(HEADER)) || line);
  emit(`|${head.map(() => "---").join("|")}|`, lineAt(get(HEADER)) || line);
  for (const r of rows) emit(`| ${r.cells.join(" | ")} |`, r.line);
}
