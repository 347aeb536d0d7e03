// The Sheet model as zod schemas, for checking what a reader built (the sheet Markdown reader) and for the
// frontmatter's JSON Schema. The types themselves live in sheet.ts, derived from these; this module is loaded
// only where something is checked, because loading zod takes a cold start ~20 ms a prompt document never needs.
import { z } from "zod";
import type { MindNode as MindNodeType } from "./sheet.js";

/**
 * A run of inline text; `bold` marks a key term (drawn in the panel accent with a highlighter swash). The other
 * marks are inline Markdown: `italic` (drawn slanted), `code` (fixed-advance on a tinted ground), `strike` (a pen
 * line through it) and `href` (an http(s) or mailto link: underlined in the accent, a link in the PDF).
 */
export const Span = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  code: z.boolean().optional(),
  strike: z.boolean().optional(),
  href: z.string().regex(/^(?:https?:\/\/|mailto:)/i, "links are http(s) or mailto").optional(),
});

/** One line or paragraph of rich text: a list of spans. */
export const Rich = z.array(Span);

/**
 * Where a block came from and why it sits in its panel, set by the prompt document reader: its source line
 * and the reason (`title`, `emoji`, `words: a, b`, `room`). Reported by `build --report`; not written to
 * sheet Markdown, where a block's place is simply the section it is under.
 */
export const At = z.object({
  line: z.number().optional(),
  reason: z.string().optional(),
  /** For a block placed by its words or by room: the other panels' ids, best match first, where layout may
   * move it when its panel overflows at the legible minimum. Absent for pinned blocks. */
  alternatives: z.array(z.string()).optional(),
  /** Any placed block but the takeaways: the panels that clearly share its words, best match first (its own
   * among them when it does), where layout may move it to even out a crowded panel beside a nearly bare one. */
  matches: z.array(z.string()).optional(),
  /** Lines of its panel's box that it says again, dropped there: they come back when layout moves it out. */
  echo: z.array(Rich).optional(),
  /** For a block pinned by title or emoji: the other panels its own words (and its caption's) clearly share,
   * best first, where the last resort for a panel overflowing at the minimum sends it. */
  near: z.array(z.string()).optional(),
});

export const FlowDirection = z.enum(["LR", "RL", "TB", "BT"]);

export const NodeShape = z.enum(["rect", "round", "stadium", "circle", "diamond", "hexagon"]);

export const FlowNode = z.object({
  id: z.string(),
  label: z.string(),
  shape: NodeShape,
  /** Mermaid classes (`:::knob`, `class A,B hot`). */
  classes: z.array(z.string()).optional(),
  /** A second, smaller caption line under the node (e.g. a Korean explanation). */
  caption: z.string().optional(),
});

export const EdgeKind = z.enum(["arrow", "open"]);
export const EdgeStroke = z.enum(["normal", "dotted", "thick"]);

export const FlowEdge = z.object({
  from: z.string(),
  to: z.string(),
  kind: EdgeKind,
  stroke: EdgeStroke,
  label: z.string().optional(),
});

export const Subgraph = z.object({
  id: z.string(),
  label: z.string(),
  nodes: z.array(z.string()),
});

/** `classDef name fill:#..,stroke:#..` kept as plain CSS-like pairs. */
export const ClassDef = z.object({
  name: z.string(),
  styles: z.record(z.string(), z.string()),
});

export const Flowchart = z.object({
  kind: z.literal("flowchart"),
  direction: FlowDirection,
  nodes: z.array(FlowNode),
  edges: z.array(FlowEdge),
  subgraphs: z.array(Subgraph).optional(),
  classDefs: z.array(ClassDef).optional(),
  at: At.optional(),
});

export const MindNode: z.ZodType<MindNodeType> = z.lazy(() =>
  z.object({
    label: z.string(),
    shape: NodeShape.optional(),
    icon: z.string().optional(),
    children: z.array(MindNode),
  }),
);

export const Mindmap = z.object({
  kind: z.literal("mindmap"),
  root: MindNode,
  at: At.optional(),
});

/** A DJ-style dial: the "parameters are knobs" analogy. `value` is the pointer position, 0..1. */
export const Knob = z.object({
  label: z.string(),
  caption: z.string().optional(),
  value: z.number().min(0).max(1).optional(),
});

export const Knobs = z.object({
  kind: z.literal("knobs"),
  knobs: z.array(Knob).min(1),
  /** What turning the knobs leads to (drawn as an arrow to this box), e.g. "다른 예측". */
  result: z.string().optional(),
  at: At.optional(),
});

export const Paragraph = z.object({ kind: z.literal("paragraph"), text: Rich, at: At.optional() });

