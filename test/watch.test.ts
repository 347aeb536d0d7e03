// `nanosheet build --watch` as a user runs it: a temp copy of a fixture, saved good, broken and fixed.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { ensureDist } from "./setup-dist.js";
import { BIN, start, type Running } from "./serve-helpers.js";

const FIXTURE = join(FIXTURES_DIR, "sheets", "inference.sheet.md");
let dir: string;
let watch: Running;

beforeAll(() => {
  ensureDist();
  dir = mkdtempSync(join(tmpdir(), "nanosheet-watch-"));
  copyFileSync(FIXTURE, join(dir, "chapter.sheet.md"));
});
afterAll(() => {
  if (watch && watch.child.exitCode === null) watch.child.kill("SIGKILL");
});

describe("build --watch", () => {
  it("rebuilds on every save with one line and its time, goes on after an input error, stops on Ctrl-C", async () => {
    watch = start(["build", "chapter.sheet.md", "-o", "out", "--format", "md", "--watch"], dir);
    await watch.waitFor(/watching 1 input/);
    expect(watch.out()).toMatch(/^wrote out\/chapter\.md$/m);
    const text = readFileSync(FIXTURE, "utf8");

    let at = watch.out().length;
    writeFileSync(join(dir, "chapter.sheet.md"), text.replace("6. Inference", "6. Inference, edited"));
    const line = await watch.waitFor(/^\d\d:\d\d:\d\d rebuilt chapter\.sheet\.md in \d+ ms → out\/chapter\.md\n/m, at);
    expect(line).toBeTruthy();
    expect(readFileSync(join(dir, "out", "chapter.md"), "utf8")).toContain("6. Inference, edited");

    at = watch.out().length;
    writeFileSync(join(dir, "chapter.sheet.md"), text.replace("page: a4", "page: a4\nbogus: 1"));
    await watch.waitFor(/^\d\d:\d\d:\d\d chapter\.sheet\.md failed after \d+ ms: chapter\.sheet\.md:10: unknown frontmatter key 'bogus'/m, at);
    // The last good output stays.
    expect(readFileSync(join(dir, "out", "chapter.md"), "utf8")).toContain("6. Inference, edited");

    at = watch.out().length;
    writeFileSync(join(dir, "chapter.sheet.md"), text);
    await watch.waitFor(/rebuilt chapter\.sheet\.md in \d+ ms/, at);
    expect(readFileSync(join(dir, "out", "chapter.md"), "utf8")).not.toContain("edited");
    expect(watch.child.exitCode).toBeNull();

    watch.child.kill("SIGINT");
    expect(await watch.exited).toBe(0);
  });
});

describe("serve and --watch on the command line", () => {
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });

  it("documents both in the help", () => {
    expect(run(["--help"]).stdout).toMatch(/nanosheet serve <file\|folder>/);
    expect(run(["serve", "--help"]).stdout).toMatch(/^usage: nanosheet serve <file\|folder> \[--port 4173\] \[--open\]/);
    expect(run(["build", "--help"]).stdout).toMatch(/--watch /);
  });

  it("rejects a bad port or a missing input in one line", () => {
    const port = run(["serve", "chapter.sheet.md", "--port", "http"]);
    expect([port.status, port.stderr.split("\n")[0]]).toEqual([2, 'nanosheet: bad --port "http" (use a number from 0 to 65535; 0 picks a free one)']);
    const missing = run(["serve", "nope.sheet.md"]);
    expect([missing.status, missing.stderr]).toEqual([1, "nope.sheet.md: cannot read (no such file or directory)\n"]);
  });
});
