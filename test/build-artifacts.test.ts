// What `npm run build` prepares for fast start-up must match what the sources would compute at run time:
// the unpacked faces and the emoji byte index (the bundles themselves are exercised by the CLI tests).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { FACE_IDS, FACE_SPECS, fontPath, unpackedPath } from "../src/fonts/faces.js";
import { woffToSfnt } from "../src/fonts/woff.js";
import { buildEmojiIndex } from "../src/draw/emoji.js";
import { ROOT_DIR } from "./fixtures/list.js";
import { ensureDist } from "./setup-dist.js";

beforeAll(() => ensureDist(), 120_000);

describe("build artifacts", () => {
  it("unpacks every face to exactly the TTF the WOFF decodes to", () => {
    for (const id of FACE_IDS) {
      const spec = FACE_SPECS[id];
      const file = join(ROOT_DIR, "dist", "fonts", unpackedPath(spec, statSync(fontPath(spec)).size));
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).equals(woffToSfnt(readFileSync(fontPath(spec)), inflateSync))).toBe(true);
    }
  });

  it("indexes the emoji art of the installed icon set", () => {
    const built = JSON.parse(readFileSync(join(ROOT_DIR, "dist", "emoji-index.json"), "utf8"));
    expect(built).toEqual(buildEmojiIndex());
  });
});
