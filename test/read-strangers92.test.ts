// Chapters written by others, read as their writers meant: a counting-and-spelling chapter typed on Korean
// Windows and saved by an older editor in CP949 (EUC-KR), not UTF-8 — its layout drawn with heavy and light box
// characters, full-width spaces and brackets, CRLF line ends, and ※ ★ ▶ ○ ● ■ for icons; and a note saved by
// Notepad as "Unicode" (UTF-16 LE with a byte-order mark). The bytes are decoded by one pure function the CLI
// and readSheet share, which says which encoding it read; bytes that are none of them are a one-line error.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Sheet } from "../src/model/sheet.js";
import { InputError } from "../src/errors.js";
import { decodeInput } from "../src/read/encoding.js";
import { measureRuns, missingGlyphs } from "../src/fonts/measure.js";
import { readSheet } from "../src/read/index.js";
import { richText } from "../src/read/prompt/rich.js";
import { TWO_BOXES, kinds, panel, promptDoc, titles } from "./read-helpers.js";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { run, tmp } from "./cli-helpers.js";

const CS = "counting-spelling-cp949-fullwidth-heavy-box";
const path = join(FIXTURES_DIR, "prompts", `${CS}.txt`);
const ratios = (sheet: Sheet): number[] => sheet.rows.map((r) => Math.round(r.ratio));
const quotes = (sheet: Sheet): string[] =>
  sheet.rows.flatMap((r) => (r.kind === "panels" ? r.panels.flatMap((p) => p.blocks) : [])).flatMap((b: Block) => (b.kind === "quote" ? [richText(b.text)] : []));
const PLAN = ["## 🅰️ Alpha", "- 하나", "## 🅱️ Beta", "- 둘", "## 📌 Takeaways", "- 셋"];

/** UTF-16 LE with its byte-order mark, as Notepad's "Unicode" saves. */
function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

const thrown = (f: () => unknown): InputError => {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error("no error");
};

describe("decoding a file's bytes", () => {
  it("reads UTF-8 as it is, with no note, and drops a UTF-8 byte-order mark", () => {
    expect(decodeInput(Buffer.from("# 제목\r\n본문 ※ ★\n"))).toEqual({ text: "# 제목\r\n본문 ※ ★\n", encoding: "UTF-8" });
    const bom = decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("가")]));
    expect(bom.text).toBe("가");
    expect(bom.note).toBeUndefined();
  });

  it("reads Notepad's Unicode (UTF-16 LE with its mark) and says so", () => {
    const d = decodeInput(utf16le("# 원문\r\n▶ 토큰 ※ 참고\r\n"));
    expect(d.text).toBe("# 원문\r\n▶ 토큰 ※ 참고\r\n");
    expect(d.encoding).toBe("UTF-16LE");
    expect(d.note).toMatch(/^read as UTF-16 \(little-endian.*save the file as UTF-8/);
  });

  it("reads UTF-16 BE with its mark", () => {
    const d = decodeInput(utf16be("한글 text"));
    expect([d.text, d.encoding]).toEqual(["한글 text", "UTF-16BE"]);
  });

  it("reads Korean CP949 (EUC-KR) bytes that are not UTF-8, the icon marks included, and says so", () => {
    // `한글 ※ ★ ▶ ○ ●` as an older Korean editor saves it.
    const d = decodeInput(Buffer.from("c7d1b1db20a1d820a1da20a2ba20a1db20a1dc", "hex"));
    expect(d.text).toBe("한글 ※ ★ ▶ ○ ●");
    expect(d.encoding).toBe("CP949");
    expect(d.note).toMatch(/^read as CP949 \(EUC-KR/);
  });

  it("takes Latin-1 text for neither: one error at the line of the bad byte, saying to save as UTF-8", () => {
    const err = thrown(() => decodeInput(Buffer.from("line one\nline two\ncaf\xe9 cr\xe8me\n", "latin1")));
    expect(err.where.line).toBe(3);
    expect(err.message).toMatch(/not UTF-8 text, nor UTF-16 .* nor Korean CP949/);
    expect(err.hint).toMatch(/save the file as UTF-8/);
    expect(err.inFile("notes.txt").format()).not.toContain("\n");
  });

  it("takes bytes that pair into valid CP949 but read as Hanja, not Hangul, for neither", () => {
    // Accented capitals side by side (`ÊÊËË`) are not UTF-8 but are valid CP949 codes, rare Hanja: not Korean text.
    expect(() => decodeInput(Buffer.from("\xca\xca\xcb\xcb \xcc\xcc\xcd\xcd\n", "latin1"))).toThrow(InputError);
  });

  it("names UTF-16 saved without its byte-order mark instead of calling it binary", () => {
    const err = thrown(() => decodeInput(utf16le("# Source Text\nhello\n", false)));
    expect(err.message).toMatch(/UTF-16 text without a byte-order mark/);
    expect(err.hint).toMatch(/save the file as UTF-8/);
  });

  it("decodes a large hostile file (one pass, no backtracking)", () => {
    const line = "┃│ ※ 점 세기 → 한번에 불가　（토큰）│┃\r\n";
    const bytes = Buffer.concat(Array.from({ length: 2000 }, () => Buffer.from(line.replace(/[^\x00-\x7f]/g, "\xb0\xa1"), "latin1")));
    expect(decodeInput(bytes).encoding).toBe("CP949");
  });
});

