// What a sheet writes that no bundled face or emoji art draws, and the page therefore shows in another form:
// Japanese kana in romaji (fonts/kana.ts) and a flag as its two letters (fonts/measure.ts `split`). Said in
// one line for each kind, naming every word so drawn, so the writer knows the page differs from the text.
import type { Sheet } from "../model/sheet.js";
import { KANA_RUN, romaji } from "../fonts/kana.js";
import { FLAG, kanaDrawn } from "../fonts/measure.js";

const FLAGS = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const KANA = new RegExp(KANA_RUN.source, "gu");

/** Every string the sheet draws (titles, lines, cells, labels), walked once. */
function strings(value: unknown, out: string[]): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

export function standInWarnings(sheet: Sheet): string[] {
  const all = strings([sheet.meta, sheet.rows], []).join("\n");
  const out: string[] = [];
  const kana = kanaDrawn() ? [] : [...new Set(all.match(KANA) ?? [])];
  if (kana.length) out.push(`no bundled font draws Japanese kana; written in romaji: ${kana.map((k) => `"${k}" as "${romaji(k)}"`).join(", ")}`);
  const flags = [...new Set((all.match(FLAGS) ?? []).filter((f) => FLAG.test(f)))];
  if (flags.length) out.push(`no emoji art for flags; drawn as their letters: ${flags.map((f) => `${f} as ${[...f].join(" ")}`).join(", ")}`);
  return out;
}
