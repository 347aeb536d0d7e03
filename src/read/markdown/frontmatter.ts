// The YAML frontmatter of a *.sheet.md: meta, page, layout rows and style overrides.
// Every problem is an InputError on the file line of the offending key.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { InputError } from "../../errors.js";
import { DEFAULT_STYLE, pageSizeOf, type Meta, type PageSize, type Style } from "../../model/sheet.js";
import * as schema from "../../model/schema.js";
import { META_KEYS, TOP_KEYS } from "./keys.js";

export interface LayoutPanel {
  id: string;
  width?: number;
  color?: string;
  rowSpan?: number;
  below?: boolean;
  line: number;
}
export type LayoutRow =
  | { kind: "title"; ratio: number; line: number }
  | { kind: "panels"; ratio: number; panels: LayoutPanel[]; line: number };

export interface Frontmatter {
  meta: Partial<Meta>;
  page: PageSize;
  style: Style;
  /** None when the frontmatter has no `layout`: the panels then go in rows in document order. */
  layout?: LayoutRow[];
  warnings: string[];
  /** The file line of a YAML path (the nearest existing ancestor when the path is missing). */
  lineOf(path: (string | number)[]): number;
}

const LAYOUT_HINT = "write layout rows like `- { ratio: 10, title: true }` or `- { ratio: 45, panels: [id-a, id-b] }`";

type Path = (string | number)[];

export function readFrontmatter(written: string, firstLine: number): Frontmatter {
  let counter = new LineCounter();
  let doc = parseDocument(written, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  let yamlText = written;
  const repaired: string[] = [];
  if (doc.errors.length) {
    // `title: 8. Llama: a simulator` — a plain value holding `: `, the commonest slip: read as the text it is;
    // and lines indented with tabs, which YAML refuses, indented with two spaces a tab.
    const quoted = quoteColonValues(spacesForTabs(written, firstLine, repaired), firstLine, repaired);
    const retry = new LineCounter();
    const again = quoted === written ? undefined : parseDocument(quoted, { lineCounter: retry, prettyErrors: false, uniqueKeys: true });
    if (again && again.errors.length === 0) [doc, counter, yamlText] = [again, retry, quoted];
    else repaired.length = 0;
  }
  const fileLine = (offset: number): number => counter.linePos(offset).line + firstLine - 1;
  const first = doc.errors[0];
  if (first) {
    throw new InputError(
      `frontmatter YAML: ${first.message.split("\n")[0]}`,
      { line: fileLine(first.pos[0]) },
      "fix the YAML between the two `---` lines (indent with spaces, quote values holding `:` or `#`)",
    );
  }
  const lineOf = (path: Path): number => lineOfPath(doc, path, fileLine, firstLine);
  const fail = (msg: string, path: Path, hint?: string): never => {
    throw new InputError(msg, { line: lineOf(path) }, hint);
  };

  const data: unknown = toJS(doc, yamlText, fileLine);
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return fail("the frontmatter must be a YAML map (key: value lines)", [], "start with `nanosheet: 1`");
  }
  const top = data as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!TOP_KEYS.includes(key)) fail(`unknown frontmatter key '${key}'`, [key], `known keys: ${TOP_KEYS.join(", ")}`);
  }
  const warnings: string[] = [...repaired];
  if (top["nanosheet"] === undefined) warnings.push("no `nanosheet: 1` in the frontmatter; reading it as version 1");
  else if (top["nanosheet"] !== 1) {
    fail(`unsupported nanosheet format version '${String(top["nanosheet"])}'`, ["nanosheet"], "write `nanosheet: 1`");
  }

  const meta: Record<string, unknown> = {};
  for (const key of META_KEYS) if (top[key] !== undefined) meta[key] = top[key];
  // `chapter: "11"` (quoted, as YAML writers do) is chapter 11; `chapter: Ch. 11` is not guessed at.
  if (typeof meta["chapter"] === "string" && /^\s*\d+(\.\d+)?\s*$/.test(meta["chapter"])) meta["chapter"] = Number(meta["chapter"]);
  checkZod(schema.Meta.partial().safeParse(meta, ONCE), [], lineOf);

  return { meta: meta as Partial<Meta>, page: readPage(top["page"], fail), style: readStyle(top["style"], fail, lineOf), ...(top["layout"] === undefined ? {} : { layout: readLayout(top["layout"], fail, lineOf) }), warnings, lineOf };
}

type Fail = (msg: string, path: Path, hint?: string) => never;

/** Tabs indenting lines, as two spaces each; noted once, at the first such line. */
function spacesForTabs(yamlText: string, firstLine: number, notes: string[]): string {
  const lines = yamlText.split("\n");
  const first = lines.findIndex((l) => /^ *\t/.test(l));
  if (first < 0) return yamlText;
  notes.push(`line ${firstLine + first}: the frontmatter is indented with tabs, read as two spaces each; indent with spaces`);
  return lines.map((l) => l.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, "  "))).join("\n");
}

