import { describe, expect, it } from "vitest";
import { detectInputKind, readSheet } from "../src/read/index.js";
import { InputError } from "../src/errors.js";
import { fixtures } from "./fixtures/list.js";

describe("input kind is told from content, not the file name", () => {
  it.each(fixtures().map((f) => [f.name, f] as const))("%s", (_n, f) => {
    expect(detectInputKind(f.text)).toBe(f.kind);
  });

  it("knows prompt documents with Korean section headings", () => {
    expect(detectInputKind("# 원문\n본문\n\n# 레이아웃 구조\n```\n┌─┐\n└─┘\n```\n")).toBe("prompt");
  });

  it("names the file and line for an empty file, a binary file and unknown text", async () => {
    const cases: [string, RegExp][] = [
      ["", /empty/],
      ["  \n\n", /empty/],
      ["ok\n\u0000\u0001binary", /binary/],
      ["just some notes\nwithout structure\n", /not a nanosheet input/],
    ];
    for (const [text, msg] of cases) {
      const err = await readSheet(text, { file: "notes.txt" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      const formatted = (err as InputError).format();
      expect(formatted).toMatch(msg);
      expect(formatted).toMatch(/^notes\.txt:\d+: /);
      expect((err as InputError).hint).toBeTruthy();
    }
  });

  it("takes frontmatter with a title and `##` sections for sheet Markdown, but not a note with other keys", () => {
    expect(detectInputKind("---\ntitle: T\nchapter: 3\n---\n\n## 🔤 Tokens\n\n- a\n")).toBe("sheet");
    expect(() => detectInputKind("---\ntags: [llm]\ntitle: T\n---\n\n## Todo\n\n- a\n")).toThrow(/not a nanosheet input/);
    expect(() => detectInputKind("---\ntitle: T\n---\n\n## Todo\n")).not.toThrow();
  });

  it("says where the panels were expected when a sheet's frontmatter has no `##` sections under it", () => {
    try {
      detectInputKind("---\ntitle: X\n---\n\n# 🔤 Tokens\n\n- a\n\n# 📦 Vocab\n");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(/no `##` panel sections/);
      expect((e as InputError).where.line).toBe(5);
    }
  });

  it("places the binary error on the line of the first NUL byte", async () => {
    const err = (await readSheet("a\nb\nc\u0000", { file: "x.bin" }).catch((e: unknown) => e)) as InputError;
    expect(err.where.line).toBe(3);
  });
});
