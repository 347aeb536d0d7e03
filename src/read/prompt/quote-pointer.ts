// A plan section whose only words send the artist to the quotes listed elsewhere in the document (`위 Quotable
// Insights 세 개를 말풍선으로.`, `Use the three quotes above as speech bubbles`): that sentence is not drawn, and the
// quotes are the section's own, drawn in its box as if written under its heading.
import type { Block } from "../../model/sheet.js";
import type { PlanSection } from "./plan.js";
import { pointsAtQuotes } from "./directions.js";
import { richText } from "./rich.js";

/** Whether the block is only such a pointer: one short paragraph or one-item list naming the quotes elsewhere. */
function pointsToQuotes(block: Block): boolean {
  const text = block.kind === "paragraph" ? richText(block.text) : block.kind === "bullets" && block.items.length === 1 ? richText(block.items[0]!) : undefined;
  return text !== undefined && text.length <= 90 && pointsAtQuotes(text);
}

/** The section whose body is only a pointer to the listed quotes, its pointer taken out; none when no one
 * section (or several) says so, or the section quotes something of its own. */
export function quotesPointer(sections: PlanSection[]): PlanSection | undefined {
  const found = sections.filter((s) => s.blocks.length === 1 && pointsToQuotes(s.blocks[0]!));
  if (found.length !== 1) return undefined;
  const s = found[0]!;
  s.blocks = [];
  return s;
}

/**
 * The same pointer where no quotes are listed apart, the quotes written under the plan's sections instead
 * (`*“…”* — Andrej` under each, then `💬 QUOTES: 위 인용 세 개를 말풍선으로 모아서`): the pointer asks for those
 * quotes gathered, so the quote blocks of the sections above it move into it, in order, its pointer taken out.
 * A quote inside a sentence stays in its sentence. Nothing changes when no section above quotes anything.
 */
export function gatherQuotesAbove(sections: PlanSection[]): void {
  const found = sections.filter((s) => s.blocks.length === 1 && pointsToQuotes(s.blocks[0]!));
  if (found.length !== 1) return;
  const home = found[0]!;
  const above = sections.slice(0, sections.indexOf(home));
  const quotes = above.flatMap((s) => s.blocks.filter((b) => b.kind === "quote"));
  if (quotes.length === 0) return;
  for (const s of above) s.blocks = s.blocks.filter((b) => b.kind !== "quote");
  home.blocks = quotes;
}
