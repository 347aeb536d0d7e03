// Sizes written as words in a layout typed out as rows and columns, as Notion users describe their columns:
// `### Row 2 — tall`, `Row 1 (thin)`, `- Column 1 (wide): 🎧 …`. A row's word is its height relative to the
// others, a column's its width beside the unmarked ones. The words are a writer's sense of proportion, not
// numbers, so the shares they stand for are said in a warning.

/** A row's height word → its weight among the rows: thin ≈ a title band, tall ≈ four of those, medium between. */
const HEIGHTS: [RegExp, number][] = [
  [/^(?:very\s+)?(?:thin|short|slim|narrow|low|small|compact|얇게|얇음|얇은|낮게|낮음|낮은|작게|작음|좁게)$/i, 1],
  [/^(?:medium|mid|middle|normal|regular|average|moderate|보통|중간)$/i, 2.5],
  [/^(?:tall|high|large|big|tallest|biggest|largest|높게|높음|높은|크게|큼|큰|가장\s*높게|가장\s*크게)$/i, 4],
];

/** The weight of a row's remark that is only a height word (`tall`, `(thin)`, `— medium row`), if it is one. */
export function heightWord(remark: string): number | undefined {
  const t = remark
    .trim()
    .replace(/^[(（[]\s*|\s*[)）\]]$/g, "")
    .replace(/\s*(?:row|height|행|줄)$/i, "")
    .trim();
  return HEIGHTS.find(([re]) => re.test(t))?.[1];
}

/** A column's width word in brackets after its place: `(wide)` 1.5, `(narrow)` ⅔, `(full width)` 1 (alone). */
const WIDTHS: [RegExp, number][] = [
  [/^(?:wide|wider|widest|large|big|main|넓게|넓음|넓은|크게)$/i, 1.5],
  [/^(?:narrow|narrower|small|slim|thin|좁게|좁음|좁은|작게)$/i, 2 / 3],
];

/** `Column 1 (wide)`, `Col 2`, `Column 1 (full width)`: the place a column item names, and its width weight. */
export function columnHead(head: string): { weight: number } | undefined {
  const m = /^(?:col(?:umn)?|칸|열)\s*\d+\s*(?:[(（]\s*([^()（）]*?)\s*[)）])?$/i.exec(head.trim());
  if (!m) return undefined;
  const word = m[1] ?? "";
  return { weight: WIDTHS.find(([re]) => re.test(word))?.[1] ?? 1 };
}

/** A warning naming the heights the rows' words were read as. */
export function heightWordsSaid(line: number, words: string[], weights: number[]): string {
  const sum = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => `${Math.round((w / sum) * 100)}%`);
  return `line ${line}: row heights written as words (${words.join(", ")}) read as ${shares.join(" + ")}`;
}
