// What the panels get around the placing of plan items (assign.ts): a box's sketched chain as its chart when the
// plan has none, chains and little boxes kept as text when no chart took them, a chart's name above it, the
// knobs' result from the box, a bare box's emoji and title from its plan section, each block's source line and
// reason for the report, lead lines a block says again dropped, and the key terms set bold.
import type { Block, MindNode, Panel, Sheet, Span } from "../../model/sheet.js";
import { place, type Item, type Slot } from "./slots.js";
import { shownLead } from "./lead.js";
import { planTitle } from "./ranks.js";
import { knobsBlock, knobsResult } from "./knobs.js";
import type { AskedKnobs } from "./knob-asks.js";
import type { BuiltLayout } from "./panels.js";
import { chainFlowchart, type Plan } from "./plan.js";
import { boldKeyTerms, richFromLine, richText } from "./rich.js";
import { slug } from "./words.js";

/** A Mermaid flowchart pasted into a box is that box's chart whatever the plan holds: the writer drew it there. */
export function addBoxSketches(layout: BuiltLayout): void {
  for (const [slot, s] of layout.schematics) {
    if (!s.sketch) continue;
    place(slot, { block: s.sketch, role: "flow", title: slot.panel.title, order: -2 });
  }
}

/** Without a flow chain in the plan, the schematic drawn in a box becomes that panel's flowchart. */
export function addSchematicFlows(layout: BuiltLayout, items: Item[], styleChain: string[] | undefined): void {
  if (items.some((i) => i.block.kind === "flowchart")) return;
  let added = false;
  for (const [slot, s] of layout.schematics) {
    const chain = s.chains.find((c) => c.length >= 3) ?? (s.nested.length >= 2 ? s.nested : undefined);
    if (!chain) continue;
    place(slot, { block: chainFlowchart(chain), role: "flow", title: slot.panel.title, order: -2 });
    added = true;
  }
  if (!added && styleChain) items.push({ block: chainFlowchart(styleChain), role: "flow", title: "flow", order: -2 });
}

/** An arrow chain written in a box that got no flowchart is that panel's text after all. */
export function restoreChains(layout: BuiltLayout): void {
  for (const [slot, s] of layout.schematics) {
    if (slot.panel.blocks.some((b) => b.kind === "flowchart")) continue;
    // Each where it was written among the box's lines (after them when that is not known); the last first, so
    // the places of those before it hold.
    for (let k = s.chains.length - 1; k >= 0; k--) {
      const at = Math.min(s.before?.[k] ?? Infinity, slot.panel.lead.length);
      slot.panel.lead.splice(at, 0, richFromLine(s.chains[k]!.join(" → ")));
    }
    // So are little boxes sketched side by side: the lines under them often point at them (`↳ …`).
    if (s.nested.length >= 2) slot.panel.lead.unshift(richFromLine(s.nested.join(" → ")));
  }
  // A chart standing for the chains sketched in its box stays there: without it they would not be drawn.
  for (const [slot, s] of layout.schematics) {
    if (s.chains.length) for (const b of slot.panel.blocks) if (b.kind === "flowchart") staysPut(b);
    if (s.sketch) staysPut(s.sketch);
  }
}

/** A chain's name sits right above its chart, in whichever panel the chart went to. */
export function keepNamesWithCharts(layout: BuiltLayout, plan: Plan): void {
  for (const [chart, name] of plan.chartNames ?? []) {
    for (const { panel } of layout.slots) panel.blocks = panel.blocks.filter((b) => b !== name);
    const home = layout.slots.find((s) => s.panel.blocks.includes(chart));
    home?.panel.blocks.splice(home.panel.blocks.indexOf(chart), 0, name);
  }
}

/**
 * The analogy's knobs, placed by its name; or, when a plan point asks for the knobs (knob-asks.ts), none: that
 * point's block, already in its section, gets its labels here (the ask's own, else as the analogy's are found).
 * One knobs picture a sheet.
 */
export function knobsItem(analogy: string | undefined, source: Sheet["source"], mindmaps: MindNode[], plan: Plan, asked?: AskedKnobs): Item[] {
  const sourceText = source?.paragraphs.map((p) => p.text).join("\n") ?? "";
  const inputs = { analogy: analogy ?? asked?.title ?? "", sourceText, mindmaps, conceptTerms: plan.keyTerms };
  if (asked) {
    asked.block.knobs = knobsBlock({ ...inputs, ...asked.ask }).knobs;
    return [];
  }
  return analogy ? [{ block: knobsBlock(inputs), role: "knobs", title: analogy, order: -1 }] : [];
}

