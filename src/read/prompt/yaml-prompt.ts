// A prompt written as one YAML object, the way someone who writes everything as config writes it: a line or two
// of prose, then a ```yaml fence (or the YAML bare) holding the whole spec — `meta:` (title, chapter, url), the
// transcript as a block scalar, `layout:` rows of boxes with ids, `content:` keyed by box id (`bullets:`,
// `table: {header, rows}`, `mermaid: |`), `quotes:` each with the box it goes `near`, `style:` notes and the
// `request:`. Each key holds one part of the template, so the object is read as the Markdown document it stands
// for: the parts under their headings, each box's content a plan section under the box's title (found by its id),
// each quote noted with its box. Every line written keeps the file line its value came from, so warnings and
// errors name the lines the writer sees. Keys are told by meaning, not one spelling.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from "yaml";
import { InputError } from "../../errors.js";
import { QUIET } from "./frontmatter.js";

export interface YamlPrompt {
  /** The Markdown prompt document the object stands for. */
  text: string;
  /** For each of its lines (0-based), the file line (1-based) it came from. */
  at: number[];
}

const META = /^(?:meta|metadata|info|front_?matter|document|doc|chapter_info|메타)$/i;
const SOURCE = /^(?:source(?:_text)?|transcript|script|lecture(?:_notes)?|notes_source|원문|본문|자막|스크립트)$/i;
const LAYOUT = /^(?:layout|grid|rows|레이아웃|배치)$/i;
const CONTENT = /^(?:content|contents|panels|boxes|sections|plan|body|cards|내용|박스)$/i;
const QUOTES = /^(?:quotes?|quotable(?:_insights)?|insights|citations|인용구?)$/i;
const STYLE = /^(?:style|styles|design|theme|look|스타일|디자인)$/i;
const REQUEST = /^(?:request|image_request|prompt|ask|output|instructions?|요청)$/i;
const PAGE = /^(?:page|paper|canvas|format|페이지|용지)$/i;
const SUMMARY = /^(?:summary|tl_?dr|abstract|요약)$/i;
/** Metadata keys and the frontmatter names they stand for. */
const META_KEYS: [RegExp, string][] = [
  [/^(?:title|name|title_en)$/i, "title"],
  [/^(?:title_?ko|title_?kr|titlekr|korean_title|title_korean|subtitle|부제)$/i, "titleKr"],
  [/^(?:chapter|chapter_no|chapter_number|ch|장)$/i, "chapter"],
  [/^(?:author|speaker|lecturer|by|강사)$/i, "author"],
  [/^(?:source_?url|url|video|link|youtube)$/i, "source_url"],
];
const TITLE = /^(?:title|name|heading|label|제목)$/i;
const ID = /^(?:id|key|ref|slug)$/i;
const LIST = /^(?:bullets|items|points|list|lines|takeaways|steps|notes|포인트|항목)$/i;
const TABLE = /^(?:table|matrix|comparison|표)$/i;
const CHART = /^(?:mermaid|diagram|chart|flowchart|mindmap|graph|도식)$/i;
const CODE = /^(?:code|snippet|example_code)$/i;
const TEXT = /^(?:text|note|caption|description|summary|paragraph|intro|설명)$/i;
const HEADER = /^(?:header|headers|columns|cols|head)$/i;
const ROWS = /^(?:rows|data|body)$/i;
const NEAR = /^(?:near|box|panel|target|place|goes_to|in|where|위치)$/i;
const BY = /^(?:by|speaker|author|who|source|attribution)$/i;
const QUOTE_TEXT = /^(?:text|quote|en|original|words)$/i;

type Emit = (line: string, at: number) => void;

/** The document being read, for its aliases; set only while yamlPrompt runs (it is synchronous). */
let reading: Document | undefined;

