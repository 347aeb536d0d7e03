// The live preview builds a chapter from the file's bytes, as `build` does: a chapter saved in Korean CP949 is
// drawn as its text, and the preview says how it was read, as the build prints it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSheet } from "../src/build.js";
import { Preview } from "../src/serve/preview.js";
import { FIXTURES_DIR } from "./fixtures/list.js";

describe("the preview of a chapter saved in CP949", () => {
  it("shows the sheet of its text and the warning that names the encoding", async () => {
    const name = "counting-spelling-cp949-fullwidth-heavy-box.txt";
    const preview = new Preview({ shown: (c) => c.name, build: (bytes, opts) => buildSheet(bytes, opts), errorLines: (err) => [String(err)] });
    await preview.setChapters([{ name, path: join(FIXTURES_DIR, "prompts", name) }]);
    const [view] = preview.views();
    expect(view!.error).toBeNull();
    expect(view!.warnings.join("\n")).toMatch(/CP949/);
    // The title as written in Korean, not mojibake.
    expect(view!.title).toMatch(/[가-힣]/);
    expect(view!.title).not.toMatch(/\uFFFD/);
  });
});
