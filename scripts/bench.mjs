// Benchmark: `npm run bench [-- <input…>] [--runs 7] [--warm 5] [--series 100] [--write]`  (run `npm run build` first).
// Cold: N separate `node bin/nanosheet.js build <input> -o <tmp>` processes writing all four outputs —
// what a user waits for. Warm: the stages in one process (median of several runs after a warm-up),
// to show where the time goes. --write puts the figures into BENCHMARKS.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "nanosheet.js");
const TARGETS = { coldMs: 1000, warmSvgMs: 150, rssMb: 400 };
const NOTES_MARKER = "<!-- notes: kept by npm run bench -->";

function parseArgs(argv) {
  const opts = { runs: 7, warm: 5, write: false, inputs: [], series: 100 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") opts.runs = Number(argv[++i]);
    else if (a === "--warm") opts.warm = Number(argv[++i]);
    else if (a === "--write") opts.write = true;
    else if (a === "--series") opts.series = Number(argv[++i]);
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else opts.inputs.push(a);
  }
  if (!(opts.runs >= 1) || !(opts.warm >= 1)) throw new Error("--runs and --warm need a positive number");
  return opts;
}

function listInputs(dir) {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => `${Math.round(n)} ms`;
const HAS_TIME = existsSync("/usr/bin/time");

/** One cold build; peak RSS from GNU time when present, else from a wrapper reporting its own maxRSS. */
function coldRun(input, out) {
  // --allow-overflow: an overflowing panel is a content problem (`nanosheet check` reports it), and the
  // bench should still time the full render rather than a refusal.
  // --debug prints the per-stage timings of the cold run (module loading falls into the first stage using it).
  const args = ["build", input, "-o", out, "--allow-overflow", "--debug"];
  const t0 = performance.now();
  const r = HAS_TIME
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, BIN, ...args], { encoding: "utf8" })
    : spawnSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `process.on("exit", () => process.stderr.write("Maximum resident set size (kbytes): " + process.resourceUsage().maxRSS + "\\n"));` +
            `process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(args)}];` +
            `await import(${JSON.stringify(new URL("../dist/cli/main.js", import.meta.url).href)});`,
        ],
        { encoding: "utf8" },
      );
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`build ${input} failed (exit ${r.status}):\n${r.stderr}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const stages = {};
  for (const [, k, v] of (/timings: (.*)/.exec(r.stderr)?.[1] ?? "").matchAll(/(\w+) (\d+)ms/g)) stages[k] = Number(v);
  return { wall, rssMb: kb / 1024, stages };
}

/** A fixed piece of CPU work: how fast this machine is right now (shared machines vary by tens of percent). */
function cpuCheck() {
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < 2e8; i++) s = (s + i * 7) % 1000003;
  return { ms: performance.now() - t0, s };
}

/**
 * Node's own start-up, which every cold build pays before any of nanosheet runs: `node -e 0`, median of 7.
 * With NODE_EXTRA_CA_CERTS set (some sandboxes set it), Node parses that certificate bundle at every start.
 */
function nodeStart() {
  const time = (env) => {
    const walls = Array.from({ length: 7 }, () => {
      const t0 = performance.now();
      spawnSync(process.execPath, ["-e", "0"], { env });
      return performance.now() - t0;
    });
    return median(walls);
  };
  const asIs = time(process.env);
  if (!process.env.NODE_EXTRA_CA_CERTS) return { asIs };
  const { NODE_EXTRA_CA_CERTS: _unused, ...clean } = process.env;
  return { asIs, withoutCaCerts: time(clean) };
}

/**
 * Warm: one process rendering the same input again and again (each time read anew, so nothing is reused
 * from the previous render). The SVG path is timed in its own loop: run interleaved with the 35 MB PNG and
 * the PDF, their garbage would be collected inside the next read and layout and blur what is measured.
 */
async function warmRuns(input, n) {
  const lib = await import("../dist/index.js");
  const { diagramLayoutMs } = await import("../dist/blocks/index.js");
  const text = readFileSync(join(ROOT, input), "utf8");
  const stages = { read: [], layout: [], diagrams: [], draw: [], png: [], pdf: [], md: [], svg: [] };
  let last;
  for (let i = 0; i <= n; i++) {
    const t = [performance.now()];
    const { sheet } = await lib.readSheet(text, { file: input });
    t.push(performance.now());
    const d0 = diagramLayoutMs();
    const positioned = lib.layoutSheet(sheet, {});
    const diagrams = diagramLayoutMs() - d0;
    t.push(performance.now());
    const svg = lib.drawSvg(positioned);
    t.push(performance.now());
    last = { sheet, positioned, svg };
    if (i === 0) continue; // warm-up: module loading, font parsing, JIT
    ["read", "layout", "draw"].forEach((k, j) => stages[k].push(t[j + 1] - t[j]));
    stages.diagrams.push(diagrams);
    stages.svg.push(t[3] - t[0]);
  }
  for (let i = 0; i <= n; i++) {
    const { sheet, positioned, svg } = last;
    const t = [performance.now()];
    lib.renderPng(svg, positioned.page, 300);
    t.push(performance.now());
    await lib.renderPdf(positioned);
    t.push(performance.now());
    lib.toMarkdown(sheet);
    t.push(performance.now());
    if (i === 0) continue;
    ["png", "pdf", "md"].forEach((k, j) => stages[k].push(t[j + 1] - t[j]));
  }
  return Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, median(v)]));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  let inputs = opts.inputs.map((p) => relative(ROOT, join(process.cwd(), p)));
  if (inputs.length === 0) inputs = listInputs("examples");
  if (inputs.length === 0) {
    inputs = [...listInputs("test/fixtures/sheets"), ...listInputs("test/fixtures/prompts")];
    console.error("examples/ is empty: benchmarking test/fixtures instead");
  }

  const cpuBefore = cpuCheck().ms;
  const node = nodeStart();
  const rows = [];
  for (const input of inputs) {
    const out = mkdtempSync(join(tmpdir(), "nanosheet-bench-"));
    try {
      const cold = [];
      for (let i = 0; i < opts.runs; i++) cold.push(coldRun(join(ROOT, input), out));
      const warm = await warmRuns(input, opts.warm);
      const walls = cold.map((c) => c.wall);
      const row = {
        input,
        coldMedian: median(walls),
        coldMin: Math.min(...walls),
        coldMax: Math.max(...walls),
        rssMb: Math.max(...cold.map((c) => c.rssMb)),
        coldStages: Object.fromEntries(
          ["read", "layout", "diagrams", "draw", "png", "pdf", "md"].map((k) => [k, median(cold.map((c) => c.stages[k] ?? 0))]),
        ),
        warm,
      };
      rows.push(row);
      console.error(`${basename(input)}: cold ${ms(row.coldMedian)} (${ms(row.coldMin)}–${ms(row.coldMax)}), warm SVG ${ms(warm.svg)}, ${row.rssMb.toFixed(0)} MB`);
    } catch (err) {
      console.error(`${input}: ${err.message}`);
      process.exitCode = 1;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  // The series case (--series N chapters, 0 to skip): a whole folder on the process pool.
  let series = "";
  if (opts.series > 0) {
    const { seriesRun, seriesMarkdown } = await import("./bench-series.mjs");
    const r = await seriesRun(ROOT, BIN, opts.series);
    console.error(`series of ${r.n}: ${(r.wall / 1000).toFixed(1)} s wall, ${(r.cpu / 1000).toFixed(1)} s CPU (${r.ratio.toFixed(2)} cores), ${r.peakMb.toFixed(0)} MB peak`);
    series = seriesMarkdown(r);
  }
  const cpu = [cpuBefore, cpuCheck().ms];
  const report = markdown(rows, opts, cpu, node) + series;
  console.log(report);
  if (opts.write) {
    // Hand-written notes below the marker survive a rewrite.
    const file = join(ROOT, "BENCHMARKS.md");
    const old = existsSync(file) ? readFileSync(file, "utf8") : "";
    const at = old.indexOf(NOTES_MARKER);
    writeFileSync(file, at >= 0 ? `${report}\n${old.slice(at)}` : report);
  }
}

const share = (part, whole) => (whole > 0 ? `${ms(part)} (${Math.round((100 * part) / whole)}%)` : ms(part));

function markdown(rows, opts, cpu, node) {
  const ok = (v, limit) => (v <= limit ? "✅" : "❌");
  const cmd = `npm run build && npm run bench -- --runs ${opts.runs} --warm ${opts.warm}${opts.inputs.length ? ` ${opts.inputs.join(" ")}` : ""}`;
  const lines = [
    "# Benchmarks",
    "",
    `Reproduce: \`${cmd}\``,
    "",
    `Machine: ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, Node ${process.version}, ${process.platform}, ` +
      `load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} at the end. ` +
      `CPU check (a fixed loop, same code every run; lower is a faster machine): ${ms(cpu[0])} before, ${ms(cpu[1])} after — ` +
      "this shared machine's speed drifts by 30% and more within an hour, so compare figures only against a CPU check. " +
      `Node's own start-up (\`node -e 0\`, median of 7), part of every cold build below: ${ms(node.asIs)}` +
      (node.withoutCaCerts !== undefined
        ? ` (NODE_EXTRA_CA_CERTS is set in this environment; without it ${ms(node.withoutCaCerts)}: Node parses that certificate bundle at every start). `
        : ". ") +
      `Targets: cold ≤ ${TARGETS.coldMs} ms for all four outputs, warm SVG ≤ ${TARGETS.warmSvgMs} ms, peak RSS ≤ ${TARGETS.rssMb} MB.`,
    "",
    `## Cold: \`node bin/nanosheet.js build <input> -o <tmp> --allow-overflow\` (md, svg, png at 300 dpi, pdf), ${opts.runs} runs`,
    "",
    "| input | median | min | max | peak RSS |",
    "|---|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.input} | ${ms(r.coldMedian)} ${ok(r.coldMedian, TARGETS.coldMs)} | ${ms(r.coldMin)} | ${ms(r.coldMax)} | ${r.rssMb.toFixed(0)} MB ${ok(r.rssMb, TARGETS.rssMb)} |`,
    ),
    "",
    "Cold stage split (median; each stage includes loading what it uses; diagrams = the part of layout spent on " +
      "flowcharts, mind maps and knobs; png and pdf run on worker threads side by side, after draw, the png as two bands " +
      "on libuv's thread pool):",
    "",
    "| input | read | layout | of which diagrams | draw | png (worker) | pdf (worker) | md |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.input} | ${ms(r.coldStages.read)} | ${ms(r.coldStages.layout)} | ${share(r.coldStages.diagrams, r.coldStages.layout)} | ` +
        `${["draw", "png", "pdf", "md"].map((k) => ms(r.coldStages[k])).join(" | ")} |`,
    ),
    "",
    `## Warm, in one process: median of ${opts.warm} runs after a warm-up (the input read anew each run; SVG and PNG/PDF timed in separate loops)`,
    "",
    "| input | read | layout | of which diagrams | draw | png | pdf | md | render to SVG |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.input} | ${ms(r.warm.read)} | ${ms(r.warm.layout)} | ${share(r.warm.diagrams, r.warm.layout)} | ${ms(r.warm.draw)} | ${ms(r.warm.png)} | ${ms(r.warm.pdf)} | ${ms(r.warm.md)} | ${ms(r.warm.svg)} ${ok(r.warm.svg, TARGETS.warmSvgMs)} |`,
    ),
    "",
    "A cold build is Node start-up + loading the bundled CLI (with its V8 code cache) + read + layout + draw on the " +
      "main thread; the launcher starts the PNG and PDF workers before it loads the CLI, they load their libraries " +
      "meanwhile, then render side by side. The warm png is the one-band in-process path (`renderPng`).",
    "",
    "Render to SVG = read + layout + draw. Peak RSS is the largest of the cold runs" +
      (HAS_TIME ? " (GNU time -v)." : " (the process's own maxRSS)."),
    "",
  ];
  return lines.join("\n");
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exitCode = 1;
});
