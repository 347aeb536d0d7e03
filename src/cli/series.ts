// `nanosheet build <folder|glob|files…>`: a whole series at once. Chapters render on a pool of processes
// (series-pool.ts), unchanged ones are skipped (series-cache.ts), and the output folder gets, beside each
// chapter's files, a gallery (`index.html`) and the book (`<series>.pdf`) with a bookmark per chapter.
// Each chapter's files are byte-identical to a single build of it (unless `--consistent` evens body sizes).
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { UsageError, stringFlag, type Parsed } from "./args.js";
import { parseDpi, parseFormats, parsePage, type Io } from "./commands.js";
import { ensureDir, writeAllAtomic } from "./files.js";
import { collectChapters, type Chapter } from "./series-inputs.js";
import { Pool } from "./series-pool.js";
import { Progress, type Row } from "./series-progress.js";
import { buildFingerprint, chapterKey, loadCache, relativeSizes, saveCache, stillThere, type CacheEntry } from "./series-cache.js";
import type { ChapterJob, ChapterReply } from "./series-child.js";
import { version } from "./run.js";
import type { BookChapter } from "../export/book.js";

/**
 * Processes rendering at once. One process keeps two cores busy (layout on its main thread while its PNG's
 * bands, its PDF and the next chapter's reading run beside it), so the default is one per two cores: a second
 * process on a 2-core machine only adds its own start-up, warm-up and ~450 MB.
 */
function parseJobs(value: string | undefined): number {
  if (value === undefined) return Math.max(1, Math.round(availableParallelism() / 2));
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new UsageError(`bad --jobs "${value}" (use a whole number from 1 to 64)`, "build");
  return Number(value);
}

/** `deep-dive-llms` → a file name that is safe everywhere. */
const slug = (s: string): string => s.normalize("NFKC").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "").slice(0, 80) || "series";

