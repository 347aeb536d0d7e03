// Inline Markdown through every stage: both readers give each mark (italic, code, strike, links) as Span fields
// and warn, with the line, about what is not drawn; wrapping keeps marked words whole; the SVG slants, links and
// sets code on fixed advances; the PDF has a link annotation per linked run; the Markdown writers keep it all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drawSvg } from "../src/draw/index.js";
import { toMarkdown, toSheetMarkdown } from "../src/export/markdown.js";
import { renderPdf } from "../src/export/pdf.js";
import { MONO_CELL_EM, monoWidth, textWidth } from "../src/fonts/measure.js";
import { layoutCode } from "../src/blocks/code/layout.js";
import { layoutSheet } from "../src/layout/index.js";
import { lineMarks, longestWordWidth, wrapRich } from "../src/layout/wrap.js";
import type { TextMark } from "../src/model/positioned.js";
import { panelsOf, type Block, type Panel, type Rich, type Sheet } from "../src/model/sheet.js";
import { readSheetMarkdown } from "../src/read/markdown/index.js";
import { readPromptDocument } from "../src/read/prompt/index.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

const SHEET_PATH = join(FIXTURES_DIR, "sheets", "tokenizer-api.sheet.md");
const SHEET_TEXT = readFileSync(SHEET_PATH, "utf8");
const PROMPT_TEXT = readFileSync(join(FIXTURES_DIR, "prompts", "tokenization.txt"), "utf8");

