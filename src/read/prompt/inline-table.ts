// A table asked for in one line of the plan: "small table: greedy: 항상 최고 확률, 온도 0.7: 적당히 다양, …". The
// words before the first colon ask for a table; the `key: value` pairs after it are its rows. A quote given the
// same way (`인용: “…”`) is a quote.
import type { Block } from "../../model/sheet.js";

const ASKS = /^(?:(?:an?\s+)?(?:small|mini|simple|short|compact|little|tiny|quick)\s+)?(?:table|comparison\s+table|(?:작은\s*)?표|비교\s*표)\s*[:：]\s*/i;

/** The table a plan item asks for inline, or undefined when the item is not `table: k: v, k: v, …`. */
export function inlineTable(text: string): (Block & { kind: "table" }) | undefined {
  const m = ASKS.exec(text);
  if (!m) return undefined;
  // Cut at each comma that starts another `key:` (a value may hold commas of its own).
  const parts = text.slice(m[0].length).split(/\s*[,，;；]\s*(?=[^,，;；:：]{1,40}[:：])/);
  const rows = parts.map((p) => /^([^:：]{1,40}?)\s*[:：]\s*(.+)$/.exec(p.trim()));
  if (rows.length < 2 || rows.some((r) => !r)) return undefined;
  return { kind: "table", header: [], rows: rows.map((r) => [[{ text: r![1]!.trim() }], [{ text: r![2]!.trim() }]]) };
}

/** `인용: “It's a kind of remix”`, `Quote: "…" — Karpathy`: a list item that labels its words a quote. */
const QUOTE_ITEM = /^(?:quote|quotation|인용(?:구|문)?|명언)\s*[:：]\s*(["“「『])(.+)(["”」』])\s*(?:[—–-]{1,2}\s*([^"“”]{1,40}))?$/i;

/** The quote a plan item gives under a `Quote:` label, or undefined. */
export function labelledQuote(text: string): (Block & { kind: "quote" }) | undefined {
  const m = QUOTE_ITEM.exec(text.trim());
  if (!m || m[2]!.trim() === "") return undefined;
  const cite = m[4]?.trim();
  return { kind: "quote", text: [{ text: m[2]!.trim() }], ...(cite ? { cite } : {}) };
}
