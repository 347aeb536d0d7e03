// A plan point that asks for the code or log the source text holds (`위 로그 블록에서 몇 줄만 골라서 코드 블록
// 그대로 보여주기`, `Show a few lines of the log above as code`): the writer pasted the training log under the
// transcript and asks the designer to show it in the box. Drawn as written, the sheet tells its reader to show
// something; the designer shows the log. The point becomes that fence, a few of its lines when the point asks
// for a few, in the list's place.
import type { RootContent } from "mdast";
import type { Block } from "../../model/sheet.js";
import type { Plan } from "./plan.js";
import { richText } from "./rich.js";

/** Where the code is: the part above, the source, the transcript. */
const REFERS = /위|앞(?:의|에)?|원문|소스|본문|above|earlier|source|transcript|previous/iu;
/** What it is: a log, code, output, a terminal screen. */
const WHAT = /로그|코드|출력|터미널|\blogs?\b|\bcode\b|\boutput\b|\bterminal\b/iu;
/** What the point asks: to show it, put it in, copy it as it is. */
const ASKS = /보여|넣어|넣기|그대로|붙여|옮겨|\bshow\b|\binclude\b|\bpaste\b|\bcopy\b|\bdisplay\b|\bquote\b/iu;
/** Only some of its lines. */
const FEW = /몇\s*줄|일부|발췌|\bfew\b|\bsome\s+lines\b|\bexcerpt\b|\bsnippet\b/iu;
/** A point longer than this says more than an ask. */
const MAX_ASK = 120;
/** Lines a few lines keep: the first ones, the gap, the last. */
const HEAD = 2;
/** A fence shorter than this is shown whole even when a few lines are asked for. */
const SHORT = 6;
/** A line the writer typed for lines left out. */
const ELLIPSIS = /^\s*(?:\.{3}|…)\s*$/u;

/** The one fenced code block of the source part that is no diagram; undefined when it holds none or several. */
export function sourceFence(nodes: readonly RootContent[]): { lang?: string; text: string } | undefined {
  const fences = nodes.filter((n): n is Extract<RootContent, { type: "code" }> => n.type === "code" && !/^(?:mermaid|dot|plantuml|graphviz)$/i.test(n.lang ?? "") && n.value.trim() !== "");
  const only = fences.length === 1 ? fences[0]! : undefined;
  return only && { ...(only.lang && only.lang !== "text" ? { lang: only.lang } : {}), text: only.value };
}

/** Whether a list point asks for the source's code or log. */
export function asksForSourceCode(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_ASK && REFERS.test(t) && WHAT.test(t) && ASKS.test(t);
}

/** The first lines, the writer's own gap mark or one of ours, and the last line. */
function few(text: string): string {
  const lines = text.split("\n");
  if (lines.length <= SHORT) return text;
  const gap = lines.findIndex((l) => ELLIPSIS.test(l));
  const head = lines.slice(0, Math.min(HEAD, gap >= 0 ? gap : HEAD));
  return [...head, "...", lines[lines.length - 1]!].join("\n");
}

/**
 * The plan with each point asking for the source's code replaced by that code, splitting its list around it;
 * the number of points replaced. Only a top-level point of a list, so a nested aside stays with its item.
 */
export function showSourceCode(plan: Plan, source: readonly RootContent[]): number {
  const fence = sourceFence(source);
  if (!fence) return 0;
  let shown = 0;
  for (const section of plan.sections) {
    section.blocks = section.blocks.flatMap((b): Block[] => {
      if (b.kind !== "bullets" || b.style !== "plain") return [b];
      const k = b.items.findIndex((item, i) => (b.depths?.[i] ?? 0) === 0 && (b.depths?.[i + 1] ?? 0) === 0 && asksForSourceCode(richText(item)));
      if (k < 0) return [b];
      shown++;
      const text = richText(b.items[k]!);
      const code: Block = { kind: "code", ...(fence.lang ? { lang: fence.lang } : {}), text: FEW.test(text) ? few(fence.text) : fence.text };
      const part = (from: number, to: number): Block[] => {
        if (from >= to) return [];
        // Only a plain list is split (a checklist's `done` stays whole); its depths go with its items.
        const depths = b.depths?.slice(from, to);
        return [{ ...b, items: b.items.slice(from, to), ...(depths ? { depths } : {}) }];
      };
      return [...part(0, k), code, ...part(k + 1, b.items.length)];
    });
  }
  return shown;
}
