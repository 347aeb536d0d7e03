// A Mermaid `journey` (a user journey: sections of tasks, each scored 1–5 by the people doing it) has no drawing
// of its own; copied onto paper it is a table: each task in its section with its score, and who does it when the
// tasks are not all done by the same people. A section's later rows leave its cell empty, drawn as going on.
import type { Block, Rich } from "../../model/sheet.js";

export const cell = (text: string): Rich => [{ text }];
/** A diagram's lines, trimmed, without blank lines and `%%` comments. */
export const lines = (code: string): string[] => code.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("%%"));

/** The `title …` of a diagram of the kind its first word names (`journey`, `gantt`), which names the table drawn for it. */
export function diagramTitle(code: string, kind: string): string | undefined {
  const all = lines(code);
  if ((all[0] ?? "").split(/\s/)[0] !== kind) return undefined;
  return all.find((l) => /^title\s/.test(l))?.replace(/^title\s+/, "").trim() || undefined;
}
const TASK = /^([^:]+?)\s*:\s*(\d+(?:\.\d+)?)\s*(?::\s*(.*))?$/;

/** A journey's `title …`, which names the table drawn for it. */
export const journeyTitle = (code: string): string | undefined => diagramTitle(code, "journey");

export function journeyTable(code: string): { block: Block; warning: string } | undefined {
  const all = lines(code);
  if (!/^journey\b/.test(all[0] ?? "")) return undefined;
  const tasks: { section: string; task: string; score: string; who: string }[] = [];
  let section = "";
  for (const line of all.slice(1)) {
    if (/^title\s/.test(line) || /^accT(?:itle|escr)\b/.test(line)) continue;
    const s = /^section\s+(.+)$/.exec(line);
    if (s) {
      section = s[1]!.trim();
      continue;
    }
    const t = TASK.exec(line);
    if (t) tasks.push({ section, task: t[1]!.trim(), score: `${t[2]}/5`, who: (t[3] ?? "").split(",").map((w) => w.trim()).filter(Boolean).join(", ") });
  }
  if (tasks.length === 0) return undefined;
  const sections = tasks.some((t) => t.section !== "");
  const whos = new Set(tasks.map((t) => t.who));
  const withWho = whos.size > 1;
  const header = [...(sections ? ["section"] : []), "task", "score", ...(withWho ? ["who"] : [])].map(cell);
  const rows = tasks.map((t, i) => [
    ...(sections ? [cell(i > 0 && tasks[i - 1]!.section === t.section ? "" : t.section)] : []),
    cell(t.task),
    cell(t.score),
    ...(withWho ? [cell(t.who)] : []),
  ]);
  const by = !withWho && [...whos][0] ? ` (each by ${[...whos][0]})` : "";
  return { block: { kind: "table", header, rows }, warning: `a journey is drawn as a table of its tasks, each with its score out of 5${by}` };
}
