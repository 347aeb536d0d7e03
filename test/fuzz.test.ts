// Seeded fuzzing: every fixture (good and bad) mutated about a thousand times in total. Through the library
// in-process, each mutant must build or fail with an InputError/RenderError whose message is one line naming
// the file; through the CLI, a sample must exit 0, 1 or 2 with no "internal error" and every message naming
// the file. The seed is fixed, so a failure names a mutant that reproduces.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSheet } from "../src/build.js";
import { InputError, RenderError } from "../src/errors.js";
import { FIXTURES_DIR, ROOT_DIR, fixtures } from "./fixtures/list.js";
import { ensureDist } from "./setup-dist.js";
import { rng } from "./random.js";

/** A fixed budget spread over the fixtures, at least two each, so the run stays near the same length as chapters are
 * added (ten a fixture took a third of the suite's time at 200 fixtures). */
const MUTANT_BUDGET = 1000;
const MIN_PER_FIXTURE = 2;
const CLI_SAMPLE = 8;


const SNIPPETS = [
  "---", "```", "```mermaid\nflowchart LR\n  a --> b\n```", "```mermaid\nmindmap\n  r\n    c\n```", "| a | b |\n|---|---|\n| 1 | 2 |",
  "%%{init: {}}%%", "classDef x fill:#zzz", "&", '"', "<script>", "\r", "\t", "\uFFFD", "🍌", "신경망", "- ", "> ", "## ", "# ",
  "1e308", "-10%", "10e5%", "<!-- id: a -->", "*a", "&a [1]", "subgraph s", "end", "\\", "$$", "[x](javascript:alert(1))",
];

/** Inputs that once hung or crashed the tool, generated so the fuzzer keeps meeting them. */
const HOSTILE: ((rand: () => number) => string)[] = [
  () => "style: { maxFontPx: 1e308 }",
  () => `a: &a [x, x, x, x, x, x, x, x, x]\n${["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`).join("\n")}`,
  () => 'sourceUrl: "javascript:alert(3)"',
  (rand) => `\`\`\`mermaid\nmindmap\n  root\n${Array.from({ length: 100 + Math.floor(rand() * 900) }, (_, i) => `${" ".repeat(3 + i)}n${i}`).join("\n")}\n\`\`\``,
  (rand) => `\`\`\`mermaid\nflowchart LR\n${"subgraph s\n".repeat(100 + Math.floor(rand() * 400))}a --> b\n\`\`\``,
  () => "```mermaid\n%%{init: {'theme': 'dark'}}%%\nflowchart LR\n  a[A]:::x --> b\n  classDef x color:a&b,stroke-width:1e308px\n```",
  (rand) => Array.from({ length: 100 + Math.floor(rand() * 300) }, (_, i) => `${"  ".repeat(i)}- x`).join("\n"),
  (rand) => Array.from({ length: 200 + Math.floor(rand() * 800) }, (_, i) => `- item ${i}`).join("\n"),
  // A deeply indented line in a text fence, read as a possible text tree (its lead once tried every grouping).
  (rand) => `\`\`\`text\nroot\n${" ".repeat(40 + Math.floor(rand() * 60))}> "a quote"\n\`\`\``,
];