function seriesTitle(chapters: readonly Chapter[], folder: string | undefined): string {
  const counts = new Map<string, number>();
  for (const c of chapters) if (c.parent) counts.set(c.parent, (counts.get(c.parent) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return best ?? folder ?? "series";
}

/**
 * `--consistent`: the body size to cap every chapter at. Each chapter's own size is the median of its panels'
 * sizes; the series takes the lower quartile of those, so most chapters reach it (and write at one size)
 * while one crammed chapter does not shrink all the others. Chapters below it keep their own size.
 */
function seriesBodyPx(sizes: readonly number[][]): number | undefined {
  const medians = sizes
    .filter((s) => s.length > 0)
    .map((s) => [...s].sort((a, b) => a - b)[Math.floor((s.length - 1) / 2)]!)
    .sort((a, b) => a - b);
  return medians.length ? medians[Math.floor((medians.length - 1) / 4)] : undefined;
}

const outlineOf = (e: CacheEntry): string => {
  const { title, chapter } = e.meta;
  return chapter !== undefined && !title.startsWith(String(chapter)) ? `${chapter}. ${title}` : title;
};

export async function seriesCommand(p: Parsed, io: Io): Promise<number> {
  const formats = parseFormats(stringFlag(p, "format"), "build");
  const page = parsePage(stringFlag(p, "page"), "build");
  const dpi = parseDpi(stringFlag(p, "dpi"), "build");
  const jobs = parseJobs(stringFlag(p, "jobs"));
  const quiet = p.flags.has("quiet");
  const out = resolve(io.cwd, stringFlag(p, "out") ?? ".");
  const { chapters, folder, skipped } = await collectChapters(p.positionals, io.cwd);
  const title = seriesTitle(chapters, folder);
  const options = { formats, page: page ?? null, dpi, report: p.flags.has("report"), allowOverflow: p.flags.has("allow-overflow") };
  await ensureDir(out);
  const cache = p.flags.has("force") ? { format: 1 as const, chapters: {} } : await loadCache(out);
  const fingerprint = buildFingerprint(version());
  const pool = new Pool(Math.min(jobs, chapters.length));
  const progress = new Progress(chapters.length, io, { live: io.live, quiet, jobs: Math.min(jobs, chapters.length) });
  const job = (c: Chapter, id: number, extra: Partial<ChapterJob> = {}): ChapterJob => ({
    id,
    input: c.path,
    shown: c.shown,
    outputs: Object.fromEntries([...formats.map((f) => [f, join(out, `${c.name}.${f}`)]), ...(options.report ? [["report", join(out, `${c.name}.report.json`)]] : [])]),
    thumb: join(out, "thumbs", `${c.name}.png`),
    ...(page ? { page } : {}),
    dpi,
    allowOverflow: options.allowOverflow,
    debug: io.debug,
    ...extra,
  });
  try {
    // --consistent: lay every chapter out once, then cap body sizes at a size most chapters reach.
    let maxFontPx: number | undefined;
    if (p.flags.has("consistent")) {
      const sizes = await Promise.all(chapters.map((c, i) => pool.run(job(c, i, { measure: true }))));
      maxFontPx = seriesBodyPx(sizes.map((r) => r.bodyPx ?? []));
    }
    const keys = chapters.map((c) => chapterKey(fingerprint, { ...options, maxFontPx: maxFontPx ?? null }, c.bytes));
    const results: Promise<{ entry: CacheEntry; row: Row }>[] = chapters.map(async (c, i) => {
      const old = cache.chapters[c.name];
      if (old && old.key === keys[i] && (await stillThere(out, old.written))) {
        const row = rowOf(c, old, "cached");
        progress.chapter(row);
        return { entry: old, row };
      }
      const reply = await pool.run(job(c, chapters.length + i, maxFontPx ? { maxFontPx } : {}));
      const entry = entryOf(c, keys[i]!, reply, out);
      const row = rowOf(c, entry, reply.ok ? formats.join(" ") : "failed", reply.ms, reply.warnings.filter((w) => w.startsWith("timings:")));
      progress.chapter(row);
      return { entry, row };
    });
    const seriesKey = chapterKey(fingerprint, { title, options, keys }, Buffer.alloc(0));
    const bookFile = join(out, `${slug(title)}.pdf`);
    const unchanged = cache.series?.key === seriesKey && (await stillThere(out, cache.series.written));
    // The book is written while the chapters render, page by page in chapter order, as each is ready.
    const book = formats.includes("pdf") && !unchanged ? writeBook(results, chapters, out, bookFile, title) : Promise.resolve(undefined);
    book.catch(() => {});
    const done = await Promise.all(results);
    const bookBytes = await book;
    const entries = done.map((d) => d.entry);
    const written: Record<string, number> = unchanged ? cache.series!.written : {};
    if (!unchanged) {
      const { galleryHtml } = await import("../export/gallery.js");
      const html = galleryHtml({ title, chapters: chapters.map((c, i) => ({ name: c.name, entry: entries[i]! })), formats, book: bookBytes ? `${slug(title)}.pdf` : undefined });
      const files = [{ path: join(out, "index.html"), data: html }];
      await writeAllAtomic(files);
      for (const f of files) written[f.path] = Buffer.byteLength(f.data);
      if (bookBytes) written[bookFile] = bookBytes;
    }
    cache.chapters = Object.fromEntries(chapters.map((c, i) => [c.name, entries[i]!]));
    if (!unchanged) cache.series = { key: seriesKey, written: relativeSizes(out, written) };
    await saveCache(out, cache);
    const rows = done.map((d) => d.row);
    const where = out === resolve(io.cwd) ? "" : `${out.startsWith(`${resolve(io.cwd)}/`) ? out.slice(resolve(io.cwd).length + 1) : out}/`;
    const hasBook = cache.series?.written[`${slug(title)}.pdf`] !== undefined;
    progress.summary(rows, [`gallery: ${where}index.html${hasBook ? ` · book: ${where}${slug(title)}.pdf` : ""}`]);
    if (skipped.length && !quiet) io.err(`note: skipped ${skipped.join(", ")}: not a prompt document (no # Layout Structure, # Source Text or # Output Structure Plan heading) nor sheet Markdown (no nanosheet: 1 frontmatter)`);
    return rows.some((r) => r.error) ? 1 : 0;
  } finally {
    pool.close();
  }
}

function entryOf(c: Chapter, key: string, reply: ChapterReply, out: string): CacheEntry & { error?: string[] } {
  const meta = reply.meta ?? { title: c.title ?? c.name, ...(c.number !== undefined ? { chapter: c.number } : {}) };
  return {
    key,
    meta,
    ...(reply.size ? { size: reply.size } : {}),
    written: relativeSizes(out, reply.written ?? {}),
    // --debug's stage timings ride along as a warning line: printed, never cached or badged.
    warnings: reply.warnings.filter((w) => !w.startsWith("timings:")),
    ...(reply.ok ? {} : { error: reply.error ?? [`${c.shown}: failed`] }),
  };
}

function rowOf(c: Chapter, e: CacheEntry & { error?: string[] }, outputs: string, ms?: number, timings: string[] = []): Row {
  const error = e.error;
  const problems = e.warnings.length;
  const n = e.meta.chapter ?? c.number;
  return {
    ...(n !== undefined ? { number: n } : {}),
    shown: c.shown,
    title: e.meta.title,
    outputs: error ? "failed" : outputs,
    ...(ms !== undefined ? { ms } : {}),
    // The table names the file already: its error shows from the line on (the full line follows the table).
    problems: error ? (error[0] ?? "failed").replace(`${c.shown}:`, "line ").replace(/^line (\D)/, "$1").trim() : problems ? `${problems} warning${problems === 1 ? "" : "s"}` : "–",
    ...(error ? { error } : {}),
    warnings: outputs === "cached" ? [] : [...e.warnings, ...timings],
  };
}

async function writeBook(results: Promise<{ entry: CacheEntry }>[], chapters: readonly Chapter[], out: string, file: string, title: string): Promise<number | undefined> {
  // Each chapter's own PDF, in chapter order, as soon as it is written (or still there from the last run).
  async function* pages(): AsyncGenerator<BookChapter> {
    for (let i = 0; i < results.length; i++) {
      const { entry } = await results[i]!;
      if ((entry as { error?: unknown }).error) continue;
      yield { pdf: await readFile(join(out, `${chapters[i]!.name}.pdf`)), outline: outlineOf(entry) };
    }
  }
  const { renderBook } = await import("../export/book.js");
  const pdf = await renderBook(pages(), title);
  if (!pdf) return undefined;
  await writeAllAtomic([{ path: file, data: pdf }]);
  return pdf.length;
}
