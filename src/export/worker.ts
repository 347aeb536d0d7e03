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
}

/**
 * Start a worker whose `setup(workerData)` runs at once (loading libraries) and returns the job function.
 * `fail` turns a message from the worker into the caller's error type.
 */
export function startWorker<Msg, Reply>(setup: string, workerData: unknown, fail: (message: string) => Error): WorkerJob<Msg, Reply> {
  const code = `
const { parentPort, workerData } = require("node:worker_threads");
let job, loadError;
try { job = (${setup})(workerData); } catch (err) { loadError = err; }
parentPort.once("message", async (msg) => {
  try {
    if (loadError) throw loadError;
    parentPort.postMessage({ reply: await job(msg) });
  } catch (err) {
    parentPort.postMessage({ error: err && err.message ? err.message : String(err) });
  }
});
`;
  const worker = new Worker(code, { eval: true, workerData });
  // An idle worker must not keep the process alive if the build fails before it is used.
  worker.unref();
  let used = false;
  return {
    run(msg) {
      if (used) return Promise.reject(fail("a worker runs one job"));
      used = true;
      worker.ref();
      return new Promise<Reply>((resolve, reject) => {
        worker.once("message", (m: { reply?: Reply; error?: string }) => {
          if (m.error === undefined) resolve(m.reply as Reply);
          else reject(fail(m.error));
          void worker.terminate();
        });
        worker.once("error", (err) => reject(fail(err.message)));
        worker.postMessage(msg);
      });
    },
    cancel() {
      if (!used) void worker.terminate();
    },
  };
}
