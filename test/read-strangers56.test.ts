// Chapters written by others, read as their writers meant: a multimodality chapter pasted as it sits in the
// Python script that sends it to an image API — a `payload = {…}` request body under a comment line, the whole
// prompt one JSON string (`\n` newlines, `\"` quotes, a few `\uXXXX` escapes for emoji and Hangul) — whose drawing
// sketches a spectrogram in lower eighth blocks (`▁▃▅▇▅▃▁`).
// Each rule is tested on a small input of its own and on the fixture that brought it up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { drawnForm, missingGlyphs } from "../src/fonts/measure.js";
import { panelsOf, type Sheet } from "../src/model/sheet.js";
import { detectInputKind, readSheet } from "../src/read/index.js";
import { readPromptDocument } from "../src/read/prompt/index.js";
import { requestBody } from "../src/read/prompt/request-body.js";
import { kinds, panel, promptDoc, titles, TWO_BOXES } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const NAME = "multimodality-python-json-request-body";
const fixture = (): string => readFileSync(join(FIXTURES_DIR, "prompts", `${NAME}.txt`), "utf8");
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const PLAN = ["## 🅰️ Alpha", "- one", "## 🅱️ Beta", "- two", "## 📌 Takeaways", "- four"];
const DOC = promptDoc(TWO_BOXES, PLAN);
/** The document as a script's request body: a comment, `payload = `, the prompt one JSON string. */
const asPayload = (doc: string): string =>
  `# prompt for chapter 3\npayload = {\n    "model": "gemini-2.5-flash-image",\n    "contents": [{"parts": [{"text": ${JSON.stringify(doc)}}]}],\n    "generationConfig": {"responseModalities": ["IMAGE"]}\n}\n`;

describe("a prompt pasted as the JSON string of an API request body", () => {
  it("is told a prompt by the document the string holds, and read as it", async () => {
    const text = asPayload(DOC);
    expect(detectInputKind(text)).toBe("prompt");
    const { sheet, warnings } = await readSheet(text);
    expect(panelsOf(sheet).map((p) => p.title)).toEqual(panelsOf(readPromptDocument(DOC).sheet).map((p) => p.title));
    expect(warnings[0]).toMatch(/^line 4: the prompt is the "text" string of a JSON request body for gemini-2\.5-flash-image; read as the text it decodes to/);
  });

  it("names the string's line in every note, the prompt's own line after it", () => {
    const plain = readPromptDocument(DOC).warnings;
    const wrapped = readPromptDocument(asPayload(DOC)).warnings.slice(1);
    expect(wrapped).toEqual(plain.map((w) => w.replace(/^line (\d+): /, "line 4: (prompt line $1) ")));
    expect(wrapped.some((w) => w.includes("(prompt line"))).toBe(true);
  });

  it("moves an error about the prompt to the string's line too", () => {
    const tooMany = promptDoc(["+" + "--+".repeat(110), "|" + " x|".repeat(110), "+" + "--+".repeat(110)], PLAN);
    let plainLine: number | undefined;
    try {
      readPromptDocument(tooMany);
    } catch (e) {
      plainLine = (e as InputError).where.line;
    }
    expect(plainLine).toBeGreaterThan(0);
    try {
      readPromptDocument(asPayload(tooMany));
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).where.line).toBe(4);
      expect((e as InputError).message).toMatch(new RegExp(`^\\(prompt line ${plainLine}\\) `));
    }
  });

  it("decodes a string a script wrote by hand, with Python's \\' and \\xHH", () => {
    const body = requestBody(`prompt = {"text": "# Layout Structure\\nit\\'s\\n\\xe9t\\xe9\\nfour\\nfive"}`);
    expect(body?.text).toBe("# Layout Structure\nit's\nété\nfour\nfive");
    expect(body?.key).toBe("text");
  });

  it("leaves alone a document that only shows a request body among its own lines", () => {
    const shown = promptDoc(TWO_BOXES, [...PLAN, "```json", `{"contents": [{"parts": [{"text": "a\\nb\\nc\\nd\\ne"}]}]}`, "```"]);
    expect(requestBody(shown)).toBeUndefined();
    expect(readPromptDocument(shown).warnings.some((w) => /request body/.test(w))).toBe(false);
  });

  it("reads a long hostile string", () => {
    const long = asPayload(Array.from({ length: 2000 }, (_, i) => `| "x\\" ${i} \\\\ | ▁▃ |`).join("\n"));
    expect(requestBody(long)?.text.split("\n").length).toBe(2000);
    expect(requestBody(`"${'\\"'.repeat(50000)}`)).toBeUndefined();
  });
});

describe("a sketch typed in lower eighth blocks", () => {
  it("is drawn in the nearest heights a face has, never as tofu", () => {
    expect(missingGlyphs("▁▂▃▄▅▆▇█")).toEqual([]);
    expect(["▁", "▂", "▃", "▅", "▆", "▇"].map(drawnForm)).toEqual(["_", "▄", "▄", "█", "█", "█"]);
  });
});

describe(`the ${NAME} fixture`, () => {
  it("is read as the prompt its string holds: rows, titles, ratios and widths", async () => {
    const { sheet, warnings } = await readSheet(fixture(), { file: `${NAME}.txt` });
    expect(sheet.meta.title).toMatch(/^14\. Multimodality: Audio & Images as Tokens/);
    expect(sheet.meta.banner).toMatch(/MULTIMODALITY — 소리도 그림도 다 TOKENS/);
    expect(titles(sheet).slice(1)).toEqual([
      ["AUDIO → TOKENS", "IMAGES → TOKENS"],
      ["ADVANCED VOICE vs FAKE VOICE", "NOTEBOOKLM PODCAST"],
      ["IMAGE INPUT", "IMAGE OUTPUT", "TAKEAWAYS"],
    ]);
    expect(ratios(sheet)).toEqual([8, 32, 27, 33]);
    expect(warnings[0]).toMatch(/^line 4: the prompt is the "text" string of a JSON request body for gemini-2\.5-flash-image/);
    expect(warnings.slice(1).every((w) => w.startsWith("line 4: (prompt line "))).toBe(true);
  });

  it("keeps each section's quote, table and diagram in its panel", async () => {
    const { sheet } = await readSheet(fixture());
    expect(kinds(panel(sheet, /^AUDIO/))).toEqual(["bullets", "quote"]);
    expect(kinds(panel(sheet, /^IMAGES/))).toEqual(["bullets", "flowchart"]);
    expect(kinds(panel(sheet, /^ADVANCED VOICE/))).toEqual(["table", "quote"]);
    expect(kinds(panel(sheet, /^IMAGE OUTPUT/))).toEqual(["flowchart", "quote"]);
    const quote = panel(sheet, /^ADVANCED VOICE/).blocks.find((b) => b.kind === "quote");
    expect(quote && quote.kind === "quote" ? quote.text.map((r) => r.text).join("") : "").toBe("In advanced voice mode the model is actually handling audio natively, there's no text in between");
    // The \u2014 escape decoded: the dash is in the quote as written.
    const out = panel(sheet, /^IMAGE OUTPUT/).blocks.find((b) => b.kind === "quote");
    expect(out && out.kind === "quote" ? out.text.map((r) => r.text).join("") : "").toMatch(/inside the model — it writes a caption/);
  });
});
