// Reports typed in the Korean government style (개조식, as HWP documents are) head their parts with a Roman
// numeral at the margin and no Markdown mark: `Ⅰ. 원문`, `Ⅱ. 레이아웃`, `Ⅳ. 출력 구성`. Each such line becomes
// its `# …` heading, line numbers kept. Only when at least two of them name parts the reader knows and the
// document heads none of its parts as Markdown does; then every Roman-numbered line at the margin heads a part
// (`Ⅲ. 비율` too), so that none runs on into the part above it. The numerals are the single Unicode ones
// (U+2160–U+216B, as a Korean IME types them) or ASCII capitals up to XII, with a dot or a closing bracket.
import { sectionKindOf } from "./prompt/sections.js";

// One numeral, then its dot and the title; a line of at most 60 characters, the title not a sentence's end.
const HEADING = /^(?:[\u2160-\u216B]|X?(?:IX|IV|V?I{0,3}|XI{1,2}))[.)．][ \t\u3000]*(\S.{0,60})$/;

/** The part's title a line holds after its Roman numeral, if it is one. */
export function romanName(written: string): string | undefined {
  // Trimmed first (trimEnd takes full-width spaces too), so no pattern backtracks over a run of spaces.
  const line = written.trimEnd();
  const m = HEADING.exec(line);
  // `X?(...)` may match nothing before the dot: `. 원문` is no heading.
  if (!m || /^[.)．]/.test(line)) return undefined;
  const name = m[1]!;
  // A line of prose that happens to open with `I.` ends with a sentence's stop or runs past the title's length.
  return /[.。!?:：]$/.test(name) ? undefined : name;
}

export function romanSections(text: string): string {
  if (!/^(?:[\u2160-\u216B]|[IVX]{1,4})[.)．]/m.test(text)) return text;
  const lines = text.split("\n");
  let fenced = false;
  const names = lines.map((raw) => {
    const l = raw.replace(/\r$/, "");
    if (/^[ \t]*(```|~~~)/.test(l)) fenced = !fenced;
    return fenced ? undefined : romanName(l);
  });
  if (names.filter((n) => n && sectionKindOf(n)).length < 2) return text;
  const headed = lines.some((l) => {
    const m = /^#{1,3}[ \t]+(.+?)[ \t]*\r?$/.exec(l);
    return !!m && !!sectionKindOf(m[1]!);
  });
  if (headed) return text;
  const heads = lines.map((l, i) => (names[i] ? `# ${names[i]}${l.endsWith("\r") ? "\r" : ""}` : l));
  return subHeadings(heads, names).join("\n");
}

// The 개조식 outline under a part: `1.` over `가.`, `나.`, `다.` at the margin, each `가.` a topic of its own (in the
// plan, a box's section). Markdown reads `가. …` as a line of the paragraph above and `1. …` as a list, so the
// topics ran together. In a part (not the source's transcript) whose margin lines count 가, 나, … in order, each
// of them and each numbered line at the margin becomes a `##` heading, one level under the part's.
const LETTERS = "가나다라마바사아자차카타파하";
const LETTERED = /^([가-힣])[.)．][ \t\u3000]+(\S.*)$/;
const NUMBERED = /^\d{1,2}[.)．][ \t\u3000]+(\S.*)$/;

function subHeadings(lines: string[], names: (string | undefined)[]): string[] {
  const out = lines.slice();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !names[i]) continue;
    if (i > start && start > 0) partHeadings(out, start, i, names[start - 1]!);
    start = i + 1;
  }
  return out;
}

function partHeadings(out: string[], from: number, to: number, name: string): void {
  if (sectionKindOf(name) === "source") return;
  let fenced = false;
  let next = 0;
  const lettered: number[] = [];
  const numbered: number[] = [];
  for (let i = from; i < to; i++) {
    const l = out[i]!.trimEnd();
    if (/^[ \t]*(```|~~~)/.test(l)) fenced = !fenced;
    if (fenced) continue;
    const m = LETTERED.exec(l);
    if (m && m[1] === LETTERS[next]) {
      lettered.push(i);
      next++;
    } else if (NUMBERED.test(l)) numbered.push(i);
  }
  if (lettered.length < 2) return;
  for (const i of [...lettered, ...numbered]) {
    const cr = out[i]!.endsWith("\r") ? "\r" : "";
    const l = out[i]!.trimEnd();
    out[i] = `## ${(LETTERED.exec(l) ?? NUMBERED.exec(l))![LETTERED.test(l) ? 2 : 1]}${cr}`;
  }
}
