// Mermaid blocks ⇄ our typed diagram model. Parsing uses the official Mermaid parsers (so the accepted
// syntax is exactly Mermaid's); they are loaded lazily, only when a sheet holds a mermaid block.
import { InputError } from "../errors.js";
import type { Flowchart, Knobs, Mindmap } from "../model/sheet.js";
import { flowToMermaid, fromFlowDb, knobsToMermaid } from "./flow.js";
import { parseToDb, type DiagramKind, type MermaidDb } from "./load.js";
import { mindmapOf, mindmapToMermaid } from "./mindmap.js";
import { encodeEntities } from "./text.js";
import { MAX_NESTING } from "../read/limits.js";

export type MermaidBlock = Flowchart | Mindmap | Knobs;

const HINT = "check the block in the Mermaid live editor (https://mermaid.live); nanosheet accepts exactly Mermaid's syntax";

/** Blank out a leading `---` frontmatter (Mermaid config) but keep its lines, so line numbers hold. */
function stripFrontmatter(code: string): string {
  const m = /^\s*---\r?\n[\s\S]*?\r?\n---[^\n]*/.exec(code);
  return m ? m[0].replace(/[^\n]/g, "") + code.slice(m[0].length) : code;
}

/**
 * Blank out `%%{init: …}%%` directives (theme and config for Mermaid's own renderer, which we do not use),
 * keeping their lines; the flowchart grammar alone rejects them.
 */
function stripDirectives(code: string, kind: DiagramKind, blockLine: number | undefined, warnings: string[] | undefined): string {
  return code.replace(/%%\{[\s\S]*?\}%%/g, (m, offset: number) => {
    const line = (blockLine ?? 0) + code.slice(0, offset).split("\n").length;
    warnings?.push(`line ${line}: a mermaid %%{…}%% directive is ignored (nanosheet draws in its own style)`);
    // The flowchart grammar takes a blank line before `flowchart`, the mindmap grammar only a comment.
    return `${kind === "mindmap" ? "%%" : ""}${m.replace(/[^\n]/g, "")}`;
  });
}

/** A `linkStyle` line of a flowchart: its file line and the link numbers it styles (none for `default`). */
interface LinkStyle {
  line: number;
  indices: number[];
}

/**
 * Blank out a flowchart's `linkStyle` lines, keeping their lines, and return what they named. We draw links in
 * our own pen, so their colours are never used; but Mermaid's flow database fails with an opaque message on a
 * link number past the last link (`linkStyle 4` under four links, counted from 1 by the writer), which would
 * stop the whole sheet for a styling slip. The numbers are checked against the links after parsing instead.
 */
function takeLinkStyles(code: string, kind: DiagramKind, blockLine: number | undefined): { text: string; styles: LinkStyle[] } {
  if (kind !== "flow") return { text: code, styles: [] };
  const styles: LinkStyle[] = [];
  const lines = code.split("\n").map((l, i) => {
    const m = /^\s*linkStyle\s+([\d\s,]+|default)\b/.exec(l);
    if (!m) return l;
    const indices = m[1] === "default" ? [] : m[1]!.split(/[\s,]+/).filter((s) => s !== "").map(Number);
    styles.push({ line: (blockLine ?? 0) + i + 1, indices });
    return "";
  });
  return { text: lines.join("\n"), styles };
}

/** A warning for each `linkStyle` number that names no link: Mermaid counts links from 0, in the order written. */
function checkLinkStyles(styles: LinkStyle[], links: number, warnings: string[] | undefined): void {
  for (const s of styles) {
    const past = s.indices.filter((n) => n >= links);
    if (past.length === 0) continue;
    warnings?.push(
      `line ${s.line}: mermaid linkStyle ${past.join(",")} names no link (the chart has ${links}, numbered 0–${links - 1}); ` +
        "left out — link colours are not drawn anyway",
    );
  }
}

/** Nesting past MAX_NESTING, found from indentation and subgraph/end lines before Mermaid's parser recurses. */
function checkDepth(code: string, kind: DiagramKind, blockLine: number | undefined): void {
  const indents: number[] = [];
  let depth = 0;
  const lines = code.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trim().startsWith("%%")) continue;
    if (kind === "mindmap") {
      const indent = /^\s*/.exec(line)![0].length;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      depth = indents.length;
    } else if (/^\s*subgraph\b/.test(line)) depth++;
    else if (/^\s*end\s*;?\s*$/.test(line)) depth = Math.max(0, depth - 1);
    if (depth > MAX_NESTING) {
      throw new InputError(
        `the ${kind === "mindmap" ? "mind map's branches" : "flowchart's subgraphs"} nest more than ${MAX_NESTING} levels deep`,
        { line: (blockLine ?? 0) + i + 1 },
        "flatten the diagram; a cheat sheet reads a few levels",
      );
    }
  }
}

