// Which of several drawings the writer says to use, when they say so outright. People offering options name them
// (`### 레이아웃 초안 A`, `Option B`) and then pick one: under its own label (`초안 B (이걸로 해주세요)`, `Option B —
// go with this`) or by its letter anywhere in the section (`B안으로 해주세요`, `Go with B.`). Both drafts are
// called drafts, so "draft" cannot rule one out; the pick outranks it.

/** A drawing's label in its lead-in: the letter or number after `초안`/`Option`/…, or before `안` (`B안`). */
const LABEL = /(?:초안|시안|레이아웃|버전|후보|[Dd]raft|[Oo]ption|[Vv]ersion|[Vv]ariant|[Ll]ayout|[Pp]lan)\s*#?\s*([A-H]|[1-9])(?![A-Za-z0-9]|\.\d)|(?<![A-Za-z0-9.])([A-H])\s?안(?![가-힣])|(?<![A-Za-z0-9.])([A-H])안/g;

/** The writer picking the drawing these words lead into, without naming it: `이걸로 해주세요`, `use this one`. */
const OWN_PICK = /\b(?:use this|this one|go with (?:this|it)|chosen|selected|pick(?:ed)? this)\b|이걸로|이것으로|이거로|이 안으로|이걸 써|채택|선택/i;

/** Words that pick a labelled drawing when a label stands where `X` is. */
function namedPicks(x: string): RegExp[] {
  const word = "(?:초안|시안|레이아웃|버전|[Dd]raft|[Oo]ption|[Ll]ayout|[Vv]ersion)";
  return [
    // `go with B`, `use option B`, `I prefer draft 2`
    new RegExp(`\\b(?:go with|use|pick|prefer|choose|chose|take|going with)\\s+(?:the\\s+)?${word}?\\s*#?\\s*${x}(?![A-Za-z0-9]|\\.\\d)`, "i"),
    // `B로 해주세요`, `B안으로 갈게요`, `초안 B로 진행`
    new RegExp(`(?<![A-Za-z0-9.])${x}\\s?(?:안|시안|초안|버전)?\\s?(?:으로|로)\\s?(?:해|가|갈|진행|그려|부탁|할|정했|결정|선택|주세요)`),
    // `B안을 선택`, `B가 좋아요`, `B 채택`
    new RegExp(`(?<![A-Za-z0-9.])${x}\\s?(?:안|시안|초안|버전)?\\s?(?:을|를|이|가|는)?\\s?(?:선택|채택|골랐|쓸게|써\\s?주|좋아|나아|낫)`),
  ];
}

export interface Lead {
  /** The section's words before this drawing, since the one before it, one entry a paragraph or heading. */
  parts: string[];
}

/** The drawing's label: the last one its lead-in writes, most often the heading right above it. */
export function labelOf(lead: Lead): string | undefined {
  let label: string | undefined;
  for (const part of lead.parts) for (const m of part.matchAll(LABEL)) label = (m[1] ?? m[2] ?? m[3])!.toUpperCase();
  return label;
}

/**
 * The index of the drawing the writer picks, or undefined. A pick naming a label (in any lead-in, or in `after`,
 * the words after the last drawing) wins when the drawings carry distinct labels; else the last drawing whose
 * lead-in's closest part (its heading, or the line right above it) says to use it.
 */
export function pickedDrawing(leads: Lead[], after: string[]): number | undefined {
  const labels = leads.map(labelOf);
  const distinct = new Set(labels.filter((l) => l !== undefined));
  if (distinct.size >= 2) {
    // Each label's picking words, built once for all the section's texts.
    const picks = [...distinct].map((label) => ({ at: labels.indexOf(label), res: namedPicks(/\d/.test(label) ? `(?:(?:초안|시안|[Dd]raft|[Oo]ption|[Vv]ersion)\\s*${label})` : label) }));
    let picked: number | undefined;
    for (const text of [...leads.flatMap((l) => l.parts), ...after]) {
      for (const { at, res } of picks) if (res.some((re) => re.test(text))) picked = at;
    }
    if (picked !== undefined) return picked;
  }
  let own: number | undefined;
  leads.forEach((l, k) => {
    // Only the last two parts speak for this drawing: what comes earlier in its lead-in is often about the one
    // before it (`A는 너무 평범해서 별로예요`).
    if (l.parts.slice(-2).some((p) => OWN_PICK.test(p))) own = k;
  });
  return own;
}
