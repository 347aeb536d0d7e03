// A series build as a user runs it: the five chapters in test/fixtures/series/ (one broken on purpose) built
// as a folder, then again unchanged, then with one chapter edited; the gallery opened in a real Chromium;
// the book read back with pdfjs.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR, ROOT_DIR } from "./fixtures/list.js";
import { inOrder } from "./export-helpers.js";
import { ensureDist } from "./setup-dist.js";
import { run as runCli } from "./cli-helpers.js";
import { expandGlob } from "../src/cli/series-inputs.js";

const SERIES = join(FIXTURES_DIR, "series");
const GOOD = ["07-gpt2-training", "10-hallucinations", "12-tokens-to-think", "14-reinforcement-learning"];
const GOOD_FILES = ["07-gpt2-training.txt", "10-hallucinations.txt", "12-tokens-to-think.sheet.md", "14-reinforcement-learning.txt"];
const TITLES = ["7. GPT-2 Training", "10. Hallucinations and Tool Use", "12. Models Need Tokens to Think", "14. Reinforcement Learning"];
const FORMATS = ["md", "svg", "png", "pdf"];

const run = (args: string[], cwd: string) => runCli(args, cwd, undefined, 120_000);

const mtimes = (dir: string, names: string[]) => names.flatMap((n) => FORMATS.map((f) => statSync(join(dir, `${n}.${f}`)).mtimeMs));

let work: string;
let chapters: string;
let out: string;
let first: ReturnType<typeof run>;

