// The reader's running estimate of a panel's needed height gives the numbers measuring the whole panel again
// gives (room.ts `neededHeight` over the shown lead and the blocks), on every prompt fixture's panels, block by
// block as placement adds them, with and without one more block.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Estimate } from "../src/read/prompt/estimate.js";
import { shownLead } from "../src/read/prompt/lead.js";
import { neededHeight, roomOf } from "../src/read/prompt/room.js";
import { readPromptDocument } from "../src/read/prompt/index.js";
import { panelsOf, type Block } from "../src/model/sheet.js";
import { fixtures, HAS_SEED, SEED_PATH } from "./fixtures/list.js";

const docs = [...fixtures().filter((f) => f.kind === "prompt"), ...(HAS_SEED ? [{ name: "seed", text: readFileSync(SEED_PATH, "utf8") }] : [])];
// A narrow, a middling and a wide panel: one, two and three columns in play.
const rooms = [roomOf("a4", 20, 0.25), roomOf("a4", 30, 0.5), roomOf("16:9", 45, 1)];

describe("running panel estimate", () => {
  for (const d of docs) {
    it(`${d.name}: the same needed heights as measuring the panel afresh`, () => {
      const panels = panelsOf(readPromptDocument(d.text).sheet);
      const all: Block[] = panels.flatMap((p) => p.blocks);
      let checked = 0;
      for (const room of rooms) {
        for (const p of panels) {
          const est = new Estimate(room, p.lead, []);
          const held: Block[] = [];
          for (const b of [...p.blocks, ...all.filter((x) => !p.blocks.includes(x)).slice(0, 3)]) {
            const fresh = (blocks: Block[]) => neededHeight(room, shownLead(p.lead, blocks), blocks);
            expect(est.needed()).toBeCloseTo(fresh(held), 6);
            expect(est.needed(b)).toBeCloseTo(fresh([...held, b]), 6);
            est.add(b);
            held.push(b);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it("drops the lead lines a block says again, as shownLead does", () => {
    const rich = (text: string) => [{ text }];
    const lead = [rich("IDs in,"), rich("IDs out"), rich("기억 없음, 상태 없음")];
    const blocks: Block[] = [
      { kind: "paragraph", text: rich("IDs out") },
      { kind: "quote", text: rich("No memory, no state: 기억 없음, 상태 없음") },
      { kind: "bullets", style: "plain", items: [rich("IDs in, IDs out 기억 없음, 상태 없음"), rich("another line")] },
    ];
    for (const room of rooms) {
      const est = new Estimate(room, lead, []);
      const held: Block[] = [];
      for (const b of blocks) {
        expect(est.needed(b)).toBeCloseTo(neededHeight(room, shownLead(lead, [...held, b]), [...held, b]), 6);
        est.add(b);
        held.push(b);
      }
      // The list says every word of the lead: none of it is shown.
      expect(shownLead(lead, held)).toEqual([]);
      expect(est.needed()).toBeCloseTo(neededHeight(room, [], held), 6);
    }
  });
});
