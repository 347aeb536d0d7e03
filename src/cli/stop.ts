// Long-running commands (`serve`, `build --watch`) run until Ctrl-C or SIGTERM, then close what they opened.

/** Resolves on the first SIGINT or SIGTERM, and takes its handlers off again so a second signal acts as usual. */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolveStop();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
