// `nanosheet serve` in a real browser: a temp folder of two chapters, edited while the page is open.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "./fixtures/list.js";
import { ensureDist } from "./setup-dist.js";
import { BIN, launchChromium, rawGet, start, type Running } from "./serve-helpers.js";

const FIXTURE = join(FIXTURES_DIR, "sheets", "inference.sheet.md");
const TINY = `---
nanosheet: 1
title: Tiny Test Sheet
page: a4
layout:
  - { ratio: 14, title: true }
  - { ratio: 86, panels: [alpha, beta] }
---

## 🧠 Alpha

Weights are knobs.

## 🔧 Beta

Gradient descent turns the knobs.
`;

let base: string;
let server: Running;
let port: number;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: base, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Save `text` to a chapter and wait until the page shows the rebuild it causes. */
async function save(file: string, text: string): Promise<void> {
  const before = Number(await page.evaluate(() => document.body.dataset.version ?? "0"));
  writeFileSync(join(base, "chapters", file), text);
  await page.waitForFunction((v) => Number(document.body.dataset.version ?? "0") > v, before);
}

const sheetSvg = () => page.evaluate(() => document.querySelector("#sheet svg")?.outerHTML ?? "");

beforeAll(async () => {
  ensureDist();
  base = mkdtempSync(join(tmpdir(), "nanosheet-serve-"));
  mkdirSync(join(base, "chapters"));
  copyFileSync(FIXTURE, join(base, "chapters", "inference.sheet.md"));
  writeFileSync(join(base, "chapters", "tiny.sheet.md"), TINY);
  writeFileSync(join(base, "secret.sheet.md"), TINY.replace("Tiny Test Sheet", "Secret Sheet"));
  server = start(["serve", "chapters", "--port", "0"], base);
  port = Number((await server.waitFor(/at http:\/\/127\.0\.0\.1:(\d+)\//))[1]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
});

// Generous limits: on a busy shared machine the cold builds these compare against take many seconds.
describe("nanosheet serve", { timeout: 180_000 }, () => {
  it("shows the sheet build draws, and downloads what build writes", async () => {
    await page.waitForSelector("#sheet svg");
    const out = join(base, "out");
    expect(cli(["build", "chapters/inference.sheet.md", "-o", out]).code).toBe(0);
    expect(await sheetSvg()).toContain('viewBox="0 0 1122.52 793.7"');
    expect((await rawGet(port, "/sheet.svg?c=inference.sheet.md")).body).toBe(readFileSync(join(out, "inference.svg"), "utf8"));
    for (const f of ["md", "png", "pdf"]) {
      const got = (await rawGet(port, `/download?c=inference.sheet.md&f=${f}`)).bytes;
      expect([f, got.equals(readFileSync(join(out, `inference.${f}`)))]).toEqual([f, true]);
    }
    expect(await page.textContent("#title")).toContain("6. Inference");
    // Both chapters are listed; the sheet is fitted inside the stage.
    expect(await page.locator("#chapter-list button").allTextContents()).toEqual([expect.stringMatching(/^inference\.sheet\.md/), expect.stringMatching(/^tiny\.sheet\.md/)]);
    const [sheetBox, stageBox] = await Promise.all([page.locator("#sheet svg").boundingBox(), page.locator("#stage").boundingBox()]);
    expect(sheetBox!.width).toBeLessThanOrEqual(stageBox!.width);
    expect(sheetBox!.height).toBeLessThanOrEqual(stageBox!.height + 1);
    expect(sheetBox!.width).toBeGreaterThan(stageBox!.width * 0.5);
  });

  it("updates the page on a save without reloading it", async () => {
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const old = await sheetSvg();
    const text = readFileSync(FIXTURE, "utf8");
    await save("inference.sheet.md", text.replace('title: "6. Inference"', 'title: "6. Inference, edited"').replace("INFERENCE —", "INFERENCE, EDITED —"));
    expect(await page.textContent("#title")).toContain("6. Inference, edited");
    expect(await sheetSvg()).not.toBe(old);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
  });

  it("keeps the last good sheet under the CLI's error line on a broken save, and clears it on a fix", async () => {
    const good = readFileSync(join(base, "chapters", "inference.sheet.md"), "utf8");
    const shown = await sheetSvg();
    await save("inference.sheet.md", good.replace("page: a4", "page: a4\nbogus: 1"));
    await expect.poll(() => page.isVisible("#overlay")).toBe(true);
    const r = cli(["check", "chapters/inference.sheet.md"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^chapters\/inference\.sheet\.md:\d+: /);
    expect(`${await page.textContent("#error")}\n`).toBe(r.stderr);
    expect(await sheetSvg()).toBe(shown);
    await page.screenshot({ path: join(base, "broken.png") });
    await save("inference.sheet.md", good);
    expect(await page.isVisible("#overlay")).toBe(false);
  });

  it("lists a problem and outlines its panel when it is clicked", async () => {
    await page.click("#chapter-list button[data-chapter='tiny.sheet.md']");
    await page.waitForFunction(() => document.body.dataset.chapter === "tiny.sheet.md");
    expect(await page.locator("#problems li").count()).toBe(0);
    await save("tiny.sheet.md", TINY.replace("Weights are knobs.", "Weights are knobs. ॐ"));
    const problem = page.locator("#problems button");
    expect(await problem.allTextContents()).toEqual([expect.stringContaining('no bundled font draws "ॐ"')]);
    await problem.click();
    const rect = page.locator("#sheet svg rect.ns-outline");
    expect(await rect.getAttribute("data-panel")).toBe("alpha");
    // The outline is the panel's box from `build --report` (at 96 dpi, the SVG's own units), 3 px out.
    const out = join(base, "out");
    expect(cli(["build", "chapters/tiny.sheet.md", "-o", out, "--format", "md", "--report", "--dpi", "96"]).code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "tiny.report.json"), "utf8")) as { panels: { id: string; x: number; y: number; width: number }[] };
    const alpha = report.panels.find((p) => p.id === "alpha")!;
    expect(Number(await rect.getAttribute("x"))).toBeCloseTo(alpha.x - 3, 2);
    expect(Number(await rect.getAttribute("y"))).toBeCloseTo(alpha.y - 3, 2);
    expect(Number(await rect.getAttribute("width"))).toBeCloseTo(alpha.width + 6, 2);
    await page.screenshot({ path: join(base, "problem.png") });
  });

  it("keeps zoom and pan across a reload", async () => {
    await page.mouse.move(700, 450);
    await page.mouse.wheel(0, -400);
    const zoomed = await page.evaluate(() => document.getElementById("sheet")!.style.transform);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.chapter === "tiny.sheet.md");
    expect(await page.evaluate(() => document.getElementById("sheet")!.style.transform)).toBe(zoomed);
  });

  it("serves nothing outside the folder and answers only to its own Host", async () => {
    for (const path of ["/sheet.svg?c=../secret.sheet.md", "/download?c=..%2Fsecret.sheet.md&f=md", "/../secret.sheet.md", "/%2e%2e/secret.sheet.md", "/secret.sheet.md", "/chapters/tiny.sheet.md"]) {
      expect([path, (await rawGet(port, path)).status]).toEqual([path, 404]);
    }
    expect((await rawGet(port, "/", "evil.example")).status).toBe(403);
    expect((await rawGet(port, "/sheet.svg?c=tiny.sheet.md", `attacker.test:${port}`)).status).toBe(403);
    expect((await rawGet(port, "/", `localhost:${port}`)).status).toBe(200);
  });

  it("logged no console error, and Ctrl-C stops it cleanly", async () => {
    expect(consoleErrors).toEqual([]);
    // A second server on the same port: one line naming --port.
    const second = start(["serve", "chapters", "--port", String(port)], base);
    expect(await second.exited).toBe(1);
    expect(second.out()).toMatch(new RegExp(`^nanosheet: port ${port} is in use — pass --port <n>.*\\n$`));
    await browser.close();
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
  });
});
