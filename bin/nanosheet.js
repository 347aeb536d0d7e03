#!/usr/bin/env node
// The CLI lives in dist/ (built by `npm run build`, run on install by `prepare`).
import("../dist/cli/main.js").catch((err) => {
  if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist/cli/main.js")) {
    process.stderr.write("nanosheet: not built yet — run `npm run build` first\n");
  } else {
    process.stderr.write(`nanosheet: ${err && err.stack ? err.stack : err}\n`);
  }
  process.exitCode = 1;
});
