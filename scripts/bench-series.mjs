// The series case of `npm run bench`: N chapters (the examples and the test fixtures, renumbered 1…N) built as
// one folder, cold, all four outputs plus the gallery and the book. Reports wall time, CPU time (the build
// and every process it started), CPU/wall (how many cores were busy) and the peak of the summed RSS of the
// whole process tree, sampled every 50 ms from /proc.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const SOURCES = ["examples", "test/fixtures/series", "test/fixtures/prompts", "test/fixtures/sheets"];

/** The example prompt alone: the issue's own measure was 100 copies of one chapter of this kind. */
const ONE = "examples/neural-network-internals.prompt.txt";

function chapters(root, one) {
  if (one) return [{ text: readFileSync(join(root, ONE), "utf8"), ext: ".txt" }];
  const texts = [];
  for (const dir of SOURCES) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      if (!/\.(txt|md)$/.test(f) || f.startsWith("08-")) continue; // 08 is broken on purpose
      texts.push({ text: readFileSync(join(abs, f), "utf8"), ext: f.endsWith(".sheet.md") ? ".sheet.md" : ".txt" });
    }
  }
  return texts;
}

/** RSS of `pid` and all its descendants, in kB. */
function treeRss(pid) {
  const parent = new Map();
  const rss = new Map();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const status = readFileSync(`/proc/${d}/status`, "utf8");
      parent.set(Number(d), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      rss.set(Number(d), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // gone meanwhile
    }
  }
  let sum = 0;
  for (const [p] of rss) {
    for (let q = p; q; q = parent.get(q)) {
      if (q === pid) {
        sum += rss.get(p);
        break;
      }
    }
  }
  return sum;
}

/** `one`: every chapter a copy of the example prompt, instead of the examples and fixtures in turn. */
export async function seriesRun(root, bin, n, one = false) {
  const work = mkdtempSync(join(tmpdir(), "nanosheet-bench-series-"));
  try {
    const dir = join(work, "chapters");
    mkdirSync(dir);
    const pool = chapters(root, one);
    for (let i = 0; i < n; i++) {
      const { text, ext } = pool[i % pool.length];
      const renumbered = text.replace(/^(\s*chapter\s*:\s*).*$/m, `$1${i + 1}`).replace(/^(\s*(?:parent|series)\s*:\s*).*$/m, "$1bench-series");
      writeFileSync(join(dir, `ch-${String(i + 1).padStart(3, "0")}${ext}`), renumbered);
    }
    const args = [bin, "build", dir, "-o", join(work, "out"), "--allow-overflow", "--quiet"];
    const t0 = performance.now();
    const child = spawn("/usr/bin/time", ["-f", "cpu %U %S", process.execPath, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    const timer = setInterval(() => (peakKb = Math.max(peakKb, treeRss(child.pid))), 50);
    const code = await new Promise((resolve) => child.on("exit", resolve));
    clearInterval(timer);
    const wall = performance.now() - t0;
    const [, user, sys] = /cpu ([\d.]+) ([\d.]+)/.exec(stderr) ?? [];
    if (code !== 0) throw new Error(`series build failed (exit ${code}):\n${stderr}`);
    const cpu = (Number(user) + Number(sys)) * 1000;
    const out = readdirSync(join(work, "out"));
    return { one, n, wall, cpu, ratio: cpu / wall, peakMb: peakKb / 1024, jobs: availableParallelism(), pngs: out.filter((f) => f.endsWith(".png")).length, book: out.includes("bench-series.pdf") };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function seriesMarkdown(runs) {
  const ok = (good) => (good ? "✅" : "❌");
  const r = runs[0];
  const row = (r) =>
    `| ${r.n}: ${r.one ? "copies of the example prompt" : "the examples and fixtures in turn"} | ${(r.wall / 1000).toFixed(1)} s ${ok(r.wall < 20000)} | ${(r.cpu / 1000).toFixed(1)} s | ${(r.cpu / r.n).toFixed(0)} ms | ${r.ratio.toFixed(2)} ${ok(r.ratio >= 1.8)} | ${r.peakMb.toFixed(0)} MB ${ok(r.peakMb < 1024)} |`;
  return [
    `## Series: \`node bin/nanosheet.js build <folder of ${r.n} chapters> -o <tmp> --allow-overflow --quiet\`, cold`,
    "",
    "All four outputs per chapter, thumbnails, `index.html` and the book PDF; the default pool, one process per " +
      `two cores (${Math.max(1, Math.round(r.jobs / 2))} here, on ${r.jobs} cores). CPU is the build and every process it started (GNU time); peak memory is the summed RSS ` +
      "of the whole process tree, sampled every 50 ms.",
    "",
    "| chapters | wall | CPU | CPU a chapter | CPU / wall | peak RSS (all processes) |",
    "|---|---:|---:|---:|---:|---:|",
    ...runs.map(row),
    "",
    "Targets: under 20 s, CPU / wall ≥ 1.8 on 2 cores, peak under 1 GB.",
    "",
  ].join("\n");
}
