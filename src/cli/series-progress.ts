// What a series build shows while it runs: on a terminal one live line (done/total, the chapter just
// finished, elapsed, ETA), redrawn in place; otherwise one plain line per chapter. At the end a summary
// table: chapter, title, outputs, time, problems; failed chapters' errors follow it in full.
import type { Io } from "./commands.js";
import { shownWarnings } from "./warnings.js";

export interface Row {
  number?: number;
  shown: string;
  title: string;
  /** "md svg png pdf", "cached" or "failed". */
  outputs: string;
  ms?: number;
  problems: string;
  error?: string[];
  warnings: string[];
}

const secs = (ms: number): string => (ms < 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** Display width: East Asian wide characters and emoji take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || c >= 0x1f300 ? 2 : 1;
  }
  return w;
}

function cut(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - width(s)));

export class Progress {
  private done = 0;
  private built = 0;
  private builtMs = 0;
  private readonly t0 = performance.now();

  constructor(
    private readonly total: number,
    private readonly io: Io,
    private readonly opts: { live?: ((text: string) => void) | undefined; quiet: boolean; jobs: number },
  ) {
    if (!opts.quiet && opts.live) opts.live(`[0/${total}] starting ${opts.jobs} process${opts.jobs === 1 ? "" : "es"}…`);
  }

  chapter(row: Row): void {
    this.done++;
    if (row.ms !== undefined && row.outputs !== "cached") {
      this.built++;
      this.builtMs = performance.now() - this.t0;
    }
    if (this.opts.quiet) return;
    const elapsed = performance.now() - this.t0;
    const status = row.error ? "failed" : row.outputs === "cached" ? "cached" : "ok";
    if (this.opts.live) {
      const left = this.total - this.done;
      const eta = this.built > 0 && left > 0 ? ` · ETA ${secs((this.builtMs / this.built) * left)}` : "";
      this.opts.live(`[${this.done}/${this.total}] ${status} ${cut(row.title || row.shown, 40)} · ${secs(elapsed)}${eta}`);
    } else {
      this.io.err(`[${this.done}/${this.total}] ${status} ${row.shown}${row.ms !== undefined && status !== "cached" ? ` (${secs(row.ms)})` : ""}`);
    }
  }

  /** Clears the live line and prints the table (failures only with --quiet). */
  summary(rows: readonly Row[], extra: string[]): void {
    this.opts.live?.("");
    const failed = rows.filter((r) => r.error);
    if (!this.opts.quiet) {
      const table = [
        ["#", "chapter", "title", "outputs", "time", "problems"],
        ...rows.map((r) => [r.number !== undefined ? String(r.number) : "–", r.shown, cut(r.title, 36), r.outputs, r.ms !== undefined && r.outputs !== "cached" ? secs(r.ms) : "–", cut(r.problems, 48)]),
      ];
      const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => width(row[i]!))));
      table.forEach((row, i) => {
        this.io.out(row.map((c, j) => pad(c, widths[j]!)).join("  ").trimEnd());
        if (i === 0) this.io.out(widths.map((w) => "─".repeat(w)).join("  "));
      });
      const built = rows.filter((r) => r.outputs !== "cached" && !r.error).length;
      const cached = rows.filter((r) => r.outputs === "cached").length;
      this.io.out(`${rows.length} chapters: ${built} built, ${cached} unchanged, ${failed.length} failed · ${secs(performance.now() - this.t0)}`);
      for (const line of extra) this.io.out(line);
    }
    for (const r of failed) for (const line of r.error!) this.io.err(line);
    // --debug's stage timings come through as a line starting "timings:", printed as a single build prints them.
    if (!this.opts.quiet) for (const r of rows) for (const w of shownWarnings(r.warnings)) this.io.err(`${r.shown}: ${w.startsWith("timings:") ? "" : "warning: "}${w}`);
  }
}
