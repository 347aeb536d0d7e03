// Benchmark: `npm run bench [-- <input…>] [--runs 7] [--warm 5] [--series 100] [--saves 9] [--write]`  (run `npm run build` first).
// Cold: N separate `node bin/nanosheet.js build <input> -o <tmp>` processes writing all four outputs —
// what a user waits for. Warm: the stages in one process (median of several runs after a warm-up),
// to show where the time goes. Live preview: a save to the page `nanosheet serve` shows in a headless
// Chromium. --write puts the figures into BENCHMARKS.md.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "nanosheet.js");
const TARGETS = { coldMs: 1000, warmSvgMs: 150, rssMb: 400, previewMs: 300 };
const NOTES_MARKER = "<!-- notes: kept by npm run bench -->";

function parseArgs(argv) {
  const opts = { runs: 7, warm: 5, saves: 9, write: false, inputs: [], series: 100 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") opts.runs = Number(argv[++i]);
    else if (a === "--warm") opts.warm = Number(argv[++i]);
    else if (a === "--saves") opts.saves = Number(argv[++i]);
    else if (a === "--write") opts.write = true;
    else if (a === "--series") opts.series = Number(argv[++i]);
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else opts.inputs.push(a);
  }
  if (!(opts.runs >= 1) || !(opts.warm >= 1) || !(opts.saves >= 1)) throw new Error("--runs, --warm and --saves need a positive number");
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

/**
 * Live preview: `nanosheet serve <copy of input>` with a real Chromium on the page; each save writes the file
 * again with one more blank line at its end (a full rebuild, a new SVG fetched, parsed and swapped in), and
 * is timed from just before the write to the animation frame in which the page shows the new version.
 */
async function previewRuns(inputs, saves) {
  let chromium, driver;
  try {
    chromium = (await import("@sparticuz/chromium")).default;
    ({ chromium: driver } = await import("playwright-core"));
  } catch {
    console.error("live preview: playwright-core or @sparticuz/chromium is not installed; skipped");
    return {};
  }
  const args = chromium.args.filter((a) => a !== "--disable-web-security" && a !== "--allow-running-insecure-content");
  const browser = await driver.launch({ executablePath: await chromium.executablePath(), args, headless: true });
  // One page for every input: with Chromium's --single-process, closing the last page ends the browser.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const results = {};
  try {
    for (const input of inputs) {
      const dir = mkdtempSync(join(tmpdir(), "nanosheet-bench-serve-"));
      const file = join(dir, basename(input));
      copyFileSync(join(ROOT, input), file);
      const server = spawn(process.execPath, [BIN, "serve", file, "--port", "0"], { stdio: ["ignore", "pipe", "ignore"] });
      try {
        const url = await new Promise((resolve, reject) => {
          let out = "";
          server.stdout.on("data", (c) => {
            out += c;
            const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
            if (m) resolve(m[1]);
          });
          server.on("exit", () => reject(new Error("nanosheet serve exited")));
        });
        await page.goto(url);
        await page.waitForFunction(() => Number(document.body.dataset.version ?? "0") > 0);
        const text = readFileSync(file, "utf8");
        const times = [];
        const rebuilds = [];
        for (let i = 1; i <= saves + 1; i++) {
          await page.evaluate(() => {
            const prev = Number(document.body.dataset.version);
            window.nanosheetBench = new Promise((resolve) => {
              new MutationObserver((_m, o) => {
                if (Number(document.body.dataset.version) > prev) {
                  o.disconnect();
                  resolve();
                }
              }).observe(document.body, { attributes: true });
            });
          });
          const t0 = performance.now();
          writeFileSync(file, text + "\n".repeat(i));
          await page.evaluate(() => window.nanosheetBench);
          const wall = performance.now() - t0;
          // The page's status says how long the server's rebuild took (read + layout + draw).
          const built = Number(/built in (\d+) ms/.exec((await page.textContent("#status")) ?? "")?.[1] ?? NaN);
          if (i > 1) {
            times.push(wall); // the first save warms the rebuild path up
            rebuilds.push(built);
          }
          await new Promise((r) => setTimeout(r, 200));
        }
        results[input] = { median: median(times), min: Math.min(...times), max: Math.max(...times), rebuild: median(rebuilds) };
        console.error(`${basename(input)}: save → updated page ${ms(results[input].median)} (${ms(results[input].min)}–${ms(results[input].max)})`);
      } finally {
        server.kill("SIGINT");
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return results;
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
  const preview = await previewRuns(inputs, opts.saves).catch((err) => {
    console.error(`live preview: ${err.message}`);
    process.exitCode = 1;
    return {};
  });
  // The series case (--series N chapters, 0 to skip): a whole folder on the process pool.
  let series = "";
  if (opts.series > 0) {
    const { seriesRun, seriesMarkdown } = await import("./bench-series.mjs");
    const runs = [];
    for (const one of [false, true]) {
      const r = await seriesRun(ROOT, BIN, opts.series, one);
      console.error(`series of ${r.n}${one ? " example copies" : ""}: ${(r.wall / 1000).toFixed(1)} s wall, ${(r.cpu / 1000).toFixed(1)} s CPU (${r.ratio.toFixed(2)} cores), ${r.peakMb.toFixed(0)} MB peak`);
      runs.push(r);
    }
    series = seriesMarkdown(runs);
  }
  // Hostile inputs: documents far past any chapter, read and laid out once each (bench-hostile.mjs).
  const { hostileRuns, hostileMarkdown } = await import("./bench-hostile.mjs");
  const hostile = await hostileRuns(ROOT);
  for (const h of hostile) console.error(`hostile, ${h.name}: ${ms(h.ms)} (${h.ended})`);
  const cpu = [cpuBefore, cpuCheck().ms];
  const report = markdown(rows, opts, cpu, node, preview) + series + "\n" + hostileMarkdown(hostile);
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

function markdown(rows, opts, cpu, node, preview) {
  const ok = (v, limit) => (v <= limit ? "✅" : "❌");
  const cmd = `npm run build && npm run bench -- --runs ${opts.runs} --warm ${opts.warm} --saves ${opts.saves}${opts.inputs.length ? ` ${opts.inputs.join(" ")}` : ""}`;
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
    ...(Object.keys(preview).length === 0
      ? []
      : [
          `## Live preview: from a save to the updated page (\`nanosheet serve\`, headless Chromium), ${opts.saves} saves`,
          "",
          "| input | median | min | max | of which the server's rebuild (median) |",
          "|---|---:|---:|---:|---:|",
          ...Object.entries(preview).map(
            ([input, p]) => `| ${input} | ${ms(p.median)} ${ok(p.median, TARGETS.previewMs)} | ${ms(p.min)} | ${ms(p.max)} | ${ms(p.rebuild)} |`,
          ),
          "",
          "From just before the file is written to the animation frame in which the page shows the new sheet: the " +
            "folder watch settling (30 ms), read + layout + draw in the running server, the event to the page, the " +
            `SVG fetched, parsed and swapped in. Target ≤ ${TARGETS.previewMs} ms. This run's CPU check: ${ms(cpu[0])} before, ${ms(cpu[1])} after ` +
            "(Chromium rasterises in software here: SwiftShader, one process).",
          "",
        ]),
  ];
  return lines.join("\n");
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exitCode = 1;
});
