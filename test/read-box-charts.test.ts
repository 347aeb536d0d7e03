// A Mermaid flowchart typed inside a box of the layout drawing is read by Mermaid's own parser, as a ```mermaid
// block of the plan is: whatever Mermaid accepts there draws here too, and where its grammar stops, the box's
// text goes on.
import { describe, expect, it } from "vitest";
import type { Flowchart, Sheet } from "../src/model/sheet.js";
import { readSheet } from "../src/read/index.js";
import { readPromptDocument } from "../src/read/prompt/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { panel, promptDoc } from "./read-helpers.js";

/** A title over 🔁 LOOP, whose box holds the given lines, and 📌 NOTES. */
const withLoop = (lines: string[]): string[] => [
  "+------------------------------------------------------+",
  "| 🍌 TITLE 🍌                                          |",
  "+------------------------------------------------------+",
  "+---------------------------------------+ +------------+",
  "| 🔁 LOOP                               | | 📌 NOTES   |",
  ...lines.map((l) => `| ${l.padEnd(37)} | |            |`),
  "+---------------------------------------+ +------------+",
];
const PLAN = ["## 🔁 Loop", "- one problem, many tries", "## 📌 Notes", "- the end"];
const read = (lines: string[]) => readSheet(promptDoc(withLoop(lines), PLAN));
const chartOf = (sheet: Sheet): Flowchart | undefined => panel(sheet, /LOOP/).blocks.find((b): b is Flowchart => b.kind === "flowchart");
const leads = (sheet: Sheet): string[] => panel(sheet, /LOOP/).lead.map(richText);
const edges = (c: Flowchart | undefined): string[] => (c?.edges ?? []).map((e) => `${e.from}>${e.to}${e.label ? `|${e.label}` : ""}`);

describe("a Mermaid chart typed in a box", () => {
  it("reads what Mermaid reads: classes, classDefs, subgraphs, text on a link, circle heads", async () => {
    const { sheet } = await read([
      "flowchart TD",
      "  subgraph G [Sampling]",
      "    P[Problem]:::hot -- sample --> S[15 tries]",
      "  end",
      "  S --o C{Right?}",
      "  C -->|yes| T([Train on it])",
      "  classDef hot fill:#fff3bf",
    ]);
    const chart = chartOf(sheet);
    expect(chart?.direction).toBe("TB");
    expect(edges(chart)).toEqual(["P>S|sample", "S>C", "C>T|yes"]);
    expect(chart?.nodes.find((n) => n.id === "P")?.classes).toEqual(["hot"]);
    expect(chart?.nodes.find((n) => n.id === "T")?.shape).toBe("stadium");
    expect(chart?.classDefs?.map((c) => c.name)).toEqual(["hot"]);
    expect(chart?.subgraphs?.map((g) => `${g.id}:${g.label}:${[...g.nodes].sort().join(",")}`)).toEqual(["G:Sampling:P,S"]);
    expect(leads(sheet).join("\n")).not.toMatch(/flowchart|-->|classDef/);
  });

  it("ends where Mermaid's grammar stops, the lines under it kept as text with a warning", async () => {
    const { sheet, warnings } = await read(["graph LR", "  A[ask] --> B[answer]", "only right answers are kept"]);
    expect(edges(chartOf(sheet))).toEqual(["A>B"]);
    expect(leads(sheet)).toEqual(["only right answers are kept"]);
    expect(warnings.join("\n")).toMatch(/line 10: the box's chart ends above this line/);
  });

  it("leaves a bare word under the chart as text, not a node no link reaches", async () => {
    const { sheet } = await read(["graph LR", "  A --> B", "done"]);
    expect(chartOf(sheet)?.nodes.map((n) => n.id)).toEqual(["A", "B"]);
    expect(leads(sheet)).toEqual(["done"]);
  });

  it("takes a ```mermaid fence pasted around it with it", async () => {
    const { sheet } = await read(["```mermaid", "graph LR", "  A --> B", "```", "only right answers count"]);
    expect(edges(chartOf(sheet))).toEqual(["A>B"]);
    expect(leads(sheet)).toEqual(["only right answers count"]);
  });

  it("is kept as text, with one warning, when the reader is called without the pass that parses it", () => {
    const { sheet, warnings } = readPromptDocument(promptDoc(withLoop(["graph LR", "  A --> B"]), PLAN));
    expect(chartOf(sheet)).toBeUndefined();
    expect(leads(sheet)).toContain("A --> B");
    expect(warnings.filter((w) => /chart was not parsed/.test(w))).toEqual(["line 8: this box's `graph LR` chart was not parsed (read the document with readSheet); its lines are kept as text"]);
  });

  it("of 2,000 links gives Mermaid's one error at its first line", async () => {
    const links = Array.from({ length: 2000 }, (_, k) => `  N${k} --> N${k + 1}`);
    await expect(read(["graph LR", ...links])).rejects.toThrow(expect.objectContaining({ message: expect.stringMatching(/Edge limit exceeded.*in a chart typed in a box/), where: expect.objectContaining({ line: 8 }) }));
  });
});
