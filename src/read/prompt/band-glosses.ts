// Named heights with fewer names than drawn rows, and a note saying what each name holds (`(상단 = 제목줄,
// 중단 = 데모 두 칸 + 공백·대문자 띠, 하단 = 세 칸)`): the name glossed as the title is the title's row, and a name
// glossed as things joined by `+` is that many drawn rows, one under another. Without such a note, names one
// fewer than the rows are the box rows' (title-outside.ts); with it, that guess would size the wrong rows.
// Rows one name holds share its height evenly: the note gives them one number together, and the lines typed in a
// sketch's boxes are no measure (its title row, one line, is given as much as a row of three).
import type { DiagramRow } from "./ascii-layout.js";

const TITLE = /제목|타이틀|title|헤더|header|banner|배너/i;
const GLOSS_END = /[,，;；)）\n]/u;

/** The drawn rows each name holds, top to bottom, when the note glosses every name and they add up to the
 * drawing's rows; undefined otherwise. */
export function glossedBands(labels: string[], note: string, rows: DiagramRow[]): number[][] | undefined {
  const bands: number[][] = [];
  let next = 0;
  for (const [i, label] of labels.entries()) {
    const gloss = glossOf(label, note);
    if (gloss === undefined) return undefined;
    const titled = TITLE.test(gloss);
    // The title is only ever the first band, and only where the drawing's first row is the title alone.
    if (titled && (i !== 0 || rows[0]?.boxes.length !== 0)) return undefined;
    const count = titled ? 1 : gloss.split("+").filter((p) => p.trim() !== "").length;
    bands.push(Array.from({ length: count }, (_, k) => next + k));
    next += count;
  }
  return next === rows.length && labels.length < rows.length ? bands : undefined;
}

/** What the note says the label holds: the words after `label =` (or `:`) up to the clause's end. */
function glossOf(label: string, note: string): string | undefined {
  for (let at = note.indexOf(label); at >= 0; at = note.indexOf(label, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(note[at - 1]!)) continue;
    const rest = note.slice(at + label.length).trimStart();
    if (!/^[=:：]/.test(rest)) continue;
    const body = rest.slice(1);
    const end = body.search(GLOSS_END);
    const gloss = (end < 0 ? body : body.slice(0, end)).trim();
    if (gloss) return gloss;
  }
  return undefined;
}

/** One height per row: each name's height shared evenly by the rows it holds. */
export function evenly(values: number[], bands: number[][]): number[] {
  return bands.flatMap((band, i) => band.map(() => Math.round((values[i]! / band.length) * 100) / 100));
}
