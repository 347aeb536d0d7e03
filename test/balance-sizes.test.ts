// One size family across the page (balancedSizes): panels capped at SIZE_SPREAD × the page's smallest size and
// ROW_SPREAD × their row's; a nearly empty panel (a fact card) may go up to EMPTY_SPREAD × as long as it still
// reads as nearly empty.
import { describe, expect, it } from "vitest";
import { balancedSizes, EMPTY_SPREAD, ROW_SPREAD, SIZE_SPREAD } from "../src/layout/balance.js";

describe("balancedSizes", () => {
  it("caps each panel by the page's smallest size and its row's", () => {
    const sizes = balancedSizes([12, 30, 30, 16], [0, 0, 1, 1], 12);
    expect(sizes[0]).toBe(12);
    expect(sizes[1]).toBeLessThanOrEqual(12 * ROW_SPREAD);
    expect(sizes[2]).toBeLessThanOrEqual(12 * SIZE_SPREAD);
    expect(sizes[3]).toBe(16);
  });

  it("lets a nearly empty panel beside a packed one grow past the page cap, while it stays nearly empty", () => {
    // Nearly empty up to 21 px (a card with one line), then it would not be.
    const sizes = balancedSizes([12.5, 40], [0, 0], 12, (i, px) => i === 1 && px <= 21);
    expect(sizes[1]).toBe(21);
    expect(sizes[1]).toBeGreaterThan(12.5 * SIZE_SPREAD);
    // Never past EMPTY_SPREAD × the page's smallest, however empty.
    expect(balancedSizes([12.5, 40], [0, 0], 12, () => true)[1]).toBeLessThanOrEqual(12.5 * EMPTY_SPREAD);
    // A panel that is not nearly empty keeps the row's cap.
    expect(balancedSizes([12.5, 40], [0, 0], 12, () => false)[1]).toBeLessThanOrEqual(12.5 * ROW_SPREAD);
  });
});
