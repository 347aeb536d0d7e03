// A prompt saved out of an email: the headers, the reply typed above it, an attribution (`On … wrote:`), an
// Outlook divider, a signature and `Sent from my iPhone` around it, and the prompt itself quoted with `> ` on
// every line, one level deeper than the notes a reviewer typed between its lines when it was forwarded on. The
// person who saved it wants the prompt, not the mail: the prompt is read unquoted, the mail around it unseen,
// and each reviewer's note taken out of the prompt's lines and handed back to be applied or reported
// (review-notes.ts). Lines keep their numbers, except inside a block a note or a hard wrap broke, which closes
// up and gets the missing lines back as blanks after it, so a drawing or table is read whole.

const HEADER = /^(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To|보낸 ?사람|받는 ?사람|참조|날짜|보낸 ?날짜|제목)[ \t]*:/i;
const ATTRIBUTION = /^(?:On\b.{4,200}\bwrote:|.{4,200}님이 작성:|.{4,200}\bschrieb:|Le\b.{4,200}\ba écrit ?:)[ \t]*$/;
const DIVIDER = /^-{2,}[ \t]*(?:Original Message|Forwarded message|원본 메시지|전달된 메시지)[ \t]*-{2,}[ \t]*$/i;
const SENT_FROM = /^(?:Sent from my \S+|Get Outlook for \S+|iPhone에서 보냄|나의 iPhone에서 보냄)/i;
const SIGNATURE = /^-- ?$/;
/** Lines of name and address a signature runs to, at most. */
const SIGNATURE_LINES = 5;

/** A reviewer's note typed between the quoted prompt's lines. */
export interface ReviewNote {
  /** The file's line (1-based). */
  line: number;
  text: string;
  /** The note stands inside a fenced block (a drawing). */
  inFence: boolean;
  /** The prompt's lines above it, unquoted, nearest last. */
  above: string[];
}

export interface EmailPrompt {
  text: string;
  notes: ReviewNote[];
  /** How deep the prompt was quoted. */
  depth: number;
}

/** How many `>` a line is quoted with, and the line after `strip` of them (all when not given). */
function unquote(line: string, strip = Infinity): { depth: number; rest: string } {
  let i = 0;
  let depth = 0;
  while (depth < strip && line[i] === ">") {
    depth++;
    i++;
    // `> > ` writes the levels apart; one space after the last one belongs to the quoting too.
    if (line[i] === " " && line[i + 1] === ">" && depth < strip) i++;
  }
  if (depth > 0 && line[i] === " ") i++;
  return { depth, rest: line.slice(i) };
}

const chrome = (s: string): boolean => HEADER.test(s) || ATTRIBUTION.test(s) || DIVIDER.test(s) || SENT_FROM.test(s) || SIGNATURE.test(s);

