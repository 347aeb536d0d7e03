// A Mermaid `gantt` (a schedule: sections of tasks, each with a start and a length or an end) has no drawing of its
// own; copied onto paper it is a table: each task in its section, when it starts and how long it runs. A task that
// starts `after` another says so by that task's name, as a reader does not know the ids. A section's later rows
// leave its cell empty, drawn as going on, as a journey's do.
import type { Block } from "../../model/sheet.js";
import { cell, diagramTitle, lines } from "./journey.js";
// The settings lines a gantt may have besides its title and sections: none of them is a task.
const SETTING = /^(?:dateFormat|axisFormat|tickInterval|excludes|includes|todayMarker|weekday|weekend|inclusiveEndDates|topAxis|displayMode|accT(?:itle|escr))\b/;
const TAGS = new Set(["done", "active", "crit", "milestone"]);
// A length as Mermaid writes one (`1h`, `3d`, `2w`, `90m`); anything else after the start is an end date.
const LENGTH = /^\d+(?:\.\d+)?\s*(?:ms|s|m|h|d|w|M|y)$/;

/** A gantt's `title …`, which names the table drawn for it. */
export const ganttTitle = (code: string): string | undefined => diagramTitle(code, "gantt");

export function ganttTable(code: string): { block: Block; warning: string } | undefined {
  const all = lines(code);
  if (!/^gantt\b/.test(all[0] ?? "")) return undefined;
  const tasks: { section: string; task: string; id?: string; start: string; length: string }[] = [];
  let section = "";
  for (const line of all.slice(1)) {
    if (/^title\s/.test(line) || SETTING.test(line)) continue;
    const s = /^section\s+(.+)$/.exec(line);
    if (s) {
      section = s[1]!.trim();
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const meta = line
      .slice(colon + 1)
      .split(",")
      .map((m) => m.trim())
      .filter((m) => m !== "");
    const milestone = meta.includes("milestone");
    const rest = meta.filter((m) => !TAGS.has(m));
    // `id, start, end`, `start, end` or `end` alone (the task then follows the one before it).
    const [id, start, end] = rest.length >= 3 ? rest : rest.length === 2 ? [undefined, ...rest] : [undefined, undefined, rest[0]];
    const length = milestone ? "◆" : end === undefined ? "" : LENGTH.test(end) ? end : `→ ${end}`;
    tasks.push({ section, task: line.slice(0, colon).trim(), id, start: start ?? "", length });
  }
  if (tasks.length === 0) return undefined;
  const named = new Map(tasks.flatMap((t) => (t.id ? [[t.id, t.task] as const] : [])));
  const when = (start: string): string => start.replace(/^after\s+(.+)$/, (_, ids: string) => `after ${ids.split(/\s+/).map((i) => named.get(i) ?? i).join(", ")}`);
  const sections = tasks.some((t) => t.section !== "");
  const header = [...(sections ? ["section"] : []), "task", "start", "length"].map(cell);
  const rows = tasks.map((t, i) => [
    ...(sections ? [cell(i > 0 && tasks[i - 1]!.section === t.section ? "" : t.section)] : []),
    cell(t.task),
    cell(when(t.start)),
    cell(t.length),
  ]);
  return { block: { kind: "table", header, rows }, warning: "a gantt chart is drawn as a table of its tasks, each with its start and length" };
}