const panel = (sheet: Sheet, id: string): Panel => {
  const p = panelsOf(sheet).find((x) => x.id === id);
  if (!p) throw new Error(`no panel ${id}`);
  return p;
};
const blockOf = <K extends Block["kind"]>(p: Panel, kind: K): Extract<Block, { kind: K }> => {
  const b = p.blocks.find((x): x is Extract<Block, { kind: K }> => x.kind === kind);
  if (!b) throw new Error(`no ${kind} in ${p.id}`);
  return b;
};
const spanWith = (rich: Rich, text: string) => rich.find((s) => s.text === text);
const lineNo = (doc: string, needle: string): number => doc.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("sheet Markdown reader", () => {
  it("reads every mark in lead lines, table cells, paragraphs, lists and quotes, with no warning", async () => {
    const { sheet, warnings } = await readSheetMarkdown(SHEET_TEXT);
    expect(warnings).toEqual([]);
    const enc = panel(sheet, "encode-decode");
    expect(enc.lead[0]?.[0]).toEqual({ text: 'enc.encode("hello world")', code: true });
    expect(spanWith(enc.lead[1]!, "텍스트")).toEqual({ text: "텍스트", italic: true });
    const table = blockOf(enc, "table");
    expect(table.rows[0]?.[1]).toEqual([{ text: "list[int]", code: true }]);
    expect(table.rows[2]?.[2]).toEqual([
      { text: "글자 수", strike: true }, { text: " 가 아니라 " }, { text: "토큰 수", bold: true }, { text: "로 과금" },
    ]);
    expect(spanWith(blockOf(enc, "paragraph").text, "one to three")).toEqual({ text: "one to three", italic: true });
    const links = blockOf(panel(sheet, "read-more"), "bullets").items.map((i) => i[0]);
    expect(links).toEqual([
      { text: "tiktoken on GitHub", href: "https://github.com/openai/tiktoken" },
      { text: "minbpe", href: "https://github.com/karpathy/minbpe" },
      { text: "질문은 " },
    ]);
    expect(blockOf(panel(sheet, "read-more"), "bullets").items[2]?.[1]).toEqual({ text: "메일로", href: "mailto:lectures@example.com" });
    const quote = blockOf(panel(sheet, "quote"), "quote");
    expect(spanWith(quote.text, "weirdness")).toEqual({ text: "weirdness", italic: true });
    expect(quote.cite).toBe("Andrej Karpathy");
  });

  it("keeps the text of what it does not draw and names each line", async () => {
    const md = SHEET_TEXT.replace(
      "- 질문은 [메일로](mailto:lectures@example.com)",
      "- 질문은 [메일로](mailto:lectures@example.com)\n- ![vocab chart](vocab.png) <u>raw</u> $x^2$ [run me](javascript:alert(1))\n- <s>로 시작, <eos>로 끝: <span>토큰</span> <b>굵게</b>",
    );
    const at = lineNo(md, "![vocab chart]");
    const { sheet, warnings } = await readSheetMarkdown(md);
    const item = blockOf(panel(sheet, "read-more"), "bullets").items[3]!;
    // TeX math is written out in symbols a face draws: no warning.
    expect(item).toEqual([{ text: "vocab chart raw x² run me" }]);
    // Special tokens in angle brackets are text; only a known element with both its tags is HTML.
    const tokens = blockOf(panel(sheet, "read-more"), "bullets").items[4]!;
    // `<b>…</b>` means bold, as `**…**` does.
    expect(tokens).toEqual([{ text: "<s>로 시작, <eos>로 끝: 토큰 " }, { text: "굵게", bold: true }]);
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^line ${at}: an image is not drawn.*"vocab chart"`)),
      expect.stringMatching(new RegExp(`^line ${at}: raw HTML <u> is not drawn`)),
      expect.stringMatching(new RegExp(`^line ${at}: the link to "javascript:alert\\(1\\)" is drawn as plain text`)),
      expect.stringMatching(new RegExp(`^line ${at + 1}: raw HTML <span> is not drawn`)),
    ]);
  });
});

describe("prompt document reader", () => {
  // The tokenization fixture with inline Markdown written into its diagram, a bullet and a table cell.
  const diagramLine = "try it yourself on tiktokenizer";
  const marked = "*try* `tiktoken` ~~now~~";
  const doc = PROMPT_TEXT.replace(diagramLine, marked.padEnd(diagramLine.length))
    .replace('- Numbers split unevenly: 1234 may become "123" + "4"', "- *Numbers* split unevenly: `1234` → ~~one token~~ [two tokens](https://tiktokenizer.vercel.app)\n- Also ![a pic](x.png), <u>raw</u>, $x^2$ and [bad](javascript:alert(1))\n- Then <b>bold</b>, <em>slanted</em> and <del>gone</del>")
    .replace('| "th" + "e" → "the" |', '| `"th" + "e"` → ~~"t"~~ *"the"* |');

  it("reads each mark from plan bullets, table cells and the diagram's lines", () => {
    const { sheet } = readPromptDocument(doc);
    const all = panelsOf(sheet);
    const items = all.flatMap((p) => p.blocks.flatMap((b) => (b.kind === "bullets" ? b.items : [])));
    const numbers = items.find((i) => i.some((s) => s.text === "Numbers"));
    expect(numbers).toEqual([
      { text: "Numbers", italic: true }, { text: " split unevenly: " }, { text: "1234", code: true }, { text: " → " },
      { text: "one token", strike: true }, { text: " " }, { text: "two tokens", href: "https://tiktokenizer.vercel.app" },
    ]);
    const table = all.flatMap((p) => p.blocks).find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table")!;
    const bpe = table.rows.find((r) => r[0]?.some((s) => s.text.includes("BPE")));
    expect(bpe?.[2]).toEqual([{ text: '"th" + "e"', code: true }, { text: " → " }, { text: '"t"', strike: true }, { text: " " }, { text: '"the"', italic: true }]);
    const lead = all.flatMap((p) => p.lead).find((l) => l.some((s) => s.text === "tiktoken"));
    expect(lead).toEqual([{ text: "try", italic: true }, { text: " " }, { text: "tiktoken", code: true }, { text: " " }, { text: "now", strike: true }]);
  });

  it("warns with the line about images, raw HTML and unsafe links, keeping their text; math is written out", () => {
    const { sheet, warnings } = readPromptDocument(doc);
    const at = lineNo(doc, "![a pic]");
    for (const what of ["an image is not drawn", "raw HTML <u>", 'the link to "javascript:alert(1)"']) {
      expect(warnings.some((w) => w.startsWith(`line ${at}: ${what}`)), what).toBe(true);
    }
    const also = panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "bullets" ? b.items : []))).find((i) => i[0]?.text.startsWith("Also"));
    expect(also).toEqual([{ text: "Also a pic, raw, x² and bad" }]);
    expect(warnings.filter((w) => /math/.test(w))).toEqual([]);
    // The elements that mean our marks are drawn as those marks, without a warning.
    const then = panelsOf(sheet).flatMap((p) => p.blocks.flatMap((b) => (b.kind === "bullets" ? b.items : []))).find((i) => i[0]?.text.startsWith("Then"));
    expect(then).toEqual([{ text: "Then " }, { text: "bold", bold: true }, { text: ", " }, { text: "slanted", italic: true }, { text: " and " }, { text: "gone", strike: true }]);
    expect(warnings.filter((w) => w.startsWith(`line ${at + 1}:`))).toEqual([]);
  });

  it("warns about inline Markdown it does not draw inside the layout diagram, naming the diagram's line", () => {
    const text = PROMPT_TEXT.replace("with an integer ID  ", "<u>an</u> integer ID");
    const at = lineNo(text, "<u>an</u>");
    const { warnings } = readPromptDocument(text);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^line ${at}: raw HTML <u> is not drawn`)));
  });

  it("keeps a quote's marks from the Output Style and warns when a link lands in a mind-map label", () => {
    const text = PROMPT_TEXT.replace('"Think of tokens as the atoms of the model\'s world"', '"Think of *tokens* as the `atoms` of the model\'s world"')
      .replace('Vocabulary → "~100K tokens", "token IDs"', 'Vocabulary → "~100K tokens", "[token IDs](https://platform.openai.com/tokenizer)"');
    const { sheet, warnings } = readPromptDocument(text);
    const quote = panelsOf(sheet).flatMap((p) => p.blocks).find((b): b is Extract<Block, { kind: "quote" }> => b.kind === "quote" && b.text.some((s) => s.text === "atoms"));
    expect(quote?.text).toEqual([{ text: "Think of " }, { text: "tokens", italic: true }, { text: " as the " }, { text: "atoms", code: true }, { text: " of the model's world" }]);
    const at = lineNo(text, "[token IDs]");
    expect(warnings).toContainEqual(`line ${at}: the link to "https://platform.openai.com/tokenizer" sits in a diagram label, which draws its text only`);
  });

  it("gives the fixture without marks the same spans as before: plain and bold only", () => {
    const { sheet } = readPromptDocument(PROMPT_TEXT);
    const spans = panelsOf(sheet).flatMap((p) => [...p.lead, ...p.blocks.flatMap((b) => (b.kind === "bullets" ? b.items : b.kind === "paragraph" ? [b.text] : b.kind === "table" ? [...b.header, ...b.rows.flat()] : []))]).flat();
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) expect(Object.keys(s).filter((k) => k !== "text" && k !== "bold")).toEqual([]);
  });
});

