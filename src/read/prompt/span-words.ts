// A box said to span columns of its row in words, as a layout written in a list says it: `(두 칸 합침)`,
// `(2칸 병합)`, `(세 칸 차지)`, `(spans two columns)`, `(2 columns wide)`. A merged cell of a grid whose other
// boxes each take one column: the box is that many of them wide. A height (`두 줄 높이`, `spans 2 rows`) is
// no column span, and neither is a row remark counting its boxes (`세 칸 모두 같은 너비`).

const COUNT: Record<string, number> = { 두: 2, 세: 3, 네: 4, two: 2, three: 3, four: 4, 2: 2, 3: 3, 4: 4 };
const NUMBER = String.raw`(두|세|네|two|three|four|[234])`;

/** `두 칸 합침`, `2칸을 하나로 합쳐서`, `두 칸에 걸쳐`, `2열 병합`, `두 칸 너비`. */
const KOREAN = new RegExp(String.raw`(?<![\p{L}\p{N}])${NUMBER}\s*(?:칸|열)\s*(?:을|를|에|으로|로)?\s*(?:하나로\s*)?(?:합침|합쳐|합친|병합|차지|걸쳐|걸친|너비|폭)`, "iu");
/** `spans two columns`, `spanning 2 cols`, `across two columns`, `2 columns wide`, `colspan 2`. */
const ENGLISH = new RegExp(String.raw`\b(?:spans?|spanning|across|takes?|taking|merges?|merged|covers?|covering)\s+(?:the\s+)?${NUMBER}\s+(?:columns?|cols?|cells?)\b|\b${NUMBER}\s+(?:columns?|cols?|cells?)\s+(?:wide|merged)\b|\bcol\s*span\s*[=:]?\s*${NUMBER}\b`, "i");

/** A bracket holding only the count (`(2칸)`, `(2 columns)`, `(두 열)`): after a box's title it can only be its width. */
const BARE = new RegExp(String.raw`^\s*${NUMBER}\s*(?:칸|열|columns?|cols?)\s*$`, "iu");

/** How many columns a box's words say it spans, or undefined when they say none. */
export function columnSpan(text: string): number | undefined {
  const m = KOREAN.exec(text) ?? ENGLISH.exec(text);
  if (!m) return undefined;
  const word = (m.slice(1).find((g) => g !== undefined) ?? "").toLowerCase();
  return COUNT[word];
}

/** A cell's words with the bracket saying its span taken out, and the span; undefined when no bracket says one. */
export function spanMark(text: string): { cols: number; rest: string } | undefined {
  let cols: number | undefined;
  const rest = text.replace(/\s*[(（]([^()（）]*)[)）]/g, (all, inner: string) => {
    const n = cols === undefined ? columnSpan(inner) ?? bareSpan(inner) : undefined;
    if (n === undefined) return all;
    cols = n;
    return "";
  });
  return cols === undefined ? undefined : { cols, rest: rest.trim() };
}

function bareSpan(inner: string): number | undefined {
  const m = BARE.exec(inner);
  return m ? COUNT[m[1]!.toLowerCase()] : undefined;
}
