// The Mermaid charts typed inside boxes of the layout drawing, parsed before the (synchronous) reading of the
// document, as the plan's ```mermaid blocks are (mermaid.ts): Mermaid's parsers load asynchronously, and only
// when a box holds such a chart. The drawing is found and its boxes read exactly as the reader will, so the
// lines parsed here are the ones box-mermaid.ts later looks up.
import { InputError } from "../../errors.js";
import type { Flowchart, PageSize } from "../../model/sheet.js";
import type { MermaidBlock } from "../../mermaid/index.js";
import { parseDiagram } from "./ascii-layout.js";
import { layoutDrawing } from "./box-art.js";
import { MAY_HOLD_CHART, type BoxChart, type BoxCharts } from "./box-mermaid.js";

export type { BoxCharts };
import { findSection, lineOf, type PromptDoc } from "./sections.js";

/** The charts in the drawing's boxes, by their source (box-mermaid.ts's `chartLines`), of the drawing for `page`. */
export async function parseBoxCharts(doc: PromptDoc, page: PageSize): Promise<BoxCharts> {
  const parsed = new Map<string, BoxChart>();
  const sec = findSection(doc, "layout");
  const code = sec && layoutDrawing(doc, sec, page)?.code;
  if (!code || !MAY_HOLD_CHART.test(code.value)) return parsed;
  const sources = new Set<string>();
  try {
    // Asked for every chart it meets (and given none), the reading says which sources there are.
    parseDiagram(code.value, lineOf(code) + 1, [], { get: (source) => void sources.add(source) });
  } catch (err) {
    // A drawing the reader cannot read fails there, with its own error.
    if (err instanceof InputError) return parsed;
    throw err;
  }
  const { parseMermaid } = await import("../../mermaid/index.js");
  for (const source of sources) parsed.set(source, await readChart(source, parseMermaid));
  return parsed;
}

type Parse = (code: string, blockLine?: number, warnings?: string[]) => Promise<MermaidBlock>;

// Each retry ends the chart above the line Mermaid stopped at; a chart still failing after a few is none.
const TRIES = 4;
const GRAMMAR = /^mermaid: (?:Parse|Lexical) error/;

/**
 * A box does not say where its chart ends, so Mermaid says: the chart is the lines up to the one its grammar
 * stops at, and the lines from there on are the box's text (`맞은 풀이만 강화` under the links). Any other refusal
 * (too many links, a classDef colour we cannot draw) is the chart's error, as it would be in a ```mermaid block.
 */
async function readChart(source: string, parse: Parse): Promise<BoxChart> {
  let lines = source.split("\n");
  let cut: string | undefined;
  let first: string | undefined;
  for (let k = 0; k < TRIES; k++) {
    const said: string[] = [];
    try {
      const block = await parse(lines.join("\n"), undefined, said);
      const read = withoutStrayWords(block, lines);
      if (read) return { ...read, notes: [...(cut ? [cut] : []), ...said] };
      break;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (!GRAMMAR.test(err.message)) return { taken: 0, notes: [], error: { message: `${err.message} (in a chart typed in a box of the drawing)`, line: err.where.line ?? 1, hint: err.hint } };
      const at = err.where.line;
      first ??= grammarSays(err.message);
      if (at === undefined || at < 3 || at > lines.length) break;
      cut = `line ${at}: the box's chart ends above this line, where Mermaid's grammar stops (${grammarSays(err.message)}); the lines from here are kept as the box's text`;
      lines = lines.slice(0, at - 1);
    }
  }
  return { taken: 0, notes: [`line 1: Mermaid reads no chart with a link under this \`${lines[0]}\`${first ? ` (${first})` : ""}; the box's lines are kept as text`] };
}

/** The grammar's complaint without its place in the block, which the warning's own line gives. */
const grammarSays = (message: string): string => message.replace(/^mermaid: /, "").replace(/ on line \d+ of the block/, "");

/**
 * A box line of one bare word under the chart (`학습`) is a node to Mermaid, but a node no link reaches and never
 * named is a word the writer put under the chart, not a box of it: left as text. A chart with no link left is none.
 */
function withoutStrayWords(block: MermaidBlock, lines: string[]): { chart: Flowchart; taken: number } | undefined {
  if (block.kind !== "flowchart") return undefined;
  const linked = new Set(block.edges.flatMap((e) => [e.from, e.to]));
  const bare = (k: number): string => lines[k]!.replace(/;$/, "").trim();
  const stray = (id: string): boolean => !linked.has(id) && block.nodes.some((n) => n.id === id && n.label === id);
  let taken = lines.length;
  while (taken > 1 && stray(bare(taken - 1))) taken--;
  const left = new Set(lines.slice(taken).map((_, k) => bare(taken + k)));
  if (block.edges.length === 0) return undefined;
  return { chart: { ...block, nodes: block.nodes.filter((n) => !left.has(n.id)) }, taken };
}