describe("a line break in a table cell", () => {
  it("is read from <br> in a prompt's table, drawn as a line of its own and written back as <br>", async () => {
    const doc = PROMPT_TEXT.replace("| 8K–128K tokens |", "| 8K<br>128K tokens |");
    const { sheet } = readPromptDocument(doc);
    const table = panelsOf(sheet).flatMap((p) => p.blocks).find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table")!;
    const cell = table.rows.find((r) => r[0]?.some((s) => s.text === "Context window"))?.[2];
    expect(cell).toEqual([{ text: "8K\n128K tokens" }]);
    const laid = layoutSheet(sheet);
    const texts = laid.panels.flatMap((p) => p.blocks.flatMap((b) => b.marks)).filter((m): m is TextMark => m.kind === "text");
    const eightK = texts.find((t) => t.text === "8K");
    const rest = texts.find((t) => t.text.startsWith("128K"));
    expect(eightK && rest && rest.y > eightK.y && Math.abs(rest.x - eightK.x) < 0.01).toBe(true);
    expect(toSheetMarkdown(sheet)).toContain("| 8K<br>128K tokens |");
  });
});

describe("wrapping and drawing marked runs", () => {
  const px = 16;
  it("keeps a word whole across a change of mark (keep-all), as for bold", () => {
    const rich: Rich = [{ text: "decode()", code: true }, { text: "는 반대" }];
    const word = monoWidth("decode()", px) + textWidth("는", px);
    const lines = wrapRich(rich, word + 1, px);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["decode()는", "반대"]);
  });

  it("never starts a line with a lone mark rating the word before it (`메모리 ↓,`, `비교 ❌`)", () => {
    const text = (t: string, width: number): string[] => wrapRich([{ text: t }], width, px).map((l) => l.pieces.map((p) => p.text).join("").trim());
    const upTo = textWidth("16bit → 4bit, 메모리", px);
    // Without the mark's glue the first line would end `메모리` and the next start `↓,`.
    expect(text("16bit → 4bit, 메모리 ↓, 품질 약간 ↓", upTo + 2)).toEqual(["16bit → 4bit,", "메모리 ↓, 품질", "약간 ↓"]);
    expect(text("9.11 비교 ❌ 박사급 물리 ✅", textWidth("9.11 비교", px) + 2)[0]).toBe("9.11");
    // An arrow between two steps is no mark: a chain may break before it.
    expect(text("입력 → 출력", textWidth("입력", px) + 2)[1]).toMatch(/^→/);
  });

  it("never starts a line with closing punctuation typed after a space (`4 : 1`, `좋다 !`)", () => {
    const text = (t: string, width: number): string[] => wrapRich([{ text: t }], width, px).map((l) => l.pieces.map((p) => p.text).join("").trim());
    // The score fits up to its `4`: without the glue the next line would start `: 1`.
    expect(text("AlphaGo vs 이세돌, 4 : 1", textWidth("AlphaGo vs 이세돌, 4", px) + 2)).toEqual(["AlphaGo vs 이세돌,", "4 : 1"]);
    expect(text("정말 좋다 ! 다시", textWidth("정말 좋다", px) + 2)).toEqual(["정말", "좋다 !", "다시"]);
    // An ellipsis may open a line (`… search_end`, `/ ...`): it is a step left out, not the end of the word before.
    expect(text("start … end", textWidth("start", px) + 2)[1]).toMatch(/^…/);
  });

  it("keeps a word whole in a width made from its own width, padded and unpadded (a table column at its least)", () => {
    const px = 17.5;
    const pad = px * 0.4;
    const word = longestWordWidth([{ text: "단계", bold: true }], px);
    // The sum and difference come back a few bits short of the word's width.
    expect(word + 2 * pad - 2 * pad).toBeLessThan(word);
    expect(wrapRich([{ text: "단계", bold: true }], word + 2 * pad - 2 * pad, px).map((l) => l.pieces.map((p) => p.text).join(""))).toEqual(["단계"]);
    expect(wrapRich([{ text: "단계", bold: true }], word * 0.9, px)).toHaveLength(2);
  });

  it("sets inline code on the code block's grid: the same cell, one and a half for Hangul, `|` from the math face", () => {
    // A code block is set at 0.9 of the body size: 20 px body, 18 px code, against inline code at 18 px.
    const px = 18;
    const block = layoutCode({ kind: "code", text: "a<|s|>한 b" }, { fontPx: 20, minFontPx: 1, accent: "#1c7ed6", palette: ["#1c7ed6"], ink: "#111111", seed: 1 }, { width: 2000, height: 400 });
    const [line] = wrapRich([{ text: "a<|s|>한 b", code: true }], 10_000, px);
    const inline = lineMarks(line!, 0, 0, px, { color: "#111111", seed: 1 }).filter((m): m is TextMark => m.kind === "text");
    const runs = block.marks.filter((m): m is TextMark => m.kind === "text");
    // The same runs, faces and cells in both; only the origin differs (the card's padding).
    const shape = (ms: TextMark[]) => ms.map((m) => ({ text: m.text, face: m.face, cell: m.cell, dx: Math.round((m.x - ms[0]!.x) * 1e6) / 1e6, width: m.width }));
    expect(shape(inline)).toEqual(shape(runs));
    expect(inline.filter((m) => m.text === "|").map((m) => m.face)).toEqual(["math", "math"]);
    expect(monoWidth("한", px)).toBeCloseTo(1.5 * monoWidth("a", px), 9);
    expect(line!.width).toBeCloseTo(9.5 * MONO_CELL_EM * px, 9);
  });

  it("measures code on fixed advances and draws exactly what it measured", () => {
    const rich: Rich = [{ text: "see " }, { text: "iiii", code: true }, { text: " or " }, { text: "mmmm", code: true }, { text: " and " }, { text: "slant", italic: true }];
    const [line] = wrapRich(rich, 10_000, px);
    const code = line!.pieces.filter((p) => p.code);
    expect(code.map((p) => p.width)).toEqual([monoWidth("iiii", px), monoWidth("mmmm", px)]);
    expect(code[0]!.width).toBeCloseTo(code[1]!.width, 9);
    expect(textWidth("iiii", px)).toBeLessThan(textWidth("mmmm", px) * 0.8);
    const marks = lineMarks(line!, 0, 0, px, { color: "#111111", boldColor: "#c2255c", seed: 1 });
    const texts = marks.filter((m): m is TextMark => m.kind === "text");
    expect(texts.filter((t) => t.cell !== undefined).map((t) => t.text)).toEqual(["iiii", "mmmm"]);
    expect(texts.find((t) => t.text === "slant")?.italic).toBe(true);
    const drawnEnd = Math.max(...texts.map((t) => t.x + t.width));
    expect(drawnEnd).toBeCloseTo(line!.width, 6);
    expect(marks.filter((m) => m.kind === "rect")).toHaveLength(2); // a tinted ground behind each code run
  });

  it("strikes and underlines with pen lines, links in the accent", () => {
    const [line] = wrapRich([{ text: "gone", strike: true }, { text: " " }, { text: "docs", href: "https://example.com/docs" }], 10_000, px);
    const marks = lineMarks(line!, 0, 0, px, { color: "#111111", boldColor: "#c2255c", seed: 1 });
    const lines = marks.filter((m) => m.kind === "line");
    expect(lines).toHaveLength(2);
    const link = marks.find((m): m is TextMark => m.kind === "text" && m.text === "docs");
    expect(link).toMatchObject({ href: "https://example.com/docs", color: "#c2255c" });
  });
});

