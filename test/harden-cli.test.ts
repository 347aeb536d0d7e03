// The CLI's file safety as a user meets it: unwritable and odd output paths, files that are not ours,
// clashing output names, stale temp files, and an interrupted build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "./fixtures/list.js";
import { ensureDist } from "./setup-dist.js";
import { BIN, run, tmp as tmpIn, type Run } from "./cli-helpers.js";

const tmp = (): string => tmpIn("nanosheet-harden-");


function tiny(title: string): string {
  return `---\nnanosheet: 1\ntitle: ${title}\nlayout:\n  - { ratio: 14, title: true }\n  - { ratio: 86, panels: [alpha] }\n---\n\n## 🧠 Alpha\n\nWeights are knobs.\n\n- first point\n- second point\n`;
}




function oneLine(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(pattern);
  expect(r.stderr).not.toMatch(/internal error/);
}

beforeAll(() => ensureDist());

describe("output folders and paths", () => {
  it.runIf(existsSync("/proc/self"))("ends with one line for an output folder that cannot be created (-o /proc/x looped)", () => {
    const dir = tmp();
    writeFileSync(join(dir, "tiny.sheet.md"), tiny("Tiny"));
    oneLine(run(["build", "tiny.sheet.md", "-o", "/proc/x/y", "--format", "md"], dir), /^\/proc\/x\/y: cannot create the output folder \(\/proc does not accept new folders\)$/);
  });

  it("says -o names a file when it does (was 'a directory is in the way')", () => {
    const dir = tmp();
    writeFileSync(join(dir, "tiny.sheet.md"), tiny("Tiny"));
    writeFileSync(join(dir, "out"), "not a folder");
    oneLine(run(["build", "tiny.sheet.md", "-o", "out", "--format", "md"], dir), /^out: -o names a file, not a folder/);
    expect(readFileSync(join(dir, "out"), "utf8")).toBe("not a folder");
  });

  it("never replaces a symlink, FIFO or device at an output path", () => {
    const dir = tmp();
    writeFileSync(join(dir, "tiny.sheet.md"), tiny("Tiny"));
    const outside = join(tmp(), "precious.txt");
    writeFileSync(outside, "keep me");
    symlinkSync(outside, join(dir, "tiny.md"));
    oneLine(run(["build", "tiny.sheet.md", "--format", "md,svg"], dir), /^tiny\.md: cannot write \(it is a symbolic link; nanosheet replaces only regular files\)$/);
    expect(lstatSync(join(dir, "tiny.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside, "utf8")).toBe("keep me");
    expect(existsSync(join(dir, "tiny.svg"))).toBe(false);

    if (spawnSync("mkfifo", [join(dir, "fifo.sheet.md")]).status === 0) {
      writeFileSync(join(dir, "in.sheet.md"), tiny("In"));
      oneLine(run(["import", "in.sheet.md", "-o", "fifo.sheet.md"], dir), /^fifo\.sheet\.md: cannot write \(it is not a regular file/);
      expect(lstatSync(join(dir, "fifo.sheet.md")).isFIFO()).toBe(true);
    }
    if (existsSync("/dev/null")) {
      oneLine(run(["import", "tiny.sheet.md", "-o", "/dev/null"], dir), /^\/dev\/null: cannot write \(it is not a regular file/);
      expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    }
  });

  it("refuses two inputs with the same output name, naming both", () => {
    const dir = tmp();
    for (const sub of ["a", "b"]) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, "notes.sheet.md"), tiny(sub));
    }
    // More than one input is a series build, which refuses the clash before building anything (a usage error).
    const r = run(["build", "a/notes.sheet.md", "b/notes.sheet.md", "--format", "md"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\/notes\.sheet\.md and b\/notes\.sheet\.md would both write notes\.\*/);
    expect(readdirSync(dir).sort()).toEqual(["a", "b"]);
  });
});

describe("inputs the CLI reads", () => {
  it("refuses a 10 MB file by its size, before reading it", () => {
    const dir = tmp();
    writeFileSync(join(dir, "big.txt"), `# Source Text\n${"x".repeat(10_000_000)}\n`);
    oneLine(run(["check", "big.txt"], dir), /^big\.txt:1: the file is 10\.0 MB; nanosheet reads inputs of at most 1 MB/);
  });

  it("tells bytes that are not UTF-8 (on their line) from a U+FFFD character", () => {
    const dir = tmp();
    const text = tiny("Bytes");
    writeFileSync(join(dir, "bad.sheet.md"), Buffer.concat([Buffer.from(text.slice(0, text.indexOf("Weights"))), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(text.indexOf("Weights")))]));
    oneLine(run(["check", "bad.sheet.md"], dir), /^bad\.sheet\.md:11: this is not UTF-8 text/);
    writeFileSync(join(dir, "ok.sheet.md"), text.replace("knobs", "knobs \uFFFD"));
    const ok = run(["build", "ok.sheet.md", "--format", "md"], dir);
    expect(ok.stderr).not.toMatch(/binary|UTF-8/);
    expect(ok.code).toBe(0);
  });

  it("says a negative --dpi is a bad value, not a missing one", () => {
    const r = run(["build", "x.sheet.md", "--dpi", "-5"], tmp());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nanosheet: bad --dpi "-5" \(use a whole number from 24 to 1200\)$/m);
  });
});

describe("temp files", () => {
  it("sweeps temp files of ours left by dead processes, and leaves everything else", () => {
    const dir = tmp();
    writeFileSync(join(dir, "tiny.sheet.md"), tiny("Tiny"));
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    const stale = [`tiny.svg.${dead}.tmp`, `other.pdf.${dead}.tmp`];
    const kept = [`tiny.png.${process.pid}.tmp`, `notes.txt.${dead}.tmp`, `tiny.svg.${dead}.tmp.bak`];
    for (const f of [...stale, ...kept]) writeFileSync(join(dir, f), "");
    const r = run(["build", "tiny.sheet.md", "--format", "md,svg"], dir);
    expect(r.code).toBe(0);
    const left = readdirSync(dir);
    for (const f of stale) expect(left).not.toContain(f);
    for (const f of kept) expect(left).toContain(f);
  });

  it("on SIGINT or SIGTERM during the write removes its temp files and leaves all old or all new outputs", async () => {
    const dir = tmp();
    const ref = tmp();
    const args = (out: string) => ["build", "tiny.sheet.md", "-o", out, "--format", "md,svg,png,pdf", "--report"];
    // Old outputs in `out`, the new ones built once into `ref` to compare with.
    writeFileSync(join(dir, "tiny.sheet.md"), tiny("Old"));
    expect(run(args("out"), dir).code).toBe(0);
    writeFileSync(join(dir, "tiny.sheet.md"), tiny("New"));
    expect(run(args(ref), dir).code).toBe(0);
    const names = ["tiny.md", "tiny.svg", "tiny.png", "tiny.pdf", "tiny.report.json"];
    const snapshot = (folder: string) => names.map((n) => readFileSync(join(folder, n)).toString("base64"));
    const out = join(dir, "out");
    const old = snapshot(out);
    const fresh = snapshot(ref);
    expect(old).not.toEqual(fresh);

    let interrupted = 0;
    for (let attempt = 0; attempt < 6 && interrupted < 2; attempt++) {
      const sent: NodeJS.Signals = attempt % 2 === 0 ? "SIGINT" : "SIGTERM";
      if (attempt > 0 && snapshot(out).join() === fresh.join()) {
        writeFileSync(join(dir, "tiny.sheet.md"), tiny("Old"));
        expect(run(args("out"), dir).code).toBe(0);
        writeFileSync(join(dir, "tiny.sheet.md"), tiny("New"));
      }
      const before = snapshot(out);
      const child = spawn(process.execPath, [BIN, ...args("out")], { cwd: dir, stdio: "ignore" });
      let sawTemp = false;
      // Interrupt as soon as the first temp file appears, i.e. while the outputs are being written.
      const watcher = watch(out, (_event, name) => {
        if (!sawTemp && typeof name === "string" && name.endsWith(".tmp")) {
          sawTemp = true;
          child.kill(sent);
        }
      });
      const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.on("exit", (c, s) => done({ code: c, signal: s })),
      );
      watcher.close();
      expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      const after = snapshot(out);
      if (signal !== null) {
        expect(signal).toBe(sent);
        interrupted++;
        expect([before.join(), fresh.join()]).toContain(after.join());
      } else {
        expect(code).toBe(0);
        expect(after).toEqual(fresh);
      }
    }
    expect(interrupted).toBeGreaterThan(0);
  });
});
