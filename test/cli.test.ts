// The CLI as a user runs it: spawn `node bin/nanosheet.js`, check exit codes, messages and files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "./fixtures/list.js";
import { pngSize } from "./export-helpers.js";
import { ensureDist } from "./setup-dist.js";
import { BIN, run, tmp as tmpIn, type Run } from "./cli-helpers.js";

const tmp = (): string => tmpIn("nanosheet-cli-");

/** The render tests need every stage; colleagues land them separately. */
const PIPELINE = ["src/layout/index.ts", "src/draw/index.ts", "src/export/markdown.ts"].every((f) =>
  existsSync(join(ROOT_DIR, f)),
);

const TINY_SHEET = `---
nanosheet: 1
title: Tiny Test Sheet
page: a4
layout:
  - { ratio: 14, title: true }
  - { ratio: 86, panels: [alpha, beta] }
---

## 🧠 Alpha

Weights are knobs.

- first point
- second point

## 🔧 Beta

Gradient descent turns the knobs.
`;




const STACK = /^\s+at /m;

beforeAll(() => ensureDist());

describe("help and version", () => {
  it("prints the version from package.json", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as { version: string };
    const r = run(["--version"], tmp());
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([["--help"], ["-h"], ["help"]])("prints the tool help for %s", (flag) => {
    const r = run([flag], tmp());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nanosheet build <input…>/);
  });

  it.each(["build", "import", "check"])("prints help for %s", (cmd) => {
    const a = run([cmd, "--help"], tmp());
    const b = run(["help", cmd], tmp());
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(new RegExp(`^usage: nanosheet ${cmd}`));
    expect(b.stdout).toBe(a.stdout);
  });
});