/** Top-level `key: value` lines whose unquoted value holds `: ` (which YAML reads as a nested map), quoted;
 * each one noted in `notes`. Lines stay where they were. */
function quoteColonValues(yamlText: string, firstLine: number, notes: string[]): string {
  return yamlText
    .split("\n")
    .map((line, k) => {
      const m = /^([A-Za-z][\w-]*):[ \t]+(.*?)(\r?)$/.exec(line);
      if (!m || !m[2]!.includes(": ") || /^["'{[|>&*!#]/.test(m[2]!)) return line;
      notes.push(`line ${firstLine + k}: the value of \`${m[1]}\` holds ": ", read as text; quote it (${m[1]}: "…") to say so`);
      return `${m[1]}: ${JSON.stringify(m[2]!.trim())}${m[3]}`;
    })
    .join("\n");
}

/** The YAML as plain data; an alias bomb (aliases expanding to millions of nodes) is an error on its first alias. */
function toJS(doc: Document, yamlText: string, fileLine: (offset: number) => number): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const alias = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(yamlText);
    throw new InputError(
      `frontmatter YAML: ${(err as Error).message.split("\n")[0]}`,
      { line: fileLine(alias ? alias.index + alias[1]!.length : 0) },
      "write the values out instead of repeating `*alias` references",
    );
  }
}

function readPage(raw: unknown, fail: Fail): PageSize {
  if (raw === undefined) return "a4";
  const page = String(raw).trim().toLowerCase();
  const size = pageSizeOf(page);
  if (size) return size;
  const hint = 'use `page: a4` (A4 landscape) or `page: "16:9"`';
  if (/portrait|9:16/.test(page)) fail(`portrait pages are not supported ('${String(raw)}'); a cheat sheet is landscape`, ["page"], hint);
  return fail(`unknown page '${String(raw)}'`, ["page"], hint);
}

function readStyle(raw: unknown, fail: Fail, lineOf: (p: Path) => number): Style {
  if (raw === undefined || raw === null) return { ...DEFAULT_STYLE, palette: [...DEFAULT_STYLE.palette] };
  if (typeof raw !== "object" || Array.isArray(raw)) return fail("`style` must be a map of overrides", ["style"]);
  const keys = Object.keys(DEFAULT_STYLE);
  for (const key of Object.keys(raw)) {
    if (!keys.includes(key)) fail(`unknown style key '${key}'`, ["style", key], `style keys: ${keys.join(", ")}`);
  }
  const merged = { ...DEFAULT_STYLE, palette: [...DEFAULT_STYLE.palette], ...(raw as object) };
  const style = checkZod(schema.Style.safeParse(merged, ONCE), ["style"], lineOf);
  // Auto-fit searches every half pixel between the two sizes: an absurd range would never end.
  for (const key of ["minFontPx", "maxFontPx"] as const) {
    const v = style[key];
    if (!(v >= FONT_PX_RANGE[0] && v <= FONT_PX_RANGE[1])) {
      fail(`style.${key} is ${v}; it must be between ${FONT_PX_RANGE[0]} and ${FONT_PX_RANGE[1]} (px)`, ["style", key], `the defaults are minFontPx ${DEFAULT_STYLE.minFontPx} and maxFontPx ${DEFAULT_STYLE.maxFontPx}`);
    }
  }
  if (style.maxFontPx < style.minFontPx) {
    fail(`style.maxFontPx (${style.maxFontPx}) is below style.minFontPx (${style.minFontPx})`, ["style", "maxFontPx"], "make maxFontPx at least minFontPx");
  }
  if (!Number.isSafeInteger(style.seed)) fail(`style.seed is ${style.seed}; it must be a whole number below 2^53`, ["style", "seed"], "any small whole number, e.g. `seed: 7`");
  return style;
}

/** Body sizes a sheet may ask for, in px. */
export const FONT_PX_RANGE = [6, 96] as const;