describe("readSheet given a file's bytes", () => {
  it("reads a UTF-16 LE prompt and puts the encoding it read first among the warnings", async () => {
    const { sheet, warnings } = await readSheet(utf16le(promptDoc(TWO_BOXES, PLAN).replace(/\n/g, "\r\n")));
    expect(titles(sheet).flat().length).toBeGreaterThan(2);
    expect(warnings[0]).toMatch(/^read as UTF-16/);
  });

  it("gives text no encoding note, and bytes of UTF-8 none either", async () => {
    const doc = promptDoc(TWO_BOXES, PLAN);
    const fromText = await readSheet(doc);
    const fromBytes = await readSheet(Buffer.from(doc));
    expect(fromBytes.warnings).toEqual(fromText.warnings);
    expect(fromText.warnings.join("\n")).not.toMatch(/read as/);
  });

  it("pins an undecodable file's error to the file", async () => {
    await expect(readSheet(Buffer.from("# Source Text\n\xff\xfe\xfd\n", "latin1").subarray(0), { file: "ch.txt" })).rejects.toThrow(/not UTF-8/);
    const err = await readSheet(Buffer.from("x\n\xe9t\xe9\n", "latin1"), { file: "ch.txt" }).catch((e: InputError) => e);
    expect((err as InputError).format()).toMatch(/^ch\.txt:2: .* — save the file as UTF-8/);
  });
});

describe("▶ and ◀ typed as Korean notes type them, beside ● ○ ■ ★", () => {
  const marked = (mark: string): string[] => [
    "+------------------------------------------+",
    "| TITLE                                    |",
    "+------------------------------------------+",
    "+--------------------+ +-------------------+",
    `| ${mark} ALPHA            | | ● BETA            |`,
    "| a words            | | b words           |",
    "+--------------------+ +-------------------+",
  ];
  const plan = (mark: string): string[] => [`## ${mark} ALPHA`, "- one", "## ● BETA", "- two"];

  it("keeps a bare ▶ in the title as the mark it is, as ● is kept, not the panel's colour emoji", async () => {
    const { sheet } = await readSheet(promptDoc(marked("▶"), plan("▶")));
    const alpha = panel(sheet, /ALPHA/);
    expect([alpha.title, alpha.emoji]).toEqual(["▶ ALPHA", undefined]);
    expect(kinds(alpha)).toContain("bullets");
  });

  it("draws a bare ▶ or ◀ in the pen's ink from a face that has it, and ▶️ as the emoji", () => {
    expect(new Set(measureRuns("▶ 토큰 ◀", 16).map((r) => r.kind))).toEqual(new Set(["text"]));
    expect(measureRuns("▶️ 토큰", 16).map((r) => r.kind)).toContain("emoji");
    expect(missingGlyphs("※ ★ ▶ ◀ ○ ● ■")).toEqual([]);
  });

  it("still takes ▶️, with the emoji selector, for the panel's emoji", async () => {
    const { sheet } = await readSheet(promptDoc(marked("▶️"), plan("▶️")));
    const alpha = panel(sheet, /ALPHA/);
    expect([alpha.title, alpha.emoji]).toEqual(["ALPHA", "▶️"]);
  });
});

describe(`the CP949 fixture (${CS}) read as its writer meant`, () => {
  const bytes = (): Buffer => readFileSync(path);

  it("is not UTF-8 on disk, and reads as Korean with a note naming CP949", async () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes())).toThrow();
    const { warnings } = await readSheet(bytes());
    expect(warnings).toEqual([expect.stringMatching(/^read as CP949 \(EUC-KR/)]);
  });

  it("draws the drawing's boxes with the writer's marks as titles, in the drawn rows and ratios", async () => {
    const { sheet } = await readSheet(bytes());
    expect(titles(sheet)).toEqual([
      ["title"],
      ["▶ 왜 못 세나？（토큰 계산량）", "※ 모델은 글자를 못 본다"],
      ["● 머릿속 세기 vs 코드로 세기"],
      ["○ 철자 예시", "■ 9.11 vs 9.9", "★ 핵심 정리"],
    ]);
    expect(ratios(sheet)).toEqual([8, 24, 40, 28]);
    expect(sheet.meta.title).toBe("Counting and Spelling: 모델이 세기와 철자에 약한 이유");
    expect(sheet.meta.chapter).toBe(17);
  });

  it("keeps its three quotes, full-width dash and all", async () => {
    const { sheet } = await readSheet(bytes());
    expect(quotes(sheet)).toEqual([
      "Models are not very good at counting.",
      "They don't see characters, they see tokens.",
      "I don't trust the model to do this in its mental arithmetic ― use code.",
    ]);
  });
});

describe("the CLI hands a file's bytes to the reader", () => {
  it("checks the CP949 fixture, saying which encoding it read", () => {
    const r = run(["check", path], tmp());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/: warning: read as CP949 \(EUC-KR/);
  });

  it("builds a Notepad Unicode file and puts the encoding in the report", () => {
    const dir = tmp();
    writeFileSync(join(dir, "note.txt"), utf16le(promptDoc(TWO_BOXES, PLAN).replace(/\n/g, "\r\n")));
    const r = run(["build", "note.txt", "--format", "svg", "--report"], dir);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "note.report.json"), "utf8")) as { warnings: string[] };
    expect(report.warnings[0]).toMatch(/^read as UTF-16 \(little-endian/);
  });

  it("refuses a file in neither with one line naming the file and what to change, exit 1", () => {
    const dir = tmp();
    writeFileSync(join(dir, "latin.txt"), Buffer.from("# Source Text\ncaf\xe9\n", "latin1"));
    const r = run(["build", "latin.txt", "--format", "svg"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^latin\.txt:2: this is not UTF-8 text.* — save the file as UTF-8/)]);
  });
});