describe("usage errors exit 2 with one line and a pointer to --help", () => {
  const cases: [string, string[], RegExp][] = [
    ["no arguments", [], /usage:/],
    ["unknown command", ["frobnicate"], /unknown command "frobnicate"/],
    ["unknown tool flag", ["--frob"], /unknown option --frob/],
    ["unknown command flag", ["build", "x.md", "--frob"], /unknown option --frob/],
    ["missing input", ["build"], /build needs at least one input file/],
    ["missing flag value", ["build", "x.md", "-o"], /option --out needs a value/],
    ["bad format", ["build", "x.md", "--format", "md,gif"], /unknown format "gif"/],
    ["bad page", ["build", "x.md", "--page", "letter"], /unknown page "letter"/],
    ["bad dpi", ["build", "x.md", "--dpi", "abc"], /bad --dpi "abc"/],
    ["dpi out of range", ["build", "x.md", "--dpi=5"], /bad --dpi "5"/],
    ["two import inputs", ["import", "a.txt", "b.txt"], /exactly one input/],
    ["flag value on a switch", ["build", "x.md", "--report=yes"], /takes no value/],
    ["an output file of another format", ["build", "x.md", "-o", "sheet.png", "--format", "svg"], /-o sheet\.png writes png only, but --format asks for svg/],
    ["an output file for a series", ["build", "a.md", "b.md", "-o", "course.pdf"], /a series writes a folder/],
    ["standard input beside a file", ["build", "-", "x.md"], /standard input \(-\) is one chapter/],
    ["standard input watched", ["build", "-", "--watch"], /without --watch/],
  ];
  it.each(cases)("%s", (_name, args, message) => {
    const r = run(args, tmp());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    if (args.length > 0) expect(r.stderr).toMatch(/see nanosheet( \w+)? --help/);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe("--page", () => {
  it("takes the page names a sheet's frontmatter takes, in any case", async () => {
    const { parsePage } = await import("../src/cli/commands.js");
    expect(["A4", "a4-landscape", "Landscape", "16:9", "16x9"].map((v) => parsePage(v, "build"))).toEqual(["a4", "a4", "a4", "16:9", "16:9"]);
    expect(() => parsePage("portrait", "build")).toThrow(/unknown page "portrait"/);
  });

  it("names the page it sets in the warning for a document asking for portrait", () => {
    const fixture = join(ROOT_DIR, "test", "fixtures", "prompts", "lecture-summary-portrait-deep-numbered.txt");
    const portrait = (r: Run): string[] => r.stderr.split("\n").filter((l) => /portrait page is asked for/.test(l));
    // The document draws on A4 unless told otherwise; `--page 16:9` draws it 16:9, and the warning says so.
    expect(portrait(run(["check", fixture], ROOT_DIR))).toEqual([expect.stringMatching(/so this one is A4 landscape$/)]);
    expect(portrait(run(["check", fixture, "--page", "16:9"], ROOT_DIR))).toEqual([expect.stringMatching(/so this one is 16:9$/)]);
  });
});

describe("input errors exit 1 with file:line and no stack trace", () => {
  it("names a missing file", () => {
    for (const cmd of ["build", "check", "import"]) {
      const r = run([cmd, "nope.md"], tmp());
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("nope.md: cannot read (no such file or directory)\n");
    }
  });

  it("explains a file that is neither input kind, at line 1", () => {
    const dir = tmp();
    writeFileSync(join(dir, "notes.txt"), "just some notes\nnothing else\n");
    const r = run(["check", "notes.txt"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^notes\.txt:1: not a nanosheet input: .* — /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("explains an empty file", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.md"), "");
    const r = run(["build", "empty.md"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^empty\.md:1: the file is empty — /);
    expect(readdirSync(dir)).toEqual(["empty.md"]);
  });

  it("prints the stack only with --debug", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.md"), "");
    const r = run(["build", "empty.md", "--debug"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(STACK);
  });
});

describe.skipIf(!PIPELINE)("build, check and import on a real sheet", () => {
  function setup(): string {
    const dir = tmp();
    writeFileSync(join(dir, "tiny.sheet.md"), TINY_SHEET);
    return dir;
  }

  it("builds all four formats by default, one line per file", () => {
    const dir = setup();
    const r = run(["build", "tiny.sheet.md", "-o", "out"], dir);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual(["md", "svg", "png", "pdf"].map((f) => `wrote out/tiny.${f}`));
    expect(pngSize(readFileSync(join(dir, "out", "tiny.png")))).toEqual({ width: 3508, height: 2480 });
    expect(readFileSync(join(dir, "out", "tiny.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(join(dir, "out", "tiny.svg"), "utf8")).toMatch(/^<svg|^<\?xml/);
    expect(readFileSync(join(dir, "out", "tiny.md"), "utf8")).toContain("Weights are knobs");
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes only the selected formats, plus the report when asked", () => {
    const dir = setup();
    const r = run(["build", "tiny.sheet.md", "--format", "svg,png", "--dpi", "60", "--page", "16:9", "--report"], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["tiny.png", "tiny.report.json", "tiny.sheet.md", "tiny.svg"]);
    const report = JSON.parse(readFileSync(join(dir, "tiny.report.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["page", "rows", "panels", "warnings", "problems"]);
    const png = pngSize(readFileSync(join(dir, "tiny.png")));
    expect(report["page"]).toEqual(png);
    expect(png).toEqual({ width: 800, height: 450 });
    const panels = report["panels"] as Record<string, unknown>[];
    expect(panels.map((p) => p["id"])).toEqual(["alpha", "beta"]);
    expect(Object.keys(panels[0] ?? {})).toEqual(
      ["id", "title", "row", "x", "y", "width", "height", "fontPx", "minFontPx", "overflow", "nodes", "fill", "blocks"],
    );
  });

  it("never leaves a partial file when an output path is blocked", () => {
    const dir = setup();
    mkdirSync(join(dir, "tiny.png")); // a directory where the PNG should go
    const r = run(["build", "tiny.sheet.md", "--format", "svg,png,md", "--dpi", "30"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tiny\.png: cannot write \(a directory is in the way\)$/m);
    expect(r.stderr).not.toMatch(STACK);
    // All-or-nothing: the SVG and MD that rendered fine are not written either, and no temp file is left.
    expect(readdirSync(dir).sort()).toEqual(["tiny.png", "tiny.sheet.md"]);
    expect(readdirSync(join(dir, "tiny.png"))).toEqual([]);
  });

  it("refuses to overwrite its own input", () => {
    const dir = tmp();
    writeFileSync(join(dir, "tiny.md"), TINY_SHEET);
    const r = run(["build", "tiny.md", "--format", "md"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to overwrite the input/);
    expect(readFileSync(join(dir, "tiny.md"), "utf8")).toBe(TINY_SHEET);
  });

  it("-o with a format's extension writes that one file (and its report beside it)", () => {
    const dir = setup();
    const r = run(["build", "tiny.sheet.md", "-o", "prints/Tiny.PNG", "--dpi", "30", "--report"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual(["wrote prints/Tiny.PNG", "wrote prints/Tiny.report.json"]);
    expect(pngSize(readFileSync(join(dir, "prints", "Tiny.PNG")))).toEqual({ width: 351, height: 248 });
    // An existing folder of that name stays a folder.
    mkdirSync(join(dir, "v.svg"));
    expect(run(["build", "tiny.sheet.md", "-o", "v.svg", "--format", "svg"], dir).code).toBe(0);
    expect(readdirSync(join(dir, "v.svg"))).toEqual(["tiny.svg"]);
  });

  it("reads standard input given as -, naming it <stdin> and its outputs sheet", () => {
    const dir = tmp();
    const r = run(["build", "-", "-o", "out", "--format", "md,svg"], dir, TINY_SHEET);
    expect(r).toMatchObject({ code: 0, stdout: "wrote out/sheet.md\nwrote out/sheet.svg\n" });
    expect(readFileSync(join(dir, "out", "sheet.md"), "utf8")).toContain("Weights are knobs");
    expect(run(["import", "-"], dir, TINY_SHEET)).toMatchObject({ code: 0, stdout: "wrote sheet.sheet.md\n" });
    const bad = run(["check", "-"], dir, "");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^<stdin>:1: the file is empty/m);
  });

  it("check prints ok for a clean sheet and writes nothing", () => {
    const dir = setup();
    const r = run(["check", "tiny.sheet.md"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "tiny.sheet.md: ok\n" });
    expect(readdirSync(dir)).toEqual(["tiny.sheet.md"]);
  });

  it("check and build report overflow per panel; --allow-overflow draws anyway", () => {
    const dir = tmp();
    const long = Array.from({ length: 400 }, (_, i) => `- point number ${i} about weights and biases`).join("\n");
    writeFileSync(join(dir, "big.sheet.md"), TINY_SHEET.replace("- second point", `- second point\n${long}`));
    const c = run(["check", "big.sheet.md"], dir);
    expect(c.code).toBe(1);
    expect(c.stdout).toMatch(/^big\.sheet\.md: panel alpha: .*\d+ px/m);
    const b = run(["build", "big.sheet.md", "--format", "svg"], dir);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/panel alpha: content runs \d+ px past the panel/);
    expect(existsSync(join(dir, "big.svg"))).toBe(false);
    const a = run(["build", "big.sheet.md", "--format", "svg", "--allow-overflow"], dir);
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/warning: panel alpha/);
    expect(existsSync(join(dir, "big.svg"))).toBe(true);
  });

  it("import writes sheet Markdown that builds again", () => {
    const dir = setup();
    const r = run(["import", "tiny.sheet.md", "-o", "again.sheet.md"], dir);
    expect(r).toMatchObject({ code: 0, stdout: "wrote again.sheet.md\n" });
    expect(run(["check", "again.sheet.md"], dir).code).toBe(0);
  });
});
