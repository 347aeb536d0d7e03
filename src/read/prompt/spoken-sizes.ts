// A page size said in words rather than digits: `nineteen twenty by ten eighty` (as people say 1920×1080 aloud, in
// pairs, as they say years), `one thousand nine hundred twenty by one thousand eighty`, `thirty-eight forty by
// twenty-one sixty`; and a screen named by its standard (`full HD`, `1080p`, `4K UHD`), which is 16:9. Written as
// the digits they stand for, so the page reader (page.ts) reads the shape from them as from `1920x1080`.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), "hundred", "thousand", "and"].join("|")})`;
// A run of number words (hyphens and spaces between), `by` or `x`, another run; at most 12 words a side.
const SPOKEN = new RegExp(`\\b(${WORD}(?:[\\s-]+${WORD}){0,11})\\s+(?:by|x|×)\\s+(${WORD}(?:[\\s-]+${WORD}){0,11})\\b`, "gi");
/** Screens named by their standard, all 16:9. */
const STANDARD = /\b(?:full[\s-]?HD|FHD|QHD|WQHD|(?:4K\s*)?UHD|1080p|1440p|2160p)\b/gi;

/** The number a run of number words says, or undefined when it says none. */
function spokenNumber(run: string): number | undefined {
  const words = run.toLowerCase().split(/[\s-]+/).filter((w) => w !== "and");
  let total = 0;
  let part = 0;
  // Numbers under 100 said one after another, as `nineteen twenty`: pairs of digits.
  const pairs: number[] = [];
  let explicit = false;
  for (const w of words) {
    if (w === "thousand") {
      total += (part || 1) * 1000;
      part = 0;
      explicit = true;
    } else if (w === "hundred") {
      part = (part || 1) * 100;
      explicit = true;
    } else {
      const v = UNITS[w] ?? TENS[w];
      if (v === undefined) return undefined;
      // A unit after a tens word joins it (`twenty one`); anything else after a number under 100 starts a pair.
      const joins = TENS[w] === undefined && part % 100 >= 20 && part % 10 === 0 && v < 10;
      if (!explicit && part > 0 && !joins) {
        pairs.push(part);
        part = v;
      } else part += v;
    }
  }
  if (explicit) return total + part;
  pairs.push(part);
  if (pairs.length === 1) return pairs[0];
  return pairs.length === 2 && pairs[1]! < 100 ? pairs[0]! * 100 + pairs[1]! : undefined;
}

/** The text with sizes said in words written in digits (`1920x1080`) and a screen standard as `16:9`. */
export function spokenSizes(text: string): string {
  return text
    .replace(SPOKEN, (all, a: string, b: string) => {
      const w = spokenNumber(a);
      const h = spokenNumber(b);
      return w !== undefined && h !== undefined && w >= 100 && h >= 100 ? `${w}x${h}` : all;
    })
    .replace(STANDARD, "16:9");
}
