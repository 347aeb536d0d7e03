// `import` and `check` on a prompt document whose plan uses the less common forms: the reading is written
// out with every panel's id, and every assumption is listed with its line.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "./setup-dist.js";
import { run } from "./cli-helpers.js";


const DOC = [
  "# Source Text",
  "---",
  'title: "Sampling"',
  "---",
  "",
  "## Sampling",
  "",
  "The model predicts one token at a time.",
  "",
  "# Output Structure Plan",
  "",
  "## 1. 🔁 Generation Loop (Flowchart)",
  "- Prefix → Model → Sample → back to Start",
  "",
  "## 2. 🧮 The Loop in Code",
  "How the loop is usually written:",
  "",
  "```python",
  "while True:",
  "    ids.append(sample(model(ids)))",
  "```",
  "",
  "## 3. 🗺️ Overview (Mind Map)",
  "```mermaid",
  "mindmap",
  "  root((Sampling))",
  "    Temperature",
  "    Top-k",
  "```",
  "",
].join("\n");


beforeAll(() => ensureDist());

describe("import and check on a prompt document's plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "nanosheet-plan-"));
  writeFileSync(join(dir, "ch.txt"), DOC);

  it("import writes the reading: every panel with its id, the mermaid and the code as written", () => {
    const r = run(["import", "ch.txt"], dir);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "ch.sheet.md"), "utf8");
    const headings = md.split("\n").filter((l) => /^## /.test(l) && !/Source|원문/.test(l));
    const ids = [...md.matchAll(/^<!-- id: ([a-z0-9-]+) -->$/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(headings.length);
    expect(md).toMatch(/```python\nwhile True:\n {4}ids\.append\(sample\(model\(ids\)\)\)\n```/);
    expect(md).toContain("How the loop is usually written:\n\n```python");
    expect(md).toMatch(/```mermaid\nmindmap\n/);
    // The file it wrote reads back and checks clean: the reading is a sheet of its own.
    const again = run(["check", "ch.sheet.md"], dir);
    expect(again.code).toBe(0);
  });

  it("check lists each assumption with its line", () => {
    const r = run(["check", "ch.txt"], dir);
    const warnings = r.stderr.split("\n").filter((l) => l.includes("warning:"));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    for (const w of warnings) expect(w).toMatch(/^ch\.txt: warning: (line \d+: |panel )/);
    const loopLine = DOC.split("\n").findIndex((l) => l.includes("back to Start")) + 1;
    expect(warnings).toContainEqual(expect.stringContaining(`line ${loopLine}: "back to Start" returns to a step not in the chain`));
    expect(warnings.some((w) => /no # Layout Structure section/.test(w))).toBe(true);
  });
});