function readLayout(raw: unknown, fail: Fail, lineOf: (p: Path) => number): LayoutRow[] {
  if (!Array.isArray(raw) || raw.length === 0) return fail("`layout` must be a non-empty list of rows", ["layout"], LAYOUT_HINT);
  const rows = raw.map((row: unknown, i): LayoutRow => {
    const at: Path = ["layout", i];
    if (!row || typeof row !== "object" || Array.isArray(row)) return fail(`layout row ${i + 1} must be a map`, at, LAYOUT_HINT);
    const r = row as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      if (!["ratio", "title", "panels"].includes(key)) fail(`unknown key '${key}' in layout row ${i + 1}`, [...at, key], LAYOUT_HINT);
    }
    const ratio = percentNumber(r["ratio"]);
    if (typeof ratio !== "number" || !(ratio > 0)) {
      fail(`layout row ${i + 1} needs a positive number \`ratio\` (its share of the page height, in %)`, r["ratio"] === undefined ? at : [...at, "ratio"], LAYOUT_HINT);
    }
    const line = lineOf(at);
    if (r["title"] !== undefined) {
      if (r["title"] !== true) fail("`title` in a layout row can only be `true`", [...at, "title"], LAYOUT_HINT);
      if (r["panels"] !== undefined) fail(`layout row ${i + 1} has both \`title\` and \`panels\``, at, "a row is either the title row or a row of panels");
      return { kind: "title", ratio: ratio as number, line };
    }
    const panels = r["panels"];
    if (!Array.isArray(panels) || panels.length === 0) fail(`layout row ${i + 1} needs \`panels: [...]\` or \`title: true\``, at, LAYOUT_HINT);
    const list = panels as unknown[];
    return { kind: "panels", ratio: ratio as number, line, panels: list.map((p, j) => readPanelRef(p, [...at, "panels", j], fail, lineOf)) };
  });
  const sum = rows.reduce((s, r) => s + r.ratio, 0);
  if (Math.abs(sum - 100) > 0.5) {
    fail(`layout ratios add up to ${+sum.toFixed(2)}, not 100`, ["layout"], `ratios are % of the page height: ${rows.map((r) => r.ratio).join(" + ")} should make 100`);
  }
  return rows;
}

/** `10%` as written in a layout (YAML reads it as text): the number it says; anything else as it is. */
function percentNumber(v: unknown): unknown {
  const m = typeof v === "string" ? /^\s*(\d{1,3}(?:\.\d{1,4})?)\s*%\s*$/.exec(v) : null;
  return m ? Number(m[1]) : v;
}

function readPanelRef(p: unknown, at: Path, fail: Fail, lineOf: (p: Path) => number): LayoutPanel {
  const hint = "a panel entry is an id (`parameters`) or `{ id: parameters, width: 40, rowSpan: 2, below: true, color: \"#2f9e44\" }`";
  if (typeof p === "string") return { id: p.trim(), line: lineOf(at) };
  if (!p || typeof p !== "object" || Array.isArray(p)) return fail("bad panel entry in layout", at, hint);
  const o = p as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!["id", "width", "rowSpan", "below", "color"].includes(key)) fail(`unknown key '${key}' in a layout panel`, [...at, key], hint);
  if (typeof o["id"] !== "string") fail("a layout panel entry needs an `id`", at, hint);
  const width = percentNumber(o["width"]);
  if (width !== undefined && (typeof width !== "number" || !(width > 0))) fail("panel `width` must be a positive number", [...at, "width"], hint);
  // A share of the row (a percentage, or a fraction like 0.3): an absurd value (1e308) squeezed its neighbours to
  // slivers whose text spilled out of their boxes.
  if (typeof width === "number" && !(width > 0 && width <= 100)) fail(`panel \`width\` is ${width}; it must be a share of the row above 0 and at most 100`, [...at, "width"], hint);
  const rowSpan = o["rowSpan"];
  if (rowSpan !== undefined && !(Number.isInteger(rowSpan) && (rowSpan as number) >= 1)) fail("panel `rowSpan` must be a whole number of rows, 1 or more", [...at, "rowSpan"], hint);
  const below = o["below"];
  if (below !== undefined && typeof below !== "boolean") fail("panel `below` must be true or false", [...at, "below"], hint);
  const color = o["color"];
  if (color !== undefined && (typeof color !== "string" || !/^#[0-9a-fA-F]{6}$/.test(color))) fail("panel `color` must be a quoted `#rrggbb` colour", [...at, "color"], hint);
  const ref: LayoutPanel = { id: (o["id"] as string).trim(), line: lineOf(at) };
  if (width !== undefined) ref.width = width as number;
  if (rowSpan !== undefined) ref.rowSpan = rowSpan as number;
  if (below === true) ref.below = true;
  if (color !== undefined) ref.color = color as string;
  return ref;
}

/** Validate with zod; the first issue becomes an InputError on its key's line. */
/**
 * Parse options for a schema checked once per run: zod's default compiles a fast path with `new Function` on
 * the first parse, which took twice as long as simply parsing (~13 against ~6 ms for a whole sheet, cold).
 */
export const ONCE = { jitless: true } as const;

export function checkZod<T>(result: z.ZodSafeParseResult<T>, prefix: Path, lineOf: (p: Path) => number): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...prefix, ...(issue?.path ?? [])].filter((p): p is string | number => typeof p !== "symbol");
  const name = path.length > 0 ? path.join(".") : "frontmatter";
  throw new InputError(`${name}: ${issue?.message ?? "invalid"}`, { line: lineOf(path) }, "see examples/neural-network-internals.sheet.md for a valid sheet");
}

function lineOfPath(doc: Document, path: Path, fileLine: (o: number) => number, firstLine: number): number {
  for (let n = path.length; n > 0; n--) {
    const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
    const key = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return fileLine(range[0]);
    } else if (isSeq(parent) && typeof key === "number") {
      const item = parent.items[key] as { range?: [number, number, number] } | undefined;
      if (item?.range) return fileLine(item.range[0]);
    }
  }
  return firstLine;
}