/** One random edit of the text. */
function mutate(text: string, rand: () => number): string {
  const lines = text.split("\n");
  const at = () => Math.floor(rand() * lines.length);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  switch (Math.floor(rand() * 10)) {
    case 9: // a hostile snippet on its own line, in the frontmatter or the body
      lines.splice(rand() < 0.3 ? Math.min(2, lines.length) : at(), 0, pick(HOSTILE)(rand));
      break;
    case 0: // delete a run of lines
      lines.splice(at(), 1 + Math.floor(rand() * 6));
      break;
    case 1: // duplicate a line many times
      {
        const i = at();
        lines.splice(i, 0, ...Array<string>(1 + Math.floor(rand() * 300)).fill(lines[i] ?? ""));
      }
      break;
    case 2: // swap two lines
      {
        const i = at();
        const j = at();
        [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
      }
      break;
    case 3: // insert a snippet mid-line
      {
        const i = at();
        const l = lines[i] ?? "";
        const k = Math.floor(rand() * (l.length + 1));
        lines[i] = l.slice(0, k) + pick(SNIPPETS) + l.slice(k);
      }
      break;
    case 4: // insert a snippet as its own line
      lines.splice(at(), 0, pick(SNIPPETS));
      break;
    case 5: // truncate
      return text.slice(0, Math.floor(rand() * text.length));
    case 6: // numbers to extremes
      return text.replace(/\d+(\.\d+)?/g, (m) => (rand() < 0.15 ? pick(["0", "-5", "1e308", "99999", "0.0001", "NaN"]) : m));
    case 7: // indent a line deeply
      {
        const i = at();
        lines[i] = " ".repeat(Math.floor(rand() * 80)) + (lines[i] ?? "");
      }
      break;
    default: // delete a random span of characters
      {
        const a = Math.floor(rand() * text.length);
        return text.slice(0, a) + text.slice(a + Math.floor(rand() * 200));
      }
  }
  return lines.join("\n");
}

interface Input {
  name: string;
  text: string;
}

const BAD_DIR = join(FIXTURES_DIR, "bad");
const EXAMPLES = join(ROOT_DIR, "examples");
const originals: Input[] = [
  ...fixtures().map((f) => ({ name: `${f.name}${f.kind === "sheet" ? ".sheet.md" : ".txt"}`, text: f.text })),
  ...readdirSync(BAD_DIR).sort().map((f) => ({ name: f, text: readFileSync(join(BAD_DIR, f), "utf8") })),
  ...readdirSync(EXAMPLES).sort().map((f) => ({ name: f, text: readFileSync(join(EXAMPLES, f), "utf8") })),
];

/** Every fixture, each mutated 1–3 times per mutant, from one fixed seed. */
function mutants(): Input[] {
  const rand = rng(20261203);
  const perFixture = Math.max(MIN_PER_FIXTURE, Math.floor(MUTANT_BUDGET / originals.length));
  const out: Input[] = [];
  for (const o of originals) {
    for (let k = 0; k < perFixture; k++) {
      let text = o.text;
      const edits = 1 + Math.floor(rand() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, rand);
      out.push({ name: `m${k}-${o.name}`, text });
    }
  }
  return out;
}

const ALL = mutants();

describe("fuzz", () => {
  beforeAll(() => ensureDist());

  it(`mutates every fixture (${ALL.length} mutants): a build or one typed error line naming the file`, async () => {
    expect(ALL.length).toBeGreaterThanOrEqual(200);
    const outcomes = { built: 0, input: 0, render: 0 };
    for (const m of ALL) {
      try {
        await buildSheet(m.text, { file: m.name, formats: ["md", "svg"] });
        outcomes.built++;
      } catch (err) {
        if (err instanceof InputError) {
          outcomes.input++;
          expect(err.format(), m.name).toMatch(new RegExp(`^${m.name.replace(/\./g, "\\.")}(:\\d+)*: `));
          expect(err.format(), m.name).not.toMatch(/\n/);
        } else if (err instanceof RenderError) {
          outcomes.render++;
          expect(err.message, m.name).toMatch(new RegExp(`^${m.name.replace(/\./g, "\\.")}: `));
          expect(err.message, m.name).not.toMatch(/\n/);
        } else {
          throw new Error(`${m.name}: untyped error (the CLI would print "internal error"): ${String(err)}`);
        }
      }
    }
    // The mutants reach past the first checks: some build, some fail in reading, some in layout.
    expect(outcomes.built).toBeGreaterThan(0);
    expect(outcomes.input).toBeGreaterThan(0);
    // The budget keeps the run near five minutes on a quiet machine (~0.3 s a mutant); a shared machine under heavy
    // load took 2.3 s a mutant, so the ceiling allows that and still catches a hang.
  }, Math.max(300_000, ALL.length * 3_000));

  it(`through the CLI, a sample of ${CLI_SAMPLE} mutants exits 0, 1 or 2, every message naming the file`, () => {
    const dir = mkdtempSync(join(tmpdir(), "nanosheet-fuzz-"));
    const rand = rng(7);
    const sample = Array.from({ length: CLI_SAMPLE }, () => ALL[Math.floor(rand() * ALL.length)]!);
    for (const [i, m] of sample.entries()) {
      writeFileSync(join(dir, m.name), m.text);
      const args = i % 3 === 0 ? ["build", m.name, "-o", "out"] : i % 3 === 1 ? ["check", m.name] : ["build", m.name, "-o", "out", "--format", "md,svg"];
      const r = spawnSync(process.execPath, [join(ROOT_DIR, "bin", "nanosheet.js"), ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
      expect([0, 1, 2], `${m.name}: ${r.stderr}`).toContain(r.status);
      expect(r.stderr, m.name).not.toMatch(/internal error/);
      // Messages and warnings name the file; RenderError's problem list follows its line, indented.
      for (const line of r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("  "))) expect(line, m.name).toMatch(new RegExp(`^${m.name.replace(/\./g, "\\.")}[:]`));
    }
  }, 300_000);
});