describe("outputs", () => {
  it("the SVG links, slants and carries no unsafe link; the PDF has a link annotation per URL", async () => {
    const md = SHEET_TEXT.replace("- 질문은", "- [bad](javascript:alert(1)) 질문은");
    const { sheet } = await readSheetMarkdown(md);
    const laid = layoutSheet(sheet);
    const svg = drawSvg(laid);
    expect(svg).toContain('<a href="https://github.com/openai/tiktoken">');
    expect(svg).toContain('<a href="mailto:lectures@example.com">');
    expect(svg).toMatch(/skewX\(11\.\d+\)/);
    expect(svg).not.toContain("javascript");
    const pdf = await renderPdf(laid);
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const links = (await page.getAnnotations()).filter((a) => a.subtype === "Link");
    const urls = new Set(links.map((a) => String(a.url ?? a.unsafeUrl)));
    expect([...urls].sort()).toEqual(["https://github.com/karpathy/minbpe", "https://github.com/openai/tiktoken", "mailto:lectures@example.com"]);
    // Each annotation lies over its run: inside the page, as wide as some text.
    const [, , pw, ph] = page.view as number[];
    for (const a of links) {
      const [x1, y1, x2, y2] = a.rect as number[];
      expect(x2! - x1!).toBeGreaterThan(5);
      expect(x1).toBeGreaterThanOrEqual(0);
      expect(x2).toBeLessThanOrEqual(pw!);
      expect(y1).toBeGreaterThanOrEqual(0);
      expect(y2).toBeLessThanOrEqual(ph!);
    }
    // Code is drawn as outlines under invisible text stretched to the run, so extractors read it as written:
    // the gaps of fixed advances between real glyphs would read as spaces.
    const text = (await page.getTextContent()).items.map((it) => ("str" in it ? it.str : "")).join("");
    await doc.destroy();
    expect(text).toContain('enc.encode("hello world")');
    expect(text).toContain("<|endoftext|>");
    expect(text).toContain("allowed_special");
  });

  it("the sheet Markdown round-trips every mark and the cheat sheet keeps the URLs", async () => {
    const { sheet } = await readSheetMarkdown(SHEET_TEXT);
    const written = toSheetMarkdown(sheet);
    expect(written).toContain("[tiktoken on GitHub](https://github.com/openai/tiktoken)");
    expect(written).toContain("~~글자 수~~");
    expect(written).toContain("`<|endoftext|>`");
    expect(written).toContain("*lossless*");
    const again = await readSheetMarkdown(written);
    expect(again.sheet).toEqual(sheet);
    expect(again.warnings).toEqual([]);
    const human = toMarkdown(sheet);
    expect(human).toContain("[minbpe](https://github.com/karpathy/minbpe)");
    expect(human).toContain("[메일로](mailto:lectures@example.com)");
  });

  it("round-trips nested marks in one fixed spelling", async () => {
    const { sheet } = await readSheetMarkdown(SHEET_TEXT);
    const p = panel(sheet, "encode-decode");
    p.lead = [[{ text: "all", bold: true, italic: true, strike: true, href: "https://example.com" }, { text: " and " }, { text: "x()", bold: true, code: true }]];
    const written = toSheetMarkdown(sheet);
    expect(written).toContain("[**_~~all~~_**](https://example.com) and **`x()`**");
    expect((await readSheetMarkdown(written)).sheet).toEqual(sheet);
  });
});
