// An output plan a chat model emitted as a JSON object in a ```json fence (`{"panels": [{"title": "🧮 …", "type":
// "mindmap", "items": […]}, …], "quotes": […]}`), the rest of the document in Markdown: read as the Markdown
// sections it stands for, each panel a `##` section, so every rule of the plan applies to it. Keys are told by
// meaning (`title`/`name`/`heading`, `type`/`kind`, `items`/`bullets`/`children`, `columns` and `rows`, `steps`);
// a note to the artist (`design_note`, `layout_hint`, `_comment`) is not drawn. Each line read keeps the line of
// the JSON it came from, so warnings point into the fence.
import type { Code, RootContent } from "mdast";
import { lineOf, parseMarkdown, plainText } from "./sections.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const PANELS = /^(?:panels?|sections?|boxes|blocks|cards|parts|layout_sections|content)$/i;
const TITLE = /^(?:title|name|heading|header|label|panel_title|section_title)$/i;
const EMOJI_KEY = /^(?:emoji|icon)$/i;
const TYPE = /^(?:type|kind|format|visual|block_type|render_as|display)$/i;
const LIST = /^(?:items|bullets|points|content|list|entries|lines|nodes|steps|branches|children|takeaways)$/i;
const ROOT = /^(?:root|center|central|topic)$/i;
const COLUMNS = /^(?:columns|headers|header|cols)$/i;
const ROWS = /^(?:rows|data|body)$/i;
const EDGES = /^(?:edges|links|arrows)$/i;
const TEXT = /^(?:note|notes|caption|description|summary|text|footer|subtitle)$/i;
const QUOTES = /^(?:quotes?|quotable_insights|insights|citations)$/i;
/** Words to the artist about how to draw, not what: `design_note`, `layout_hint`, `style`, `_comment`. */
const ARTIST = /^_|design|layout|hint|style|render|artist|instruction|comment|todo|id$|^(?:id|order|position|size|width|height|color|colour)$/i;
const LABEL = /^(?:label|text|name|title|node|value|term)$/i;
const SPEAKER = /^(?:speaker|author|by|who|source|attribution)$/i;
const TARGET = /^(?:panel|box|section|target|place|placement|panel_id|goes_to)$/i;

const isObj = (v: Json | undefined): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
const keyOf = (o: Obj, re: RegExp): string | undefined => Object.keys(o).find((k) => re.test(k));
const valueOf = (o: Obj, re: RegExp): Json | undefined => {
  const k = keyOf(o, re);
  return k === undefined ? undefined : o[k];
};

/** The panels array of a plan object: the value of a key naming them, each panel an object with a title. */
function panelsOf(root: Json): Obj[] | undefined {
  if (Array.isArray(root)) return root.length > 0 && root.every((p) => isObj(p) && keyOf(p, TITLE)) ? (root as Obj[]) : undefined;
  if (!isObj(root)) return undefined;
  for (const [k, v] of Object.entries(root)) if (PANELS.test(k) && Array.isArray(v)) return panelsOf(v);
  return undefined;
}

/** Markdown lines, each with the JSON line it came from. */
interface Out {
  lines: string[];
  at: number[];
}

/** The plan's nodes with each JSON plan fence read as the sections it stands for. */
export function jsonPlan(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const n of nodes) {
    const read = n.type === "code" && /^(?:json5?|jsonc)?$/i.test(n.lang ?? "") ? sectionsOf(n) : undefined;
    // The writer's words on the paste right before it (`아래 JSON은 섹션 설계안입니다`) only introduce it.
    const before = out[out.length - 1];
    if (read && before?.type === "paragraph" && /\bjson\b/i.test(plainText(before)) && plainText(before).length <= 200) out.pop();
    out.push(...(read ?? [n]));
  }
  return out;
}

