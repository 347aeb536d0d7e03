// A paragraph cut into sentences, for the rules that drop or take one sentence of it (draw-asks.ts, knob-asks.ts).

/** Sentences: each ends at `.`, `!`, `?` or `。` followed by a space, or at a line's end, kept with its closing marks. */
export function sentences(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const re = /[.!?。](?=\s)|\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ from, to: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ from, to: text.length });
  return out;
}