export function emailPrompt(text: string): EmailPrompt | undefined {
  if (!text.includes(">")) return undefined;
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const firstWords = lines.find((l) => l.trim() !== "") ?? "";
  // An email, by its headers at the top or an attribution or divider anywhere, quoted or not.
  if (!HEADER.test(firstWords) && !lines.some((l) => { const r = unquote(l).rest; return ATTRIBUTION.test(r) || DIVIDER.test(r); })) return undefined;
  const depths = lines.map((l) => (l.trim() === "" ? -1 : unquote(l).depth));
  const count = new Map<number, number>();
  for (const d of depths) if (d > 0) count.set(d, (count.get(d) ?? 0) + 1);
  const said = depths.filter((d) => d >= 0).length;
  const quoted = [...count.values()].reduce((a, b) => a + b, 0);
  // Most of it quoted: an email whose prompt is written out in the reply itself is read as it stands.
  if (quoted < 8 || quoted * 2 < said) return undefined;
  // The prompt is the level most lines are quoted at, the deeper of a tie.
  let depth = 0;
  for (const [d, n] of count) if (n > (count.get(depth) ?? 0) || (n === count.get(depth) && d > depth)) depth = d;
  const inPrompt = (i: number): boolean => depths[i]! >= depth && unquote(lines[i]!, depth).rest.trim() !== "";
  const start = lines.findIndex((_, i) => inPrompt(i));
  let end = lines.length - 1;
  while (end > start && !inPrompt(end)) end--;
  // A signature quoted with the prompt (`> -- ` over a few lines of name) or a `Sent from my iPhone` ends it.
  const rest = (i: number): string => unquote(lines[i]!, depth).rest;
  for (let i = end, said = 0; i > start && said <= SIGNATURE_LINES; i--) {
    if (SIGNATURE.test(rest(i)) || SENT_FROM.test(rest(i).trim())) end = i - 1;
    else if (rest(i).trim() !== "") said++;
  }
  while (end > start && !inPrompt(end)) end--;

  type Entry = { text: string; out: boolean };
  const entries: Entry[] = lines.map(() => ({ text: "", out: false }));
  const notes: ReviewNote[] = [];
  let fence = false;
  const kept: string[] = [];
  for (let i = start; i <= end; i++) {
    const { depth: d, rest } = unquote(lines[i]!, depth);
    if (d >= depth) {
      entries[i] = { text: rest, out: false };
      kept.push(rest);
      if (/^\s*(```|~~~)/.test(rest)) fence = !fence;
      continue;
    }
    const words = unquote(lines[i]!).rest;
    // A shallower line inside the prompt is the reviewer's: a note, its blank lines, or mail.
    entries[i] = { text: "", out: true };
    if (words.trim() === "" || chrome(words.trim())) continue;
    notes.push({ line: i + 1, text: words.trim(), inFence: fence, above: kept.slice(-12) });
  }
  rejoinWrapped(entries, start, end);
  return { text: closeUp(entries).join("\n"), notes, depth };
}

const pipes = (s: string): number => s.split("|").length;

/** A table row the mail client wrapped at its width (`| a | b |` over `**c** |`) joined again. */
function rejoinWrapped(entries: { text: string; out: boolean }[], start: number, end: number): void {
  let fence = false;
  for (let i = start; i <= end; i++) {
    const e = entries[i]!;
    if (e.out) continue;
    if (/^\s*(```|~~~)/.test(e.text)) fence = !fence;
    const t = e.text.trim();
    if (fence || !t.startsWith("|") || t.length < 3) continue;
    let j = i + 1;
    while (j <= end && entries[j]!.out) j++;
    const next = entries[j]?.text.trim() ?? "";
    if (next === "" || next.startsWith("|") || !next.endsWith("|")) continue;
    // No more cells than the table's first row has: a line ending in a pipe is not a row's tail otherwise.
    let h = i;
    while (h > start && !entries[h - 1]!.out && entries[h - 1]!.text.trim().startsWith("|")) h--;
    if (h < i && pipes(`${t} ${next}`) > pipes(entries[h]!.text)) continue;
    e.text = `${e.text.trimEnd()} ${next}`;
    entries[j] = { text: "", out: true };
  }
}

/** The kept lines in order, each taken-out line's place given back as a blank after the block it stood in. */
export function closeUp(entries: { text: string; out: boolean }[]): string[] {
  const out: string[] = [];
  let owed = 0;
  let fence = false;
  for (const e of entries) {
    if (e.out) {
      owed++;
      continue;
    }
    const opens = /^\s*(```|~~~)/.test(e.text);
    const closesFence = fence && opens;
    if (opens) fence = !fence;
    // A blank or a heading ends a block outside a fence: the owed lines go before it.
    if (!fence && !closesFence && owed > 0 && (e.text.trim() === "" || /^#{1,6}\s/.test(e.text))) {
      out.push(...Array<string>(owed).fill(""));
      owed = 0;
    }
    out.push(e.text);
    if (closesFence && owed > 0) {
      out.push(...Array<string>(owed).fill(""));
      owed = 0;
    }
  }
  out.push(...Array<string>(owed).fill(""));
  return out;
}
