// A quote the writer typed under one section, its one quote among its points, whose words are about another: the
// quote says every word of the other section's title (`VAGUE RECOLLECTION vs WORKING MEMORY`) and fewer of its own. A reader looks for a
// quote beside what it speaks of, so it goes to the section it names, after that section's own blocks.
import type { Plan, PlanSection } from "./plan.js";
import { richText } from "./rich.js";
import { commonness, hasWord, joinedNames, wordSet } from "./words.js";

/** A title's words that name its topic: the gloss in brackets and words any sentence says left out. */
function titleWords(title: string): string[] {
  const bare = title.replace(/[(（[][^)）\]]*[)）\]]/g, " ");
  // `RLHF Map` also keys as one word, `rlhfmap`, which `RLHF` alone would seem to say: the words themselves count.
  const joined = new Set(joinedNames(bare).map((n) => n.key));
  return [...wordSet(bare)].filter((w) => commonness(w) === 1 && !joined.has(w));
}

function said(words: string[], text: Set<string>): number {
  return words.filter((w) => hasWord(text, w)).length;
}

export function moveStrayQuotes(plan: Plan): void {
  const titles = new Map<PlanSection, string[]>(plan.sections.map((s) => [s, titleWords(s.title)]));
  const moves: { from: PlanSection; to: PlanSection; block: PlanSection["blocks"][number] }[] = [];
  for (const s of plan.sections) {
    // A section of quotes alone offers them to the sheet, which places them by meaning (quote-sections.ts);
    // only a quote typed among a box's own points was put there by hand.
    // Several quotes gathered under one box (the big box taking the chapter's quotes) are put there on purpose: only
    // a box's one quote, beside its points, can be a slip of the writer's.
    if (!s.blocks.some((b) => b.kind !== "quote") || s.blocks.filter((b) => b.kind === "quote").length > 1) continue;
    for (const block of s.blocks) {
      // Quotes pooled for anywhere or noted with a box are placed as that says.
      if (block.kind !== "quote" || s.pooled?.has(block) || s.noted?.has(block)) continue;
      const words = wordSet(richText(block.text));
      const own = said(titles.get(s)!, words);
      const named = plan.sections.filter((o) => {
        const t = titles.get(o)!;
        return o !== s && t.length >= 2 && said(t, words) === t.length && t.length > own;
      });
      if (named.length === 1) moves.push({ from: s, to: named[0]!, block });
    }
  }
  for (const { from, to, block } of moves) {
    from.blocks = from.blocks.filter((b) => b !== block);
    to.blocks.push(block);
  }
}
