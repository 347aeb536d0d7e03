// `npm run build`: compile src/ to dist/ with tsc (the library and its types), bundle the CLI into
// dist/nanosheet.cjs, then store V8's compiled code for the bundle by building the example once (see
// bin/nanosheet.js for why). Only tsc failing fails the build; without the bundle or its cache the CLI
// still runs, just slower to start.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const require = createRequire(import.meta.url);
const node = (args, env = {}) => spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });

// A bundle older than the sources must never run: drop it first, so a failed build leaves plain dist/.
const bundle = join(dist, "nanosheet.cjs");
rmSync(bundle, { force: true });
rmSync(`${bundle}.cache`, { force: true });
rmSync(join(dist, "workers.json"), { force: true });

const tsc = node([join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// The faces unpacked from WOFF once, here, instead of on every run (see src/fonts/faces.ts).
{
  const { FACE_SPECS, fontPath, unpackedPath } = await import(pathToFileURL(join(dist, "fonts", "faces.js")).href);
  const { woffToSfnt } = await import(pathToFileURL(join(dist, "fonts", "woff.js")).href);
  for (const spec of Object.values(FACE_SPECS)) {
    const woff = fontPath(spec);
    writeFileSync(join(dist, "fonts", unpackedPath(spec, statSync(woff).size)), woffToSfnt(readFileSync(woff), inflateSync));
  }
}

// Byte offsets of the emoji art in @iconify-json/noto and each emoji's name (see src/draw/emoji.ts).
const { buildEmojiIndex } = await import(pathToFileURL(join(dist, "draw", "emoji.js")).href);
writeFileSync(join(dist, "emoji-index.txt"), buildEmojiIndex(), "latin1");

// Native or smaller stand-ins swapped into the bundles (see scripts/bundle-shims/).
const SHIMS = {
  "tiny-inflate": join(root, "scripts", "bundle-shims", "tiny-inflate.cjs"),
  brotli: join(root, "scripts", "bundle-shims", "brotli"),
};

/**
 * esbuild leaves non-ASCII characters in regular expression literals. A single one makes Node decode the whole
 * file as UTF-8 into a two-byte string: ~9 ms and 6 MB for Mermaid's 3 MB of parsers on every run, against
 * ~1.5 ms for the same file in ASCII. Each such character becomes its \u escape (UTF-16 units, so astral
 * characters become the surrogate pair a regex or string reads as the same character). A character behind an
 * odd run of backslashes would turn into a different escape; then the file is left as it is.
 */
function asciiOnly(file) {
  const source = readFileSync(file, "utf8");
  if (/(?<!\\)(?:\\\\)*\\[\u0080-\uffff]/.test(source)) return;
  const ascii = source.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== source) writeFileSync(file, ascii);
}

let esbuild;
try {
  esbuild = require("esbuild");
} catch {
  console.warn("build: esbuild is not installed; the CLI runs unbundled");
  process.exit(0);
}

await esbuild.build({
  entryPoints: [join(dist, "cli", "main.js")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Native code, packages that read their own data files by path, and Mermaid (loaded on demand by file).
  external: ["@resvg/resvg-js", "pdfkit", "svg-to-pdfkit", "pdf-lib", "mermaid", "linkedom"],
  // fontkit's Unicode tables decode through native zlib instead of pure-JS inflate; no WOFF2 decoder.
  alias: SHIMS,
  // Font and emoji packages are found relative to the module asking; in the bundle that is the bundle.
  define: { "import.meta.url": "__bundle_url" },
  banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  // Whitespace and syntax only: names stay (error names, functions the workers run from their source).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
asciiOnly(bundle);

/**
 * Bundle a generated CommonJS entry (`source`) into `outfile` (dropping any old bundle and cache first).
 * Returns false when esbuild could not, after saying so with `fallback` (what runs instead).
 */
async function bundleEntry(name, source, outfile, fallback, options = {}) {
  rmSync(outfile, { force: true });
  rmSync(`${outfile}.cache`, { force: true });
  const entryDir = mkdtempSync(join(tmpdir(), `nanosheet-${name}-`));
  const entry = join(entryDir, "entry.cjs");
  writeFileSync(entry, source);
  try {
    await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: "warning",
      ...options,
    });
    asciiOnly(outfile);
    return true;
  } catch {
    rmSync(outfile, { force: true });
    console.warn(`build: could not bundle ${name}; ${fallback}`);
    return false;
  } finally {
    rmSync(entryDir, { recursive: true, force: true });
  }
}

// Mermaid's `getConfig()` deep-copies its whole configuration, and its flowchart and mindmap databases call it
// for every node they add: about half of a warm read of the example sheet Markdown. In the bundle the copy is
// kept until the configuration changes (`currentConfig` is replaced then); the parsers only read it. A test
// checks that sheets parse to the same bytes through the bundle as through Mermaid's own chunks.
const GET_CONFIG = `var getConfig = /* @__PURE__ */ __name(() => {
  return assignWithDepth_default({}, currentConfig);
}, "getConfig");`;
const KEPT_CONFIG = `var getConfigCopy, getConfigCopyOf;
var getConfig = /* @__PURE__ */ __name(() => {
  if (getConfigCopyOf !== currentConfig) {
    getConfigCopy = assignWithDepth_default({}, currentConfig);
    getConfigCopyOf = currentConfig;
  }
  return getConfigCopy;
}, "getConfig");`;
let keptConfig = false;
const mermaidConfigCopy = {
  name: "mermaid-config-copy",
  setup(build) {
    build.onLoad({ filter: /mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/]chunk-[\w-]+\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(GET_CONFIG)) return undefined;
      keptConfig = true;
      return { contents: source.replace(GET_CONFIG, KEPT_CONFIG), loader: "js" };
    });
  },
};