export function fillKnobsResult(slots: Slot[], block: Block | undefined): void {
  const slot = block && slots.find((s) => s.panel.blocks.includes(block));
  const result = slot ? knobsResult(slot.panel.lead.map(richText)) : undefined;
  if (result && block?.kind === "knobs") block.result = result;
}

/** Layout may not move the block: no panels to move it to. */
export function staysPut(b: Block): void {
  if (!b.at) return;
  delete b.at.alternatives;
  delete b.at.matches;
}

/** A box drawn without an emoji takes the one its plan section's title has (`### 1. WHY IT HAPPENS 🤔`). */
export function emojiFromPlan(slots: Slot[], items: Item[]): void {
  for (const slot of slots) {
    if (slot.panel.emoji) continue;
    const own = items.find((i) => i.emoji && i.role !== "quote" && slot.reasons.get(i.block) === "title" && slot.panel.blocks.includes(i.block));
    if (own?.emoji) slot.panel.emoji = own.emoji;
  }
}

/**
 * A box titled with an emoji alone (`│ 🔢 │`, "see the plan's section with the same emoji"), or with the emoji
 * and a number, takes its title from the plan section of that emoji it holds (`planTitle`).
 */
export function titleFromPlan(slots: Slot[], items: Item[]): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const slot of slots) {
    const was = slot.panel.title.trim();
    const title = planTitle(slot, items);
    if (!title) continue;
    slot.panel.title = title;
    // Its id was made from the empty title (`panel-5`); the section's title names it in warnings and reports.
    const id = slug(title);
    if (id && (/^panel-\d+$/.test(slot.panel.id) || slot.panel.id === slug(was)) && !slots.some((s) => s.panel.id === id)) {
      renamed.set(slot.panel.id, id);
      slot.panel.id = id;
    }
  }
  return renamed;
}

/** Each block's source line and the reason it sits in its panel, for the report. */
export function markPlacements(slots: Slot[], lines: Map<Block, number>, alternatives: Map<Block, string[]>, matches: Map<Block, string[]>, near: Map<Block, string[]>): void {
  for (const slot of slots) {
    for (const b of slot.panel.blocks) {
      const line = lines.get(b);
      const reason = slot.reasons.get(b);
      const alts = alternatives.get(b);
      const like = matches.get(b);
      const kin = near.get(b);
      if (line !== undefined || reason !== undefined) b.at = { ...(line !== undefined ? { line } : {}), ...(reason ? { reason } : {}), ...(alts?.length ? { alternatives: alts } : {}), ...(like?.length ? { matches: like } : {}), ...(kin?.length ? { near: kin } : {}) };
    }
  }
}

/** A return arrow sketched under a chain in the box (`↑_____ next batch _____|`) is what the panel's chart
 * draws as its back edge. */
const SKETCHED_RETURN = /^[↑↓↖↗|└┘]?\s*[_‾]{3,}[^_‾]{0,40}[_‾]{3,}\s*[|↑↓┘└]?$/;

/** Lead lines that a block of the panel says again are dropped (see `shownLead`), and so are sketched return arrows. */
export function dropEchoedLead(layout: BuiltLayout): void {
  for (const { panel } of layout.slots) {
    if (panel.blocks.some((b) => b.kind === "flowchart")) panel.lead = panel.lead.filter((l) => !SKETCHED_RETURN.test(richText(l).trim()));
    const shown = shownLead(panel.lead, panel.blocks);
    // A block that alone says a dropped lead line again stays out of the overflow repair, or the line is lost;
    // a move for balance takes the line back to the box (`at.echo`).
    for (const b of panel.blocks) {
      if (!b.at || shown.length === panel.lead.length) continue;
      const without = shownLead(panel.lead, panel.blocks.filter((x) => x !== b));
      if (without.length === shown.length) continue;
      delete b.at.alternatives;
      if (b.at.matches) b.at.echo = without.filter((l) => !shown.includes(l));
    }
    panel.lead = shown;
  }
}

export function boldTerms(layout: BuiltLayout, terms: string[]): void {
  if (terms.length === 0) return;
  for (const { panel } of layout.slots) {
    panel.lead = panel.lead.map((l) => boldKeyTerms(l, terms));
    for (const b of panel.blocks) {
      if (b.kind === "paragraph") b.text = boldKeyTerms(b.text, terms);
      if (b.kind === "bullets") b.items = b.items.map((i) => boldKeyTerms(i, terms));
    }
  }
}

export function spansOf(panel: Panel): Span[] {
  const blocks = panel.blocks.flatMap((b) =>
    b.kind === "paragraph" || b.kind === "quote" ? [b.text] : b.kind === "bullets" ? b.items : b.kind === "table" ? [...b.header, ...b.rows.flat()] : [],
  );
  return [...panel.lead, ...blocks].flat();
}

