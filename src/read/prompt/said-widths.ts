// A row's widths said in a note beside a layout that cannot draw them (a Mermaid flowchart's nodes are all alike):
// `Row 3의 TIKTOKENIZER 박스는 폭의 약 2/3, TRADE-OFF는 나머지 1/3`, `VOCAB takes 60% of the width, the rest
// goes to TRADE-OFF`. Each box is named by its title's words, its share said after its name.

const CUE = /폭|너비|가로\s*(?:폭|길이)?|width|wide/i;
const REST = /나머지|the\s+rest|remaining|remainder/i;
const FRACTION = /(?<![\d.\/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d\/])|(\d)\s*분의\s*(\d)|(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*%/;

/** The words a box is called by: its title less emoji and brackets, and its first word of three letters or more. */
function names(title: string): string[] {
  const plain = title.replace(/[^\p{L}\p{N}\s&+\-→↔]/gu, " ").replace(/\s+/g, " ").trim();
  const first = plain.split(/\s+/).find((w) => w.length >= 3 && /\p{L}/u.test(w));
  return [plain, ...(first && first !== plain ? [first] : [])].filter((n) => n.length >= 2);
}

function share(text: string): number | "rest" | undefined {
  const m = FRACTION.exec(text);
  if (m?.[5] !== undefined) return Number(m[5]) / 100;
  if (m) {
    const [a, b] = m[1] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[4]), Number(m[3])];
    if (a > 0 && a < b) return a / b;
  }
  return REST.test(text) ? "rest" : undefined;
}

/** The widths (shares summing to 1) a line gives each box of a row it names box by box, or undefined. */
export function saidWidths(line: string, titles: string[]): number[] | undefined {
  if (titles.length < 2 || !CUE.test(line)) return undefined;
  const lower = line.toLowerCase();
  const at = titles.map((t) => {
    for (const n of names(t)) {
      const k = lower.indexOf(n.toLowerCase());
      if (k >= 0) return k;
    }
    return -1;
  });
  if (at.some((k) => k < 0) || new Set(at).size !== at.length) return undefined;
  const order = at.map((k, i) => ({ k, i })).sort((a, b) => a.k - b.k);
  const shares: (number | "rest" | undefined)[] = titles.map(() => undefined);
  order.forEach(({ k, i }, j) => {
    shares[i] = share(line.slice(k, order[j + 1]?.k ?? line.length));
  });
  const known = shares.filter((s): s is number => typeof s === "number");
  const rest = shares.filter((s) => s === "rest").length;
  if (shares.some((s) => s === undefined) || rest > 1) return undefined;
  const sum = known.reduce((a, b) => a + b, 0);
  // Percents said of the row, or shares of the page whose sum is the row (two thirds and one third).
  if (rest === 0 ? Math.abs(sum - 1) > 0.02 : sum >= 1) return undefined;
  return shares.map((s) => (s === "rest" ? 1 - sum : (s as number)));
}