// Mermaid loads its renderers' pieces (the dagre, swimlane and cose-bilkent layouts with cytoscape, KaTeX, a
// text-size probe) with import() when it draws. We only parse, so those are left out of the bundle: about 1.3 of
// its 3 MB, which every build that reads a mermaid block loaded and deserialised for nothing. Should one ever
// be asked for, its import() fails with this message.
const mermaidParseOnly = {
  name: "mermaid-parse-only",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "dynamic-import" && /mermaid[\\/]dist[\\/]chunks[\\/]/.test(args.importer) ? { path: args.path, namespace: "mermaid-render-only" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "mermaid-render-only" }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`nanosheet bundles Mermaid's parsers only, not ${args.path}`)});`,
      loader: "js",
    }));
  },
};

// Mermaid's two parser chunks and linkedom (the DOM shim they need) as one lazily-evaluated CommonJS bundle
// (see src/mermaid/load.ts). Chunk file names carry a hash, so the entry is written here.
const chunks = join(root, "node_modules", "mermaid", "dist", "chunks", "mermaid.core");
const chunk = (re) => readdirSync(chunks).find((f) => re.test(f));
const flow = chunk(/^flowDiagram-[\w-]+\.mjs$/);
const mindmap = chunk(/^mindmap-definition-[\w-]+\.mjs$/);
const parsers = join(dist, "mermaid-parsers.cjs");
if (flow && mindmap) {
  await bundleEntry(
    "Mermaid's parsers",
    `exports.parseHTML = () => require("linkedom").parseHTML;\n` +
      `exports.diagram = (kind) => (kind === "flow" ? require(${JSON.stringify(join(chunks, flow))}) : require(${JSON.stringify(join(chunks, mindmap))})).diagram;\n`,
    parsers,
    "they load from the mermaid package instead",
    { nodePaths: [join(root, "node_modules")], plugins: [mermaidConfigCopy, mermaidParseOnly], alias: { "cssomnom/parse": join(root, "scripts", "bundle-shims", "cssomnom-parse.cjs") } },
  );
  if (!keptConfig) console.warn("build: Mermaid's getConfig() not found as expected; sheet Markdown parses without the kept copy");
} else {
  rmSync(parsers, { force: true });
  rmSync(`${parsers}.cache`, { force: true });
  console.warn("build: Mermaid's flowchart/mindmap chunks not found; the parsers load from the mermaid package");
}

// The PDF worker's libraries (pdfkit, svg-to-pdfkit and pdfkit's fontkit) as one bundle with a code cache
// (see src/export/pdf-worker.ts): compiling them afresh, and fontkit's pure-JS inflate of its Unicode tables,
// cost the worker ~150 ms of CPU that the main thread wanted for layout on a 2-core machine.
{
  const pdfkit = require.resolve("pdfkit");
  const fontkit = require.resolve("fontkit", { paths: [dirname(pdfkit)] });
  await bundleEntry(
    "the PDF libraries",
    `exports.PDFDocument = require(${JSON.stringify(pdfkit)});\n` +
      `exports.svgToPdf = require(${JSON.stringify(require.resolve("svg-to-pdfkit"))});\n` +
      `exports.fontkit = require(${JSON.stringify(fontkit)});\n`,
    join(dist, "pdf-libs.cjs"),
    "the PDF worker loads them from node_modules",
    { alias: SHIMS },
  );
}

// The export workers' source and data, for bin/nanosheet.js to start them before it loads the CLI bundle
// (see src/export/worker.ts): a build then takes them over instead of starting its own ~200 ms later. `dist`
// says which installation the paths in them belong to.
writeFileSync(join(dist, "workers.json"), JSON.stringify({ dist, ...(await require(bundle).workerSpecs()) }));

// The warm-up run whose compiled code the caches keep: both examples in one process, so the cache holds both
// readers (a prompt-only or sheet-only warm-up left the other reader to compile at every run: ~70 ms).
const out = mkdtempSync(join(tmpdir(), "nanosheet-build-"));
try {
  const warm = node(["bin/nanosheet.js", "build", "examples/neural-network-internals.prompt.txt", "examples/neural-network-internals.sheet.md", "-o", out], {
    NANOSHEET_WRITE_CODE_CACHE: "1",
  });
  if (warm.status !== 0) console.warn("build: could not store the compiled-code cache; the CLI still runs");
} finally {
  rmSync(out, { recursive: true, force: true });
}
