// Export workers: one job each, and the launcher's early-started workers taken over only when they match.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { PRESTARTED, startWorker, workerCode, type WorkerSpec } from "../src/export/worker.js";

// A job that answers with the thread it ran on, so a test can tell which worker did it.
const SETUP = `function (data) {
  const { threadId } = require("node:worker_threads");
  return (msg) => ({ threadId, tag: data.tag, echo: msg });
}`;

type Reply = { threadId: number; tag: string; echo: string };
const fail = (m: string) => new Error(m);
const pool = () => ((globalThis as Record<symbol, (WorkerSpec & { worker: Worker })[]>)[PRESTARTED] ??= []);

function prestart(data: unknown): Worker {
  const worker = new Worker(workerCode(SETUP), { eval: true, workerData: data });
  worker.unref();
  pool().push({ code: workerCode(SETUP), data, worker });
  return worker;
}

describe("startWorker", () => {
  it("runs one job and refuses a second", async () => {
    const job = startWorker<string, Reply>({ code: workerCode(SETUP), data: { tag: "a" } }, fail);
    expect(await job.run("hi")).toMatchObject({ tag: "a", echo: "hi" });
    await expect(job.run("again")).rejects.toThrow("a worker runs one job");
  });

  it("takes over a prestarted worker with the same source and data", async () => {
    const early = prestart({ tag: "early" });
    const reply = await startWorker<string, Reply>({ code: workerCode(SETUP), data: { tag: "early" } }, fail).run("x");
    expect(reply.threadId).toBe(early.threadId);
    expect(pool().some((p) => p.worker === early)).toBe(false);
  });

  it("starts its own when the prestarted worker's data differ (a stale dist/workers.json)", async () => {
    const stale = prestart({ tag: "old" });
    const reply = await startWorker<string, Reply>({ code: workerCode(SETUP), data: { tag: "new" } }, fail).run("x");
    expect(reply.threadId).not.toBe(stale.threadId);
    expect(reply.tag).toBe("new");
    expect(pool().some((p) => p.worker === stale)).toBe(true);
    await stale.terminate();
    pool().length = 0;
  });

  it("reports an error thrown while the worker set up, on its job", async () => {
    const broken = `function () { throw new Error("no such library"); }`;
    await expect(startWorker<string, Reply>({ code: workerCode(broken), data: {} }, fail).run("x")).rejects.toThrow("no such library");
  });

  it("runs job after job on one thread when long-lived (a series build), in order, until closed", async () => {
    const job = startWorker<string, Reply>({ code: workerCode(SETUP), data: { tag: "many" } }, fail, true);
    const replies = await Promise.all(["a", "b", "c"].map((m) => job.run(m)));
    expect(replies.map((r) => r.echo)).toEqual(["a", "b", "c"]);
    expect(new Set(replies.map((r) => r.threadId)).size).toBe(1);
    expect((await job.run("d")).threadId).toBe(replies[0]!.threadId);
    job.close();
  });
});