function sectionsOf(node: Code): RootContent[] | undefined {
  let root: Json;
  try {
    root = JSON.parse(node.value.replace(/^\s*\/\/.*$/gm, "")) as Json;
  } catch {
    return undefined;
  }
  const panels = panelsOf(root);
  if (!panels) return undefined;
  const src = node.value.split("\n");
  // The fence's first line is the ``` line; the JSON's first line is the next.
  const first = lineOf(node) + 1;
  let from = 0;
  /** The file line where `text` is next written in the JSON (as a JSON string), searching on from the last. */
  const lineFor = (text: string, stay = false): number => {
    const lit = JSON.stringify(text).slice(1, -1);
    for (let k = from; k < src.length; k++) {
      if (src[k]!.includes(lit)) {
        if (!stay) from = k;
        return first + k;
      }
    }
    return first + from;
  };
  const out: Out = { lines: [], at: [] };
  const put = (line: string, text: string, stay = false): void => {
    out.lines.push(line, "");
    const at = lineFor(text, stay);
    out.at.push(at, at);
  };
  const quotes = isObj(root) ? valueOf(root, QUOTES) : undefined;
  const quoteList = Array.isArray(quotes) ? quotes : [];
  const idOf = (p: Obj): string | undefined => str(p.id) ?? str(p.key) ?? str(p.slug);
  const placedQuotes = new Set<Json>();
  for (const p of panels) {
    const title = str(valueOf(p, TITLE)) ?? "";
    const emoji = str(valueOf(p, EMOJI_KEY));
    const type = (str(valueOf(p, TYPE)) ?? "").toLowerCase();
    put(`## ${emoji && !title.startsWith(emoji) ? `${emoji} ` : ""}${title}${hintOf(type, title)}`, title);
    for (const [k, v] of Object.entries(p)) {
      if (TITLE.test(k) || EMOJI_KEY.test(k) || TYPE.test(k) || (ARTIST.test(k) && !TEXT.test(k))) continue;
      if (ROOT.test(k) && typeof v === "string") continue;
      if (LIST.test(k) && Array.isArray(v)) {
        if (/flow|process|pipeline|chain|sequence|steps/.test(type) && v.every((s) => typeof s === "string")) put((v as string[]).join(" → "), str(v[0]) ?? "");
        else listOf(v, type, str(valueOf(p, ROOT)), out, lineFor);
      } else if (EDGES.test(k) && Array.isArray(v)) {
        for (const e of v) if (isObj(e) && str(e.from) && str(e.to)) put(`${str(e.from)} → ${str(e.to)}`, str(e.from)!);
      } else if (ROWS.test(k) && Array.isArray(v)) tableOf(valueOf(p, COLUMNS), v, out, lineFor);
      else if (QUOTES.test(k) && Array.isArray(v)) for (const q of v) quoteOf(q, put);
      else if (TEXT.test(k) && typeof v === "string") put(v, v);
    }
    const id = idOf(p);
    for (const q of quoteList) {
      const target = isObj(q) ? str(valueOf(q, TARGET)) : undefined;
      if (target && (target === id || target === title || title.includes(target))) {
        quoteOf(q, put);
        placedQuotes.add(q);
      }
    }
  }
  // Quotes given for no panel are offered for anywhere: each goes where its words belong.
  const rest = quoteList.filter((q) => !placedQuotes.has(q));
  if (rest.length > 0) {
    put("## Quotes (anywhere)", "");
    for (const q of rest) quoteOf(q, put);
  }
  const tree = parseMarkdown(out.lines.join("\n"));
  const shift = (n: unknown): void => {
    const x = n as { position?: { start: { line: number; column: number }; end: { line: number; column: number } }; children?: unknown[] };
    if (x.position) {
      x.position.start.line = out.at[x.position.start.line - 1] ?? first;
      x.position.end.line = out.at[x.position.end.line - 1] ?? first;
    }
    x.children?.forEach(shift);
  };
  tree.children.forEach(shift);
  return tree.children;
}

/** What the panel's type says about its section that the plan reads from a title's remark (`(mind map)`). */
function hintOf(type: string, title: string): string {
  const hint = /mind\s*-?\s*map|tree/.test(type) ? "mind map" : /flow|process|pipeline|chain|sequence/.test(type) ? "flow" : /table|matrix|comparison/.test(type) ? "table" : /takeaway|summary|numbered/.test(type) ? "takeaways" : "";
  return hint && !title.toLowerCase().includes(hint) ? ` (${hint})` : "";
}

/** A list, nested as its objects' children are; a mind map's list hangs under its root when the panel names one. */
function listOf(items: Json[], type: string, root: string | undefined, out: Out, lineFor: (t: string) => number): void {
  const numbered = /numbered|ordered|takeaway|steps/.test(type);
  const lines: [string, number][] = [];
  const walk = (list: Json[], depth: number): void => {
    list.forEach((item, k) => {
      const label = isObj(item) ? str(valueOf(item, LABEL)) : str(item);
      if (label === undefined) return;
      lines.push([`${"  ".repeat(depth)}${numbered && depth === 0 ? `${k + 1}.` : "-"} ${label}`, lineFor(label)]);
      const kids = isObj(item) ? valueOf(item, LIST) : undefined;
      if (Array.isArray(kids)) walk(kids, depth + 1);
    });
  };
  if (root && /mind\s*-?\s*map|tree/.test(type)) {
    lines.push([`- ${root}`, lineFor(root)]);
    walk(items, 1);
  } else walk(items, 0);
  for (const [l, at] of lines) {
    out.lines.push(l);
    out.at.push(at);
  }
  out.lines.push("");
  out.at.push(out.at[out.at.length - 1] ?? 0);
}

/** A Markdown table of the panel's rows (arrays, or objects keyed by the columns). */
function tableOf(columns: Json | undefined, rows: Json[], out: Out, lineFor: (t: string) => number): void {
  const cols = Array.isArray(columns) ? columns.map((c) => str(c) ?? "") : isObj(rows[0]) ? Object.keys(rows[0]) : [];
  if (cols.length === 0) return;
  const cell = (v: Json | undefined): string => (str(v) ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
  const push = (line: string, at: number): void => {
    out.lines.push(line);
    out.at.push(at);
  };
  const head = lineFor(cols.find((c) => c) ?? "");
  push(`| ${cols.map((c) => cell(c)).join(" | ")} |`, head);
  push(`|${cols.map(() => "---").join("|")}|`, head);
  for (const r of rows) {
    const cells = Array.isArray(r) ? r : isObj(r) ? cols.map((c) => r[c] ?? null) : [];
    push(`| ${cols.map((_, k) => cell(cells[k])).join(" | ")} |`, lineFor(str(cells.find((c) => str(c))) ?? ""));
  }
  push("", out.at[out.at.length - 1]!);
}

/** A quote as the plan writes one: `> "…" — speaker`. */
function quoteOf(q: Json, put: (line: string, text: string, stay?: boolean) => void): void {
  const text = isObj(q) ? str(valueOf(q, /^(?:text|quote|content|en|original)$/i)) : str(q);
  if (!text) return;
  const by = isObj(q) ? str(valueOf(q, SPEAKER)) : undefined;
  // Found where it is written without moving on: quotes listed after the panels are read into them.
  put(`> "${text.replace(/^["“]|["”]$/g, "")}"${by ? ` — ${by}` : ""}`, text, true);
}