/** The prompt a document holds as one YAML object, or undefined when it is not written so. */
export function yamlPrompt(written: string): YamlPrompt | undefined {
  if (written.startsWith("---")) return undefined;
  const lines = written.split("\n");
  const span = yamlSpan(lines);
  if (!span) return undefined;
  const [from, to] = span;
  // The YAML must be the document, not an example in it: most of its non-blank lines.
  const filled = (a: number, b: number): number => lines.slice(a, b).filter((l) => l.trim()).length;
  if (filled(from, to) * 3 < filled(0, lines.length) * 2) return undefined;
  const counter = new LineCounter();
  const src = lines.slice(from, to).join("\n");
  let doc: Document;
  try {
    doc = parseDocument(src, { ...QUIET, lineCounter: counter, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  reading = doc;
  try {
    return partsOf(doc, lines, from, to, counter);
  } finally {
    reading = undefined;
  }
}

/** The parts of the document the object stands for, its lines each with the file line it came from. */
function partsOf(doc: Document, lines: string[], from: number, to: number, counter: LineCounter): YamlPrompt | undefined {
  const pairs = (doc.contents as { items: Pair<Node, Node>[] }).items;
  const find = (re: RegExp): Pair<Node, Node> | undefined => pairs.find((p) => isScalar(p.key) && re.test(String(p.key.value)));
  const layout = find(LAYOUT);
  const content = find(CONTENT);
  if (!layout || !isMap(layout.value) && !isSeq(layout.value) || !(content || find(QUOTES) || find(SOURCE))) return undefined;
  const lineAt = (n: Node | null | undefined): number => from + (n?.range ? counter.linePos(n.range[0]).line : 1);
  const out: string[] = [];
  const at: number[] = [];
  const emit: Emit = (line, where) => {
    out.push(line);
    at.push(where);
  };
  const fenced = from > 0 && /^\s*(`{3,}|~{3,})/.test(lines[from - 1]!);
  const fence = fenced ? from : 1;
  // The prose before it says who the artist is and what to make: the role.
  emit("# Role Definition", 1);
  lines.slice(0, fenced ? from - 1 : from).forEach((l, i) => emit(l, i + 1));
  emit("", fence);
  const ids = boxTitles(doc.toJS() as Record<string, unknown>);
  source(doc, find, lineAt, emit, fence);
  emit("", fence);
  emit("# Layout Structure", lineAt(layout.key as Node));
  emit("```yaml", lineAt(layout.key as Node));
  for (const p of [find(PAGE), layout]) {
    if (!p?.key?.range || !p.value?.range) continue;
    const a = lineAt(p.key);
    const b = from + counter.linePos(Math.max(p.value.range[1] - 1, p.key.range[0])).line;
    for (let k = a; k <= b; k++) emit(lines[k - 1]!, k);
  }
  emit("```", lineAt(layout.key as Node));
  emit("", fence);
  const style = find(STYLE);
  const quotes = find(QUOTES);
  if (style || quotes) {
    emit("# Output Style", lineAt((style ?? quotes)!.key as Node));
    if (style) flat(style.value, lineAt, emit);
    if (quotes) quoteLines(quotes.value, ids, lineAt, emit);
    emit("", fence);
  }
  if (content) {
    emit("# Output Structure Plan", lineAt(content.key as Node));
    plan(content.value, ids, lineAt, emit);
  }
  const request = find(REQUEST);
  const page = find(PAGE);
  if (request || page) {
    emit("# Image Request", lineAt((request ?? page)!.key as Node));
    if (request) flat(request.value, lineAt, emit);
    if (page) emit(`Page: ${words(page.value)}`, lineAt(page.key as Node));
  }
  // What follows the fence (a closing line) is kept where the writer put it, after everything.
  const after = fenced ? to + 1 : to;
  lines.slice(after).forEach((l, i) => emit(l, after + 1 + i));
  return { text: out.join("\n"), at };
}

/** The lines [from, to) the object takes: a ```yaml fence's body, or bare YAML from its first top-level key on. */
function yamlSpan(lines: string[]): [number, number] | undefined {
  const open = lines.findIndex((l) => /^\s*(`{3,}|~{3,})\s*ya?ml\s*$/i.test(l));
  if (open >= 0) {
    const mark = /^\s*(`{3,}|~{3,})/.exec(lines[open]!)![1]!;
    const close = lines.findIndex((l, i) => i > open && l.trim() === mark);
    return [open + 1, close > open ? close : lines.length];
  }
  const first = lines.findIndex((l) => /^[A-Za-z_][\w-]*:(?:\s|$)/.test(l));
  if (first < 0) return undefined;
  // Bare YAML runs to the last line that is YAML's: indented, a key, a list item or a comment.
  let last = first;
  for (let k = first; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.trim() || /^(?:\s|#|-\s|[A-Za-z_][\w-]*:(?:\s|$))/.test(l)) {
      if (l.trim()) last = k;
    } else break;
  }
  return [first, last + 1];
}

/** Each box's id to its title, from the layout's boxes (`{id: sft, title: "✍️ SFT"}`) wherever they sit. */
function boxTitles(data: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || !v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    const id = Object.entries(o).find(([k]) => ID.test(k))?.[1];
    const title = Object.entries(o).find(([k]) => TITLE.test(k))?.[1];
    if ((typeof id === "string" || typeof id === "number") && typeof title === "string") out.set(String(id), title.trim());
    Object.values(o).forEach((x) => walk(x, depth + 1));
  };
  const layout = Object.entries(data).find(([k]) => LAYOUT.test(k))?.[1];
  walk(layout, 0);
  return out;
}

/** The metadata as a `---` block, the summary and the transcript under `# Source Text`. */
function source(doc: Document, find: (re: RegExp) => Pair<Node, Node> | undefined, lineAt: (n: Node | null | undefined) => number, emit: Emit, fence: number): void {
  const meta = find(META);
  const metaPairs = meta && isMap(meta.value) ? (meta.value.items as Pair<Node, Node>[]) : (doc.contents as { items: Pair<Node, Node>[] }).items;
  const text = find(SOURCE);
  emit("# Source Text", lineAt((meta ?? text)?.key as Node) || fence);
  const fm = metaPairs.flatMap((p) => {
    const key = p.key;
    const name = isScalar(key) ? META_KEYS.find(([re]) => re.test(String(key.value)))?.[1] : undefined;
    return name && isScalar(p.value) && p.value.value !== null ? [{ name, value: p.value.value, line: lineAt(p.key) }] : [];
  });
  if (fm.length > 0) {
    emit("---", fm[0]!.line);
    for (const f of fm) emit(`${f.name}: ${typeof f.value === "number" ? f.value : JSON.stringify(String(f.value))}`, f.line);
    emit("---", fm.at(-1)!.line);
    emit("", fm.at(-1)!.line);
  }
  const summary = metaPairs.find((p) => isScalar(p.key) && SUMMARY.test(String(p.key.value))) ?? find(SUMMARY);
  if (summary && isScalar(summary.value)) {
    emit(`**요약**: ${String(summary.value.value).trim().replace(/\s*\n\s*/g, " ")}`, lineAt(summary.key));
    emit("", lineAt(summary.key));
  }
  if (text && isScalar(text.value)) block(String(text.value.value), lineAt(text.value), text.value.type, emit, true);
}

/** A string's lines, each its own paragraph when `paragraphs`; a block scalar's first line is the one under its key. */
function block(value: string, line: number, type: unknown, emit: Emit, paragraphs: boolean): void {
  const first = type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED" ? line + 1 : line;
  value.replace(/\s+$/, "").split("\n").forEach((l, i) => {
    emit(l, first + i);
    if (paragraphs && l.trim()) emit("", first + i);
  });
}

/** A value written out as list items: scalars as they are, a map's `key: value`, nested lists one level down. */
function flat(given: Node | null | undefined, lineAt: (n: Node | null | undefined) => number, emit: Emit, indent = ""): void {
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

/** The quotes as `- [box] "…" — who` items, their box named by its title so quote-notes.ts places them. */
function quoteLines(v: Node | null | undefined, ids: Map<string, string>, lineAt: (n: Node | null | undefined) => number, emit: Emit): void {
  emit("", lineAt(v));
  emit("## Quotable Insights", lineAt(v));
  for (const q of isSeq(v) ? (v.items as Node[]) : []) {
    const get = (re: RegExp): Node | undefined => (isMap(q) ? (q.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && re.test(String(p.key.value)))?.value ?? undefined : undefined);
    const text = isScalar(q) ? q : get(QUOTE_TEXT);
    if (!isScalar(text) || text.value === null) continue;
    const said = String(text.value).trim().replace(/\s*\n\s*/g, " ").replace(/^["“](.*)["”]$/, "$1");
    const by = get(BY);
    const near = get(NEAR);
    const box = isScalar(near) && near.value !== null ? ids.get(String(near.value)) ?? String(near.value) : undefined;
    const who = isScalar(by) && by.value !== null ? ` — ${String(by.value)}` : "";
    // The box in brackets before the quote: its title may hold brackets of its own, which a note after it may not.
    emit(`- ${box ? `[${box.replace(/[\[\]]/g, "")}] ` : ""}"${said}"${who}`, lineAt(text));
  }
}

/** Each box's content as a plan section under the box's title. */
function plan(v: Node | null | undefined, ids: Map<string, string>, lineAt: (n: Node | null | undefined) => number, emit: Emit): void {
  const entries: { id?: string; body: Node | null | undefined; line: number }[] = isMap(v)
    ? (v.items as Pair<Node, Node>[]).map((p) => ({ id: isScalar(p.key) ? String(p.key.value) : undefined, body: p.value, line: lineAt(p.key) }))
    : isSeq(v)
      ? (v.items as Node[]).map((n) => ({ id: idOf(n), body: n, line: lineAt(n) }))
      : [];
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

/** A page value as words: `{size: A4, orientation: landscape}` → `A4 landscape`. */
function words(v: Node | null | undefined): string {
  if (isScalar(v)) return String(v.value ?? "");
  if (isMap(v) || isSeq(v)) return (v.items as (Node | Pair<Node, Node>)[]).map((it) => (it && "key" in it ? words(it.value as Node) : words(it as Node))).filter(Boolean).join(" ");
  return "";
}

/** A warning about the Markdown the object stands for, on the file line its words came from. */
export function onYamlLine(read: YamlPrompt, warning: string): string {
  return warning.replace(/^line (\d+):/, (all, n: string) => `line ${read.at[Number(n) - 1] ?? n}:`);
}

/** An error about it, moved the same way. */
export function errorOnYamlLine(read: YamlPrompt, err: unknown): unknown {
  if (!(err instanceof InputError) || err.where.line === undefined) return err;
  const moved = new InputError(err.message, { ...err.where, line: read.at[err.where.line - 1] ?? err.where.line, column: undefined }, err.hint);
  moved.stack = err.stack;
  return moved;
}
