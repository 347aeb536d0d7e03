// What a reviewer's notes between a mailed prompt's lines (email.ts) ask, done on the sheet where the ask is
// plain, else reported: the writer sent the prompt on so that these changes are made. A note under a box in
// the drawing asking to drop it (`이 박스는 빼도 될 듯`, `drop this box`) leaves that box out; a note giving
// new heights (`비율 20/45/35로 바꿔주세요`) sets the rows' heights when it gives one per row. Any other note is
// not drawn, and said so on its line.
import type { Block, Sheet } from "../../model/sheet.js";
import type { ReviewNote } from "./email.js";

const DROP = /(?:빼|삭제|없애|지워|제거|생략)|\b(?:drop|remove|delete|cut|skip|lose)\b/i;
const BOX_WORD = /박스|칸|상자|box|panel|section/i;
const HEIGHTS = /비율|높이|ratio|height|split/i;

/** The note's words shown in a warning. */
const said = (n: ReviewNote): string => `"${n.text.length > 80 ? `${n.text.slice(0, 79)}…` : n.text}"`;

/** Words of a title to compare, emoji, marks and case aside. */
const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The title of the box whose bottom border the drawing's line above the note draws, when one box closes there. */
export function boxAbove(note: ReviewNote): string | undefined {
  const lines = note.above;
  const last = lines.length - 1;
  const border = lines[last] ?? "";
  const bottoms = [...border.matchAll(/[└╚┗+][─═━-]{2,}[┘╝┛+]/g)];
  // One box closing there, inside the page's frame (the frame's own bottom would start the line).
  const inner = bottoms.filter((m) => border.slice(0, m.index).trim() !== "" || bottoms.length === 1);
  if (inner.length !== 1) return undefined;
  const left = inner[0]!.index!;
  for (let i = last - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (/^[\s│┃║|]*[┌╔┏+][─═━-]/.test(line.slice(0, left + 2)) && line[left] !== "│" && line[left] !== "|") break;
    const words = line.slice(left + 1).split(/[│┃║|]/)[0]?.trim() ?? "";
    if (/[\p{L}\p{N}]/u.test(words)) return words;
  }
  return undefined;
}

/** The heights a note gives, in order (`20/45/35`, `20:45:35`, `20%, 45%, 35%`), when they add up to a whole page. */
export function heightsAsked(text: string): number[] | undefined {
  if (!HEIGHTS.test(text)) return undefined;
  const run = /(\d{1,2}(?:\.\d+)?)\s*%?(?:\s*[/:,·]\s*(\d{1,2}(?:\.\d+)?)\s*%?)+/.exec(text);
  if (!run) return undefined;
  const nums = run[0].split(/[/:,·]/).map((s) => parseFloat(s));
  const sum = nums.reduce((a, b) => a + b, 0);
  return nums.length >= 2 && sum >= 95 && sum <= 105 ? nums : undefined;
}

/** The sheet with the notes' asks done, and a line for each note saying what became of it. */
export function applyReviewNotes(sheet: Sheet, notes: ReviewNote[]): { sheet: Sheet; warnings: string[] } {
  const said2 = new Map<ReviewNote, string>();
  let rows = sheet.rows;
  let changed = false;
  const gone = new Set<string>();
  // Drops first: heights given after them count the rows left.
  for (const n of notes) {
    if (!n.inFence || !DROP.test(n.text) || !BOX_WORD.test(n.text)) continue;
    const title = boxAbove(n);
    const want = title ? key(title) : "";
    if (!want) continue;
    let dropped: string | undefined;
    rows = rows.flatMap((r) => {
      if (r.kind !== "panels" || dropped) return [r];
      const hit = r.panels.find((p) => key(p.title) !== "" && (key(p.title) === want || want.includes(key(p.title))));
      if (!hit) return [r];
      dropped = hit.title;
      gone.add(hit.id);
      const left = r.panels.filter((p) => p !== hit);
      return left.length ? [{ ...r, panels: left }] : [];
    });
    if (dropped) {
      changed = true;
      said2.set(n, `the box "${dropped}" is left out with what the plan put in it, as it asks`);
    }
  }
  // The panels other blocks could move to name no box that is gone.
  if (gone.size) rows = rows.map((r) => (r.kind === "panels" ? { ...r, panels: r.panels.map((p) => ({ ...p, blocks: p.blocks.map((b) => withoutPanels(b, gone)) })) } : r));
  // Rows dropped whole give their height to the rest, as the page is still filled.
  const total = rows.reduce((a, r) => a + r.ratio, 0);
  if (changed && total > 0) rows = rows.map((r) => ({ ...r, ratio: (r.ratio * 100) / total }));
  for (const n of notes) {
    const asked = heightsAsked(n.text);
    if (!asked) continue;
    const content = rows.filter((r) => r.kind === "panels");
    if (asked.length === content.length) {
      const sum = asked.reduce((a, b) => a + b, 0);
      const title = rows.filter((r) => r.kind === "title").reduce((a, r) => a + r.ratio, 0);
      let k = 0;
      changed = true;
      rows = rows.map((r) => (r.kind === "panels" ? { ...r, ratio: (asked[k++]! * (100 - title)) / sum } : r));
      said2.set(n, `the rows' heights are set to ${asked.join("/")}, as it asks${title ? ` (the title's row kept)` : ""}`);
    } else if (asked.length === rows.length) {
      let k = 0;
      changed = true;
      rows = rows.map((r) => ({ ...r, ratio: asked[k++]! }));
      said2.set(n, `the rows' heights are set to ${asked.join("/")}, as it asks`);
    } else {
      said2.set(n, `it gives ${asked.length} heights for ${content.length} rows, so the drawing's are kept`);
    }
  }
  const warnings = notes.map((n) => `line ${n.line}: a reviewer's note between the quoted prompt's lines, ${said(n)}: ${said2.get(n) ?? "not part of the prompt, so not drawn"}`);
  return { sheet: changed ? { ...sheet, rows } : sheet, warnings };
}

/** The block with the panels in `gone` taken out of the lists of panels it is read against. */
function withoutPanels(b: Block, gone: ReadonlySet<string>): Block {
  if (!b.at) return b;
  const at = { ...b.at };
  for (const k of ["alternatives", "matches", "near"] as const) {
    const ids = at[k];
    if (ids) at[k] = ids.filter((id) => !gone.has(id));
  }
  return { ...b, at };
}