export const Bullets = z.object({
  kind: z.literal("bullets"),
  /** `takeaways` draws numbered badges; `checks` draws checkboxes; `plain` draws pen dots. */
  style: z.enum(["plain", "takeaways", "checks"]),
  items: z.array(Rich),
  at: At.optional(),
  /**
   * Nesting of each item (0 = top level), one per item, when the list is nested: a nested item is indented
   * under the one before it with a small dash, and only top-level items are numbered or checked.
   */
  depths: z.array(z.number().int().min(0).max(5)).optional(),
  /**
   * In a `checks` list, whether each item is ticked, one per item like `depths` (`- [x]` true, `- [ ]` false);
   * without it every box is ticked.
   */
  done: z.array(z.boolean()).optional(),
});

export const Table = z.object({
  kind: z.literal("table"),
  header: z.array(Rich),
  rows: z.array(z.array(Rich)),
  /** Per column, as the rule under a Markdown header sets it: `:---:` centre, `---:` right, `:---` left; none (null)
   * is left, as written. Absent when no column says. */
  align: z.array(z.enum(["left", "center", "right"]).nullable()).optional(),
  at: At.optional(),
});

export const Quote = z.object({
  kind: z.literal("quote"),
  text: Rich,
  cite: z.string().optional(),
  at: At.optional(),
});

/**
 * Source code or any fenced text shown as written: drawn on a fixed character grid, whitespace kept, long
 * lines wrapped only between tokens with a continuation mark. `lang` is the fence's info word, if any.
 */
export const Code = z.object({
  kind: z.literal("code"),
  lang: z.string().optional(),
  text: z.string(),
  /** The line that introduces the code, ending in a colon ("What the server feeds the model:"), drawn above it. */
  caption: z.string().optional(),
  at: At.optional(),
});

/** Every block kind. Adding one: add it here, give it a folder under src/blocks/, extend the dispatch switch. */
export const Block = z.discriminatedUnion("kind", [Paragraph, Bullets, Table, Quote, Flowchart, Mindmap, Knobs, Code]);

export const Panel = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "panel ids are lowercase letters, digits and dashes"),
  emoji: z.string().optional(),
  title: z.string(),
  /** Width share within its row; panels without one share what is left equally. */
  width: z.number().positive().optional(),
  /** The width was measured from the box in the layout drawing, not written: a sketch, which balance may
   * nudge as a person with a pen would (widths.ts). */
  drawnWidth: z.boolean().optional(),
  /** Accent colour chosen by the user (`#rrggbb`); otherwise the panel's id picks one from the palette. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  /** Rows the panel runs down through (a sidebar or tall column): it sits in its first row and keeps its
   * place in the next `rowSpan - 1` rows, whose own panels share the rest of the width. */
  rowSpan: z.number().int().min(1).optional(),
  /** Drawn under the panel before it, in the same column (the column's width is that panel's). */
  below: z.boolean().optional(),
  /** The short lines written inside the box of the layout diagram, shown first. */
  lead: z.array(Rich),
  blocks: z.array(Block),
});

export const TitleRow = z.object({ kind: z.literal("title"), ratio: z.number().positive() });
export const PanelRow = z.object({
  kind: z.literal("panels"),
  ratio: z.number().positive(),
  panels: z.array(Panel).min(1),
});
export const Row = z.discriminatedUnion("kind", [TitleRow, PanelRow]);

export const Meta = z.object({
  /** The chapter title, e.g. "5. Neural Network Internals". */
  title: z.string(),
  /** The banner line drawn in the title row (may hold emoji). Defaults to the title. */
  banner: z.string().optional(),
  /** A line under the banner that the title box adds (`LLM을 처음 만나는 사람을 위한 지도`), drawn first in the subtitle line. */
  tagline: z.string().optional(),
  titleKr: z.string().optional(),
  author: z.string().optional(),
  sourceUrl: z.string().optional(),
  series: z.string().optional(),
  chapter: z.number().optional(),
});

export const PageSize = z.enum(["a4", "16:9"]);

export const Style = z.object({
  /** Accent colours handed to panels in order. */
  palette: z.array(z.string().regex(/^#[0-9a-fA-F]{6}$/)).min(1),
  paper: z.enum(["grid", "plain"]),
  /** Body font size range for auto-fit, in CSS px (1/96 in). */
  minFontPx: z.number().positive(),
  maxFontPx: z.number().positive(),
  /** Seed for every hand-drawn stroke, so output is repeatable but can be re-rolled. */
  seed: z.number().int(),
});

/** Timestamped source paragraphs, kept so the Markdown output can carry the reference text. */
export const Source = z.object({
  summary: Rich.optional(),
  paragraphs: z.array(z.object({ time: z.string().optional(), text: z.string() })),
});

export const Sheet = z.object({
  meta: Meta,
  page: PageSize,
  rows: z.array(Row).min(1),
  style: Style,
  source: Source.optional(),
});
