import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SheetFrontmatter, frontmatterJsonSchema } from "../src/model/frontmatter.js";
import { readSheet } from "../src/read/index.js";
import { toSheetMarkdown } from "../src/export/markdown.js";
import { fixtures, ROOT_DIR } from "./fixtures/list.js";

function frontmatterOf(md: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error("no frontmatter");
  return parse(m[1]!);
}

describe("frontmatter JSON Schema", () => {
  it("the committed schema file is the one the zod schema generates (run `node scripts/schema.mjs` after a change)", () => {
    const committed = JSON.parse(readFileSync(join(ROOT_DIR, "schema", "sheet-frontmatter.schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(frontmatterJsonSchema())));
  });

  it("describes every frontmatter key an editor should offer", () => {
    const schema = frontmatterJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["nanosheet", "title", "banner", "titleKr", "author", "sourceUrl", "series", "chapter", "page", "layout", "style"]),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it.each(fixtures().map((f) => [f.name, f] as const))("accepts the frontmatter nanosheet writes for %s", async (_name, f) => {
    const { sheet } = await readSheet(f.text, { file: f.path });
    const fm = frontmatterOf(toSheetMarkdown(sheet));
    const res = SheetFrontmatter.safeParse(fm);
    expect(res.success, JSON.stringify(res.error?.issues)).toBe(true);
  });

  it("rejects what the reader rejects: a portrait page and an unknown key", () => {
    expect(SheetFrontmatter.safeParse({ nanosheet: 1, page: "portrait", layout: [{ ratio: 100, title: true }] }).success).toBe(false);
    expect(SheetFrontmatter.safeParse({ nanosheet: 1, colour: "red", layout: [{ ratio: 100, title: true }] }).success).toBe(false);
  });
});
