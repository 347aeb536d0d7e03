// Lazy loading of the official Mermaid parsers.
// We import only the two diagram chunks we need (~0.4 s) instead of the whole `mermaid` entry (~0.65 s),
// and only when a sheet actually holds a mermaid block. Mermaid's modules touch `window` when they load
// (DOMPurify captures it), so a linkedom window is installed for the duration of the import only.
import { createRequire } from "node:module";
import { readdirSync } from "node:fs";
import { builtFile } from "../built.js";
import { requireCached } from "../code-cache.js";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * import() for the modules kept outside the CLI bundle. The bundled CLI runs as a vm.Script (to use V8's
 * code cache, see bin/nanosheet.js), where a plain import() throws; bin/nanosheet.js then lends its own.
 */
function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[Symbol.for("nanosheet.import")];
  return typeof lent === "function" ? (lent as (s: string) => Promise<unknown>)(specifier) : import(specifier);
}

/** The jison parser object Mermaid exposes as `diagram.parser`. */
export interface JisonParser {
  parser: { yy: unknown };
  parse(text: string): unknown;
}

/** A Mermaid diagram definition: `db` is a getter returning a fresh database per access. */
export interface DiagramDef {
  parser: JisonParser;
  readonly db: MermaidDb;
}

/** The subset of the flow and mindmap databases we read (both classes have more). */
export interface MermaidDb {
  clear?: () => void;
  getVertices?: () => Map<string, FlowVertex>;
  getEdges?: () => FlowEdgeRaw[];
  getDirection?: () => string | undefined;
  getSubGraphs?: () => SubgraphRaw[];
  getClasses?: () => Map<string, { id: string; styles: string[] }>;
  getMindmap?: () => MindNodeRaw | null;
}

export interface FlowVertex {
  id: string;
  text?: string;
  type?: string;
  labelType?: string;
  classes: string[];
}
export interface FlowEdgeRaw {
  start: string;
  end: string;
  type?: string;
  stroke?: string;
  text?: string;
  labelType?: string;
}
export interface SubgraphRaw {
  id: string;
  title: string;
  nodes: string[];
  labelType?: string;
}
export interface MindNodeRaw {
  descr: string;
  type: number;
  icon?: string;
  children: MindNodeRaw[];
}

export type DiagramKind = "flow" | "mindmap";

const CHUNK_PATTERNS: Record<DiagramKind, RegExp> = {
  flow: /^flowDiagram-[\w-]+\.mjs$/,
  mindmap: /^mindmap-definition-[\w-]+\.mjs$/,
};

const cache = new Map<DiagramKind, Promise<DiagramDef | null>>();

/** The folder of Mermaid's split chunks, found from the package itself (never from the cwd). */
function chunkDir(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve("mermaid");
    return join(dirname(entry), "chunks", "mermaid.core");
  } catch {
    return null;
  }
}

// Reference-counted, so two diagram chunks loading at once share one shim and neither removes it early.
let shimUsers = 0;
let shimInstalled = false;

/**
 * `npm run build` bundles linkedom and the two Mermaid chunks into dist/mermaid-parsers.cjs, loaded with
 * its V8 code cache (~0.3 s less than importing Mermaid's ES modules one by one). Both functions require
 * lazily, so the DOM shim is in place before Mermaid's modules run. Without the bundle (tests run the
 * TypeScript sources) the chunks are imported as they are.
 */
interface ParsersBundle {
  parseHTML(): typeof import("linkedom").parseHTML;
  diagram(kind: DiagramKind): DiagramDef | undefined;
}

let bundle: ParsersBundle | null | undefined;

function parsersBundle(): ParsersBundle | null {
  if (bundle === undefined) {
    const file = builtFile("mermaid-parsers.cjs");
    bundle = file ? (requireCached(file) as ParsersBundle) : null;
  }
  return bundle;
}

/** Run `load` with a minimal DOM on globalThis, then put globalThis back the way it was. */
async function withDomShim<T>(load: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  if (shimUsers === 0 && g["window"] !== undefined) return load(); // a real or foreign DOM: leave it be
  shimUsers++;
  try {
    if (!shimInstalled) {
      const parseHTML = parsersBundle()?.parseHTML() ?? ((await importModule("linkedom")) as typeof import("linkedom")).parseHTML;
      const { window, document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
      g["window"] = window;
      g["document"] = document;
      shimInstalled = true;
    }
    return await load();
  } finally {
    if (--shimUsers === 0 && shimInstalled) {
      delete g["window"];
      delete g["document"];
      shimInstalled = false;
    }
  }
}

async function loadChunk(kind: DiagramKind): Promise<DiagramDef | null> {
  const bundled = parsersBundle();
  if (bundled) {
    const def = await withDomShim(async () => bundled.diagram(kind));
    return def?.parser && "db" in def ? def : null;
  }
  const dir = chunkDir();
  if (!dir) return null;
  let file: string | undefined;
  try {
    file = readdirSync(dir).find((f) => CHUNK_PATTERNS[kind].test(f));
  } catch {
    return null;
  }
  if (!file) return null;
  const mod = (await withDomShim(() => importModule(pathToFileURL(join(dir, file)).href))) as { diagram?: DiagramDef };
  return mod.diagram?.parser && "db" in mod.diagram ? mod.diagram : null;
}

/** The diagram definition for `kind`, or null when this Mermaid build has no matching chunk. */
export function loadDiagram(kind: DiagramKind): Promise<DiagramDef | null> {
  let p = cache.get(kind);
  if (!p) {
    p = loadChunk(kind).catch(() => null);
    cache.set(kind, p);
  }
  return p;
}

/** Fallback: the public API (slower to load). Returns the db of an already parsed diagram. */
export async function parseWithPublicApi(text: string): Promise<MermaidDb> {
  return withDomShim(async () => {
    const mod = (await importModule("mermaid")) as {
      default: {
        initialize(config: object): void;
        mermaidAPI: { getDiagramFromText(t: string): Promise<{ db: MermaidDb }> };
      };
    };
    // initialize registers the built-in diagram types that getDiagramFromText looks up.
    mod.default.initialize({ startOnLoad: false });
    const diagram = await mod.default.mermaidAPI.getDiagramFromText(text);
    return diagram.db;
  });
}

/** Parse with Mermaid's own jison parser into a fresh db; throws Mermaid's error unchanged. */
export async function parseToDb(kind: DiagramKind, text: string): Promise<MermaidDb> {
  const def = await loadDiagram(kind);
  if (!def) return parseWithPublicApi(text);
  const db = def.db;
  def.parser.parser.yy = db;
  db.clear?.();
  def.parser.parse(text);
  return db;
}