beforeAll(() => {
  ensureDist();
  work = mkdtempSync(join(tmpdir(), "nanosheet-series-"));
  chapters = join(work, "chapters");
  cpSync(SERIES, chapters, { recursive: true });
  // What a course folder also holds: notes that are not chapters, and a picture.
  writeFileSync(join(chapters, "README.md"), "# Deep Dive into LLMs\n\nMy notes, one file per chapter.\n");
  writeFileSync(join(chapters, "todo.txt"), "- redo chapter 8's ratios\n");
  writeFileSync(join(chapters, "cover.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  out = join(work, "out");
  first = run(["build", "chapters", "-o", "out"], work);
}, 180_000);

describe("a series build of a folder", () => {
  it("builds every good chapter, lists the broken one with its file:line, and exits 1", () => {
    expect(first.code).toBe(1);
    for (const name of GOOD) for (const f of FORMATS) expect(existsSync(join(out, `${name}.${f}`)), `${name}.${f}`).toBe(true);
    expect(readdirSync(out).some((f) => f.startsWith("08-llama-base-model."))).toBe(false);
    // The table: one row per chapter in chapter order, the broken one marked failed.
    const rows = first.stdout.split("\n").filter((l) => /^(7|8|10|12|14)\s/.test(l));
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(["7", "8", "10", "12", "14"]);
    expect(rows[1]).toMatch(/08-llama-base-model\.txt\s+8\. Llama 3\.1 Base Model\s+failed\s.*line 45: the layout ratios add up to 95%/);
    expect(first.stdout).toMatch(/5 chapters: 4 built, 0 unchanged, 1 failed/);
    expect(first.stderr).toContain("chapters/08-llama-base-model.txt:45: the layout ratios add up to 95%, not 100%");
    // The text files that are not chapters are named once, not dropped unseen; the picture is not a text file.
    const notes = first.stderr.split("\n").filter((l) => l.startsWith("note: skipped"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^note: skipped chapters\/README\.md, chapters\/todo\.txt: not a prompt document/);
  });

  it("writes each good chapter byte-identical to a single build of it", () => {
    const single = join(work, "single");
    for (const file of GOOD_FILES) expect(run(["build", join("chapters", file), "-o", "single"], work).code).toBe(0);
    for (const name of GOOD) {
      for (const f of FORMATS) expect(readFileSync(join(out, `${name}.${f}`)).equals(readFileSync(join(single, `${name}.${f}`))), `${name}.${f}`).toBe(true);
    }
    // Four cold single builds: generous for a busy shared machine (this is not a timing test).
  }, 300_000);

  it("writes a book: one page per good chapter in order, a bookmark each, the text in reading order", async () => {
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const data = new Uint8Array(readFileSync(join(out, "deep-dive-llms.pdf")));
    const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    expect(doc.numPages).toBe(4);
    const outline = (await doc.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual(TITLES);
    // Each bookmark points at its own page.
    for (const [i, o] of outline.entries()) expect(await doc.getPageIndex((o.dest as [{ num: number; gen: number }])[0])).toBe(i);
    const text: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      text.push(content.items.map((it) => ("str" in it ? it.str : "")).join(""));
    }
    await doc.destroy();
    const banners = ["GPT-2 TRAINING", "HALLUCINATIONS & TOOL USE", "MODELS NEED TOKENS TO THINK", "REINFORCEMENT LEARNING"];
    banners.forEach((b, i) => expect(text[i]).toContain(b));
    expect(inOrder(text, ["GPT-2 TRAINING", "WHAT IS GPT-2", "TRAINING LOOP", "KEY TAKEAWAYS", "HALLUCINATIONS", "TOOL USE FLOW", "TOKENS TO THINK", "EMILY", "REINFORCEMENT LEARNING", "RL LOOP"])).toEqual({ ok: true });
  });

  it("has a gallery that opens in Chromium with no console error, every link and thumbnail resolving", async () => {
    const { chromium } = await import("playwright-core");
    const sparticuz = (await import("@sparticuz/chromium")).default;
    const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), args: sparticuz.args, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const problems: string[] = [];
      page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
      page.on("pageerror", (e) => problems.push(String(e)));
      page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
      await page.goto(pathToFileURL(join(out, "index.html")).href, { waitUntil: "load" });
      const images = await page.$$eval("img", (els) => els.map((e) => ({ src: (e as HTMLImageElement).src, width: (e as HTMLImageElement).naturalWidth })));
      const links = await page.$$eval("a[href]", (els) => els.map((e) => (e as HTMLAnchorElement).href));
      const cards = await page.$$eval("li", (els) => els.map((e) => e.textContent ?? ""));
      expect(problems).toEqual([]);
      expect(images.map((i) => relative(out, fileURLToPath(i.src)))).toEqual(GOOD.map((n) => join("thumbs", `${n}.png`)));
      for (const img of images) expect(img.width, img.src).toBeGreaterThan(600);
      // Each good chapter links its four files (and the thumbnail its PNG); the header links the book.
      expect(links.length).toBe(1 + GOOD.length * 5);
      for (const link of links) expect(existsSync(fileURLToPath(link)), link).toBe(true);
      expect(cards).toHaveLength(5);
      expect(cards[1]).toMatch(/Llama 3\.1 Base Model[\s\S]*failed[\s\S]*08-llama-base-model\.txt:45/);
      expect(cards[0]).toContain("GPT-2 훈련");
    } finally {
      await browser.close();
    }
  }, 60_000);

  it("rebuilds nothing when nothing changed", () => {
    const before = mtimes(out, GOOD);
    const again = run(["build", "chapters", "-o", "out"], work);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/5 chapters: 0 built, 4 unchanged, 1 failed/);
    expect(mtimes(out, GOOD)).toEqual(before);
  }, 60_000);

  it("rebuilds only the chapter that changed (and the book and gallery)", () => {
    const before = mtimes(out, GOOD);
    const bookBefore = statSync(join(out, "deep-dive-llms.pdf")).mtimeMs;
    const file = join(chapters, "10-hallucinations.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("- 환각 = 답변 스타일의 흉내", "- 환각 = 자신 있는 답변 스타일의 흉내"));
    const again = run(["build", "chapters", "-o", "out"], work);
    expect(again.stdout).toMatch(/5 chapters: 1 built, 3 unchanged, 1 failed/);
    const after = mtimes(out, GOOD);
    GOOD.forEach((name, i) => {
      const changed = after.slice(i * 4, i * 4 + 4).map((t, j) => t !== before[i * 4 + j]);
      expect(changed, name).toEqual(FORMATS.map(() => name === "10-hallucinations"));
    });
    expect(statSync(join(out, "deep-dive-llms.pdf")).mtimeMs).toBeGreaterThan(bookBefore);
    expect(readFileSync(join(out, "10-hallucinations.md"), "utf8")).toContain("자신 있는 답변 스타일의 흉내");
  }, 60_000);
});

describe("series inputs", () => {
  it("expands quoted globs itself: *, ?, {a,b}, **", async () => {
    const names = async (g: string) => (await expandGlob(g, ROOT_DIR)).map((p) => relative(SERIES, p));
    expect(await names("test/fixtures/series/*.txt")).toEqual(["07-gpt2-training.txt", "08-llama-base-model.txt", "10-hallucinations.txt", "14-reinforcement-learning.txt"]);
    expect(await names("test/fixtures/series/{07,1?}-*.{txt,md}")).toEqual(["07-gpt2-training.txt", "10-hallucinations.txt", "12-tokens-to-think.sheet.md", "14-reinforcement-learning.txt"]);
    expect(await names("test/**/series/*.sheet.md")).toEqual(["12-tokens-to-think.sheet.md"]);
  });

  it("builds a glob with --jobs 1 and --quiet: only the error is printed", () => {
    const r = run(["build", "chapters/*.txt", "-o", "globbed", "--jobs", "1", "--format", "md", "-q"], work);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")[0]).toMatch(/^chapters\/08-llama-base-model\.txt:45: /);
    expect(readdirSync(join(work, "globbed")).filter((f) => f.endsWith(".md")).sort()).toEqual(["07-gpt2-training.md", "10-hallucinations.md", "14-reinforcement-learning.md"]);
  }, 60_000);

  it("--consistent evens body sizes across chapters (without it they differ)", () => {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
    const sizes = (dir: string) =>
      GOOD.map((n) => median((JSON.parse(readFileSync(join(work, dir, `${n}.report.json`), "utf8")) as { panels: { fontPx: number }[] }).panels.map((p) => p.fontPx)));
    for (const [dir, extra] of [["plain", []], ["even", ["--consistent"]]] as const) {
      expect(run(["build", "chapters", "-o", dir, "--format", "md", "--report", "-q", ...extra], work).code).toBe(1);
    }
    expect(new Set(sizes("plain")).size).toBeGreaterThan(1);
    expect(new Set(sizes("even")).size).toBe(1);
    expect(sizes("even")[0]).toBe(Math.min(...sizes("plain")));
  }, 120_000);

  it("refuses a bad --jobs and a glob that matches nothing (exit 2)", () => {
    expect(run(["build", "chapters", "--jobs", "0"], work).code).toBe(2);
    const none = run(["build", "nowhere/*.txt"], work);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no files match nowhere/*.txt");
  });
});
