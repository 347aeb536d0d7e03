// The panels a placed item shares its words with (`at.matches`), which layout's moves for balance follow. The
// takeaways panel holds the summary: an item placed there by its words moves on to the panel it is about, unless
// no other panel is half as much about it.
import { describe, expect, it } from "vitest";
import { assignItems } from "../src/read/prompt/assign.js";
import { slotFor, type Item } from "../src/read/prompt/slots.js";
import type { Block, Panel } from "../src/model/sheet.js";

const panel = (id: string, title: string, lead: string): Panel => ({ id, title, lead: [[{ text: lead }]], blocks: [] });
const quote: Block = { kind: "quote", text: [{ text: "The leaderboard ranking got gamed, so I do not trust it" }] };

/** Where the quote lands and the panels it shares its words with, on a page of the takeaways and two others. */
function placed(arena: string): { home: string; matches: string[] | undefined } {
  const slots = [
    slotFor(panel("takeaways", "KEY TAKEAWAYS", "leaderboard ranking gamed: a first pass only"), 40, 0.34, [], 0),
    slotFor(panel("arena", "ARENA", arena), 40, 0.33, [], 0),
    slotFor(panel("feeds", "FEEDS", "follow people you trust"), 40, 0.33, [], 0),
  ];
  const items: Item[] = [{ block: quote, role: "quote", title: "", order: 0 }];
  const matches = new Map<Block, string[]>();
  assignItems(slots, items, "a4", matches);
  return { home: slots.find((s) => s.panel.blocks.includes(quote))!.panel.id, matches: matches.get(quote) };
}

describe("matches of an item placed in the takeaways panel", () => {
  it("rank the takeaways first when no other panel scores half as much: a shared word elsewhere is no better home", () => {
    expect(placed("people vote between two answers")).toEqual({ home: "takeaways", matches: ["takeaways", "feeds"] });
  });
  it("leave the takeaways out when another panel is about it too: layout moves it there when it finds room", () => {
    const { home, matches } = placed("ranking on a leaderboard");
    expect(home).toBe("takeaways");
    expect(matches?.[0]).toBe("arena");
    expect(matches).not.toContain("takeaways");
  });
});
