// The series build's pool: child processes (`nanosheet __series-child`), each rendering many chapters on its
// own PNG and PDF worker threads. Processes rather than threads in this one: resvg is a native module, and a
// chapter that crashes or exhausts memory takes down one child, which is replaced, not the whole build.
// Each child holds three chapters at a time, so its main thread reads and lays out the next chapters while its
// workers render the last (its PNG bands alone fill two cores); memory stays bounded by the pool's size, not
// the series' length.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ChapterJob, ChapterReply } from "./series-child.js";

/** Chapters in flight per child. */
const DEPTH = 3;

/**
 * A child whose resident memory passes this after a chapter takes no more chapters and is replaced once its
 * last one is done: a safety valve for a chapter that leaves a child bloated. A child settles near 500 MB over
 * a long series (its long-lived workers collect once it passes 480 MB, see worker.ts); a replaced
 * child starts cold, so the valve sits well above that. The replacement starts only once the old child has
 * finished, so the two are never up at once.
 */
const RETIRE_RSS = 768 * 1024 * 1024;

/** bin/nanosheet.js, from the bundle (dist/), dist/cli/ or src/cli/. */
function launcher(): string {
  for (const up of ["../bin/nanosheet.js", "../../bin/nanosheet.js"]) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error("cannot find bin/nanosheet.js to start the series workers");
}

interface Child {
  proc: ChildProcess;
  busy: Map<number, { job: ChapterJob; resolve: (r: ChapterReply) => void }>;
  stderr: string;
  retiring: boolean;
}

export class Pool {
  private readonly children: Child[] = [];
  private readonly queue: { job: ChapterJob; resolve: (r: ChapterReply) => void }[] = [];
  private readonly bin = launcher();

  constructor(private readonly size: number) {}

  run(job: ChapterJob): Promise<ChapterReply> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Let the children finish their loops and exit (they close their workers on disconnect). */
  close(): void {
    for (const c of this.children) if (c.proc.connected) c.proc.disconnect();
    this.children.length = 0;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let child = this.children.filter((c) => !c.retiring && c.busy.size < DEPTH).sort((a, b) => a.busy.size - b.busy.size)[0];
      // Spread the first chapters over every process before doubling up on one.
      if ((!child || child.busy.size > 0) && this.children.length < this.size) child = this.spawn();
      if (!child) return;
      const next = this.queue.shift()!;
      child.busy.set(next.job.id, next);
      child.proc.send(next.job);
    }
  }

  private spawn(): Child {
    const proc = fork(this.bin, ["__series-child"], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      // --expose-gc: the child's long-lived workers collect when it has grown (worker.ts).
      execArgv: [...process.execArgv, "--expose-gc"],
      // resvg's allocator (mimalloc) hands a freed page buffer back to the system 10 ms later, so every
      // chapter's 35 MB of bands faulted in afresh: ~40–80 ms of kernel time a chapter on this machine, against
      // ~15 ms when the child keeps what it freed for the next chapter (its peak is the same).
      env: { MIMALLOC_PURGE_DELAY: "-1", ...process.env },
    });
    const child: Child = { proc, busy: new Map(), stderr: "", retiring: false };
    proc.stderr?.on("data", (d: Buffer) => (child.stderr = (child.stderr + d.toString("utf8")).slice(-4000)));
    proc.on("message", (reply: ChapterReply) => {
      const slot = child.busy.get(reply.id);
      if (!slot) return;
      child.busy.delete(reply.id);
      if ((reply.rss ?? 0) > RETIRE_RSS) child.retiring = true;
      if (child.retiring && child.busy.size === 0) {
        const i = this.children.indexOf(child);
        if (i >= 0) this.children.splice(i, 1);
        proc.disconnect();
      }
      slot.resolve(reply);
      this.pump();
    });
    proc.on("exit", (code, signal) => {
      const i = this.children.indexOf(child);
      if (i >= 0) this.children.splice(i, 1);
      // A crash fails the chapters it held; the rest of the series carries on in a fresh process.
      const why = signal ? `signal ${signal}` : `exit code ${code}`;
      const last = child.stderr.trim().split("\n").filter(Boolean).pop();
      for (const { job, resolve } of child.busy.values()) {
        resolve({ id: job.id, ok: false, warnings: [], error: [`${job.shown}: the renderer stopped (${why})${last ? `: ${last}` : ""}`] });
      }
      child.busy.clear();
      this.pump();
    });
    this.children.push(child);
    return child;
  }
}