function diagramKind(code: string, blockLine: number | undefined): DiagramKind {
  const lines = code.split("\n");
  const index = lines.findIndex((l) => l.trim() !== "" && !l.trim().startsWith("%%"));
  const first = index < 0 ? "" : (lines[index] ?? "").trim().split(/[\s;]+/)[0] ?? "";
  const line = blockLine !== undefined ? blockLine + 1 + Math.max(index, 0) : Math.max(index, 0) + 1;
  if (first === "") {
    throw new InputError("empty mermaid block", { line }, "write a `flowchart LR` or `mindmap` diagram in it");
  }
  if (/^(flowchart|graph|flowchart-elk)$/i.test(first)) return "flow";
  if (/^mindmap$/i.test(first)) return "mindmap";
  throw new InputError(
    `unsupported mermaid diagram type '${first}'; nanosheet draws flowchart and mindmap`,
    { line },
    "start the block with `flowchart LR` (or TB/RL/BT) or `mindmap`",
  );
}

interface JisonHash {
  line?: number;
  loc?: { first_line?: number; last_line?: number; first_column?: number };
  expected?: string[];
  token?: string | number;
}

/** Errors thrown by a db (not the grammar) carry no position but quote the node: find its line. */
function lineOfQuoted(message: string, code: string): number | undefined {
  const quoted = /\("([^"]+)"\)/.exec(message)?.[1];
  if (!quoted) return undefined;
  const index = code.split("\n").findIndex((l, i) => i > 0 && l.includes(quoted));
  return index < 0 ? undefined : index + 1;
}

/** Mermaid's error, compacted to one line: its first line plus the expected/got part. */
function syntaxError(err: unknown, code: string, blockLine: number | undefined): InputError {
  const e = err as { message?: string; hash?: JisonHash };
  const message = String(e.message ?? err);
  const lines = message.split("\n");
  const head = (lines[0] ?? "").replace(/:$/, "").replace(/ on line (\d+)/, " on line $1 of the block");
  const expecting = lines.find((l) => /^Expecting /.test(l));
  let detail = "";
  if (expecting) {
    const got = /, got (.*)$/.exec(expecting)?.[1] ?? "?";
    const wanted = expecting.replace(/^Expecting /, "").replace(/, got .*$/, "").split(", ");
    const shown = wanted.length > 6 ? [...wanted.slice(0, 6), "…"] : wanted;
    detail = `: expecting ${shown.join(", ")}, got ${got}`;
  } else if (lines.length > 1 && /Unrecognized text/.test(message)) {
    detail = ": unrecognized text";
  }
  const relLine = e.hash?.loc?.first_line ?? (e.hash?.line !== undefined ? e.hash.line + 1 : lineOfQuoted(message, code));
  const line = relLine === undefined ? blockLine : (blockLine ?? 0) + relLine;
  return new InputError(`mermaid: ${head}${detail}`, { line }, HINT);
}

/**
 * Parse one mermaid block. `blockLine` is the 1-based file line of the opening ```mermaid fence, so
 * mermaid's line n is file line blockLine + n; without it, lines are relative to the code.
 */
export async function parseMermaid(code: string, blockLine?: number, warnings?: string[]): Promise<MermaidBlock> {
  // Spaces left at line ends (an editor's, a paste's) are never meaningful, but Mermaid's flowchart grammar
  // refuses some statements that end in one.
  const plain = stripFrontmatter(code.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, ""));
  const kind = diagramKind(plain, blockLine);
  // Mermaid drops `%% comment` lines before its flowchart grammar sees them (cleanupComments); blanked here,
  // so line numbers hold. The mindmap grammar reads them itself.
  const directed = stripDirectives(plain, kind, blockLine, warnings);
  const { text: unstyled, styles } = takeLinkStyles(directed, kind, blockLine);
  const text = unstyled.replace(/^\s*%%(?!\{)[^\n]+$/gm, (m) => (kind === "flow" ? "" : m));
  checkDepth(text, kind, blockLine);
  let db: MermaidDb;
  try {
    db = await parseToDb(kind, encodeEntities(text));
  } catch (err) {
    throw syntaxError(err, text, blockLine);
  }
  if (kind === "flow") checkLinkStyles(styles, db.getEdges?.()?.length ?? 0, warnings);
  if (kind === "flow") return fromFlowDb(db, blockLine === undefined ? undefined : blockLine + 1, text);
  const root = db.getMindmap?.();
  if (!root) {
    throw new InputError("empty mindmap: it needs a root node", { line: blockLine }, "add a root line under `mindmap`");
  }
  return mindmapOf(root, encodeEntities(text));
}

/** The inverse of parseMermaid: Mermaid source (without fences) for a diagram block. */
export function toMermaid(block: MermaidBlock): string {
  switch (block.kind) {
    case "flowchart":
      return flowToMermaid(block);
    case "mindmap":
      return mindmapToMermaid(block);
    case "knobs":
      return knobsToMermaid(block);
  }
}

export { KNOB_CLASS } from "./flow.js";
