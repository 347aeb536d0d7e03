// A prompt written as one YAML object, the way someone who writes everything as config writes it: a line or two
// of prose, then a ```yaml fence (or the YAML bare) holding the whole spec — `meta:` (title, chapter, url), the
// transcript as a block scalar, `layout:` rows of boxes with ids, `content:` keyed by box id (`bullets:`,
// `table: {header, rows}`, `mermaid: |`), `quotes:` each with the box it goes `near`, `style:` notes and the
// `request:`. Each key holds one part of the template, so the object is read as the Markdown document it stands
// for: the parts under their headings, each box's content a plan section under the box's title (found by its id),
// each quote noted with its box. Every line written keeps the file line its value came from, so warnings and
// errors name the lines the writer sees. Keys are told by meaning, not one spelling.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from "yaml";
import { InputError } from "../../errors.js";
import { panelsOf, type Sheet } from "../../model/sheet.js";
import { QUIET } from "./frontmatter.js";
import { ID, TITLE, block, entriesOf, flat, plan, quoteLines, withAliases, type Emit } from "./yaml-sections.js";

export interface YamlPrompt {
  /** The Markdown prompt document the object stands for. */
  text: string;
  /** For each of its lines (0-based), the file line (1-based) it came from. */
  at: number[];
  /** What the reader left out of the object, on the file's lines. */
  warnings: string[];
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


/** The prompt a document holds as one YAML object, or undefined when it is not written so. */
export function yamlPrompt(written: string): YamlPrompt | undefined {
  // Telling the input's kind and reading it both ask; the YAML is parsed once.
  if (last?.written !== written) last = { written, read: objectPrompt(written) };
  return last.read;
}

let last: { written: string; read: YamlPrompt | undefined } | undefined;

function objectPrompt(written: string): YamlPrompt | undefined {
  if (written.startsWith("---")) return undefined;
  const lines = written.split("\n");
  const span = yamlSpan(lines);
  if (!span) return undefined;
  const [from, to] = span;
  // The YAML must be the document, not an example in it: most of its non-blank lines.
  const filled = (a: number, b: number): number => lines.slice(a, b).filter((l) => l.trim()).length;
  if (filled(from, to) * 3 < filled(0, lines.length) * 2) return undefined;
  // Parsing is the costly part: only an object with a layout among its top-level keys is parsed.
  const indent = /^\s*/.exec(lines.slice(from, to).find((l) => l.trim() && !/^\s*#/.test(l)) ?? "")![0].length;
  const top = lines.slice(from, to).flatMap((l) => (/^\s*/.exec(l)![0].length === indent ? /^\s*([^\s:#"'-][^:]{0,40}?)\s*:(?:\s|$)/.exec(l)?.[1] ?? [] : []));
  if (!top.some((k) => LAYOUT.test(k))) return undefined;
  const counter = new LineCounter();
  const src = lines.slice(from, to).join("\n");
  let doc: Document;
  try {
    doc = parseDocument(src, { ...QUIET, lineCounter: counter, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  return withAliases(doc, () => partsOf(doc, lines, from, to, counter));
}

/** The parts of the document the object stands for, its lines each with the file line it came from. */
function partsOf(doc: Document, lines: string[], from: number, to: number, counter: LineCounter): YamlPrompt | undefined {
  const pairs = (doc.contents as { items: Pair<Node, Node>[] }).items;
  const find = (re: RegExp): Pair<Node, Node> | undefined => pairs.find((p) => isScalar(p.key) && re.test(String(p.key.value)));
  const layout = find(LAYOUT);
  const content = find(CONTENT);
  if (!layout || (!isMap(layout.value) && !isSeq(layout.value))) return undefined;
  const ids = boxTitles(doc.toJS() as Record<string, unknown>);
  // A box's content may sit at the top level under the box's id (`takeaways:` beside `layout:`), not in `content:`.
  const parts = [META, SOURCE, LAYOUT, CONTENT, QUOTES, STYLE, REQUEST, PAGE, SUMMARY];
  const keyOf = (p: Pair<Node, Node>): string => (isScalar(p.key) ? String(p.key.value) : "");
  const byId = pairs.filter((p) => ids.has(keyOf(p)) && !parts.some((re) => re.test(keyOf(p))));
  if (!(content || byId.length > 0 || find(QUOTES) || find(SOURCE))) return undefined;
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
  const unplaced: string[] = [];
  if (style || quotes) {
    emit("# Output Style", lineAt((style ?? quotes)!.key as Node));
    if (style) flat(style.value, lineAt, emit);
    if (quotes) unplaced.push(...quoteLines(quotes.value, ids, lineAt, emit));
    emit("", fence);
  }
  if (content || byId.length > 0) {
    emit("# Output Structure Plan", lineAt((content ?? byId[0])!.key as Node));
    plan([...(content ? entriesOf(content.value, lineAt) : []), ...byId.map((p) => ({ id: keyOf(p), body: p.value, line: lineAt(p.key) }))], ids, lineAt, emit);
  }
  // A key that is no part of the prompt (nor metadata written at the top) is said to be left out, not lost quietly.
  const warnings = [...unplaced, ...pairs
    .filter((p) => !parts.some((re) => re.test(keyOf(p))) && !byId.includes(p) && !META_KEYS.some(([re]) => re.test(keyOf(p))))
    .map((p) => `line ${lineAt(p.key)}: the YAML key \`${keyOf(p)}:\` names no part of the prompt (metadata, source, layout, content, quotes, style, request) nor a box's id; it is not drawn`)];
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
  return { text: out.join("\n"), at, warnings };
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

/** Each block's source line (`at.line`, which the report prints) moved to the file line its words came from. */
export function atYamlLines(read: YamlPrompt, sheet: Sheet): Sheet {
  for (const p of panelsOf(sheet)) for (const b of p.blocks) if (b.at?.line !== undefined) b.at.line = read.at[b.at.line - 1] ?? b.at.line;
  return sheet;
}
