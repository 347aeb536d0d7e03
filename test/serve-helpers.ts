// Running `nanosheet serve` / `build --watch` as a user does, and a real Chromium to look at the page:
// @sparticuz/chromium ships one in the npm package, playwright-core drives it.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { join } from "node:path";
import { ROOT_DIR } from "./fixtures/list.js";

export const BIN = join(ROOT_DIR, "bin", "nanosheet.js");

export interface Running {
  child: ChildProcess;
  /** Everything written so far to stdout and stderr. */
  out: () => string;
  /** Resolves with the first match of `re` in the output from `from` on (waits for it to appear). */
  waitFor: (re: RegExp, from?: number) => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

export function start(args: string[], cwd: string): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  const waiters = new Set<() => void>();
  const feed = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const w of [...waiters]) w();
  };
  child.stdout?.on("data", feed);
  child.stderr?.on("data", feed);
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => {
    for (const w of [...waiters]) w();
    done(code);
  }));
  const waitFor = (re: RegExp, from = 0) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = text.slice(from).match(re);
        if (m) {
          waiters.delete(check);
          resolve(m);
        } else if (child.exitCode !== null) {
          waiters.delete(check);
          reject(new Error(`exited (${child.exitCode}) before printing ${re}:\n${text}`));
        }
      };
      waiters.add(check);
      check();
    });
  return { child, out: () => text, waitFor, exited };
}

/** A raw GET, so neither the path nor the Host header is normalised on the way. */
export function rawGet(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, body: bytes.toString("utf8"), bytes });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

export async function launchChromium() {
  const chromium = (await import("@sparticuz/chromium")).default;
  const { chromium: driver } = await import("playwright-core");
  // The package's flags are for serverless sandboxes; these two would switch off what the page is tested for.
  const args = chromium.args.filter((a) => a !== "--disable-web-security" && a !== "--allow-running-insecure-content");
  return driver.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}
