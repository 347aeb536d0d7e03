// One export job on a worker thread, so the PNG and the PDF render side by side and their libraries load
// while the main thread still reads and lays out. Worker code is CommonJS given as source text (`eval`): it
// runs the same whether the caller is the bundled CLI, dist/ JavaScript or TypeScript under vitest, where
// a separate worker file could not be loaded. `setup` must be self-contained: it gets only `workerData`
// and may `require` what it needs.
import { Worker } from "node:worker_threads";

export interface WorkerJob<Msg, Reply> {
  /** Send the one job; resolves with its reply. */
  run(msg: Msg): Promise<Reply>;
  /** Stop the worker if it was never used (a failed build). */
  cancel(): void;
  /** Stop the worker whatever it did (a long-lived worker, `many`, once its owner is done). */
  close(): void;
}

/** Resident memory of the whole process past which a long-lived worker collects after its job. */
const GC_ABOVE_RSS = 480 * 1024 * 1024;

/** The full source a job worker runs: the message loop around `setup`. */
export function workerCode(setup: string): string {
  return `
const { parentPort, workerData } = require("node:worker_threads");
let job, loadError;
try { job = (${setup})(workerData); } catch (err) { loadError = err; }
parentPort.on("message", async ({ id, msg }) => {
  try {
    if (loadError) throw loadError;
    parentPort.postMessage({ id, reply: await job(msg) });
    // A worker that renders job after job (a series build, whose child process runs with --expose-gc)
    // collects once the process has grown: its own heap is small, so V8 would otherwise leave each job's
    // native pixel and zlib buffers (tens of MB) uncollected for many jobs. Not after every job: a full
    // collection each time cost ~40 ms a chapter.
    if (typeof globalThis.gc === "function" && process.memoryUsage.rss() > ${GC_ABOVE_RSS}) globalThis.gc();
  } catch (err) {
    parentPort.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
});
`;
}

/** A worker's source and data: what `npm run build` lists in dist/workers.json for the launcher. */
export interface WorkerSpec {
  code: string;
  data: unknown;
}

/**
 * Workers the launcher started before loading the CLI (bin/nanosheet.js), so they boot while it loads: a
 * build takes one whose source and data are exactly what it would start itself.
 */
export const PRESTARTED = Symbol.for("nanosheet.prestartedWorkers");

function prestarted(spec: WorkerSpec): Worker | undefined {
  const pool = (globalThis as Record<symbol, (WorkerSpec & { worker: Worker })[] | undefined>)[PRESTARTED];
  const data = JSON.stringify(spec.data);
  const i = pool?.findIndex((p) => p.code === spec.code && JSON.stringify(p.data) === data) ?? -1;
  return i >= 0 ? pool!.splice(i, 1)[0]!.worker : undefined;
}

/**
 * Start a worker from its spec (`workerCode(setup)` and the data its `setup` gets): `setup(workerData)` runs
 * at once (loading libraries) and returns the job function. `fail` turns a message from the worker into the
 * caller's error type. A long-lived worker (`many`: a series build renders many sheets on one) takes its jobs
 * one at a time, unless `concurrent`: then a job starts as soon as it is sent (the PNG worker's renders and
 * deflates run on libuv's pool, so one chapter's thumbnail overlaps the next chapter's bands).
 */
export function startWorker<Msg, Reply>(spec: WorkerSpec, fail: (message: string) => Error, many = false, concurrent = false): WorkerJob<Msg, Reply> {
  const worker = prestarted(spec) ?? new Worker(spec.code, { eval: true, workerData: spec.data });
  // An idle worker must not keep the process alive if the build fails before it is used.
  worker.unref();
  let used = false;
  let queue: Promise<unknown> = Promise.resolve();
  // Replies carry their job's id: with concurrent jobs they may come back in any order.
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on("message", (m: { id: number; reply?: Reply; error?: string }) => {
    const job = pending.get(m.id);
    if (!job) return;
    pending.delete(m.id);
    if (m.error === undefined) job.resolve(m.reply as Reply);
    else job.reject(fail(m.error));
    if (!many) void worker.terminate();
  });
  worker.on("error", (err: Error) => {
    for (const job of pending.values()) job.reject(fail(err.message));
    pending.clear();
  });
  const one = (msg: Msg) =>
    new Promise<Reply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, msg });
    });
  return {
    run(msg) {
      if (used && !many) return Promise.reject(fail("a worker runs one job"));
      used = true;
      worker.ref();
      if (concurrent) return one(msg);
      const job = queue.then(() => one(msg));
      queue = job.catch(() => {});
      return job;
    },
    cancel() {
      if (!used) void worker.terminate();
    },
    close() {
      void worker.terminate();
    },
  };
}
