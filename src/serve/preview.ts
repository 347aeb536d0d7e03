// The live preview's state: for every chapter the last sheet that built (its SVG, panel boxes and problems)
// and the error of the latest save when that one did not build. Rebuilds run one at a time, and a save that
// arrives during a rebuild queues one more, so the last save always wins.
import { overflowLines, type BuildResult, type Format } from "../build.js";
import { layoutReport } from "../export/report.js";
import type { PageSize } from "../model/sheet.js";
import type { Chapter } from "./chapters.js";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProblemView {
  kind: string;
  panel: string | undefined;
  /** The line `nanosheet check` prints for it (without the file prefix). */
  message: string;
}

/** What the page needs besides the SVG; boxes are in the SVG's own units (CSS px). */
export interface ChapterView {
  name: string;
  /** Bumps on every rebuild, good or not. */
  version: number;
  /** The version whose sheet is on show; 0 before any sheet built. */
  goodVersion: number;
  title: string;
  /** The error lines exactly as the CLI prints them, when the latest save did not build. */
  error: string[] | null;
  problems: ProblemView[];
  warnings: string[];
  panels: (Box & { id: string; title: string })[];
  titleBox: Box | null;
  /** How long the latest rebuild took, reading the file included (ms). */
  buildMs: number;
}

export interface PreviewOptions {
  /** How messages name a chapter: the path as the user would type it for `build`. */
  shown: (chapter: Chapter) => string;
  /** Given the file's bytes, as `build` reads a file: an encoding other than UTF-8 is decoded and said among the warnings. */
  build: (text: Uint8Array, opts: { file: string; formats: Format[]; allowOverflow: boolean; page?: PageSize }) => Promise<BuildResult>;
  /** The CLI's error lines for a thrown error. */
  errorLines: (err: unknown) => string[];
  page?: PageSize | undefined;
}

interface Good {
  version: number;
  /** The file's bytes that built last. */
  bytes: Uint8Array;
  svg: string;
}

interface Entry {
  chapter: Chapter;
  view: ChapterView;
  good: Good | undefined;
  downloads: Map<string, Promise<Buffer | string>>;
}

export class Preview {
  private readonly entries = new Map<string, Entry>();
  /** Called with the chapter that rebuilt, or with undefined when the list of chapters changed. */
  private readonly listeners = new Set<(view: ChapterView | undefined) => void>();
  private queue: Promise<void> = Promise.resolve();
  private readonly queued = new Set<string>();

  constructor(private readonly opts: PreviewOptions) {}

  /** Replace the chapter list (a file added to or removed from the folder); new chapters build. Returns their names. */
  async setChapters(chapters: Chapter[]): Promise<string[]> {
    const names = new Set(chapters.map((c) => c.name));
    const removed = [...this.entries.keys()].filter((name) => !names.has(name));
    for (const name of removed) this.entries.delete(name);
    const added = chapters.filter((c) => !this.entries.has(c.name));
    for (const chapter of added) {
      this.entries.set(chapter.name, {
        chapter,
        view: { name: chapter.name, version: 0, goodVersion: 0, title: chapter.name, error: null, problems: [], warnings: [], panels: [], titleBox: null, buildMs: 0 },
        good: undefined,
        downloads: new Map(),
      });
    }
    if (removed.length + added.length > 0) for (const listener of this.listeners) listener(undefined);
    await Promise.all(added.map((c) => this.rebuild(c.name)));
    return added.map((c) => c.name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  views(): ChapterView[] {
    return [...this.entries.values()].map((e) => e.view);
  }

  svg(name: string): string | undefined {
    return this.entries.get(name)?.good?.svg;
  }

  onChange(listener: (view: ChapterView | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rebuild `name` after whatever is running; a name already waiting is not queued twice. */
  rebuild(name: string): Promise<void> {
    if (this.queued.has(name)) return this.queue;
    this.queued.add(name);
    this.queue = this.queue.then(() => {
      this.queued.delete(name);
      return this.run(name);
    });
    return this.queue;
  }

  private async run(name: string): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) return;
    const file = this.opts.shown(entry.chapter);
    const version = entry.view.version + 1;
    let view: ChapterView;
    const t0 = performance.now();
    try {
      const bytes = await readBytes(entry.chapter.path, file);
      const result = await this.opts.build(bytes, { file, formats: ["svg"], allowOverflow: true, ...(this.opts.page ? { page: this.opts.page } : {}) });
      entry.good = { version, bytes, svg: result.outputs.svg ?? "" };
      entry.downloads.clear();
      view = { ...viewOf(result), name, version, goodVersion: version, error: null, buildMs: 0 };
    } catch (err) {
      view = { ...entry.view, version, error: this.opts.errorLines(err) };
    }
    view.buildMs = Math.round(performance.now() - t0);
    if (!this.entries.has(name)) return;
    entry.view = view;
    for (const listener of this.listeners) listener(view);
  }

  /**
   * The chapter on show as `build` writes it in `format`, from the text that built last (what is on
   * screen, even while a later save is broken). Undefined when nothing has built yet.
   */
  download(name: string, format: Format): Promise<Buffer | string> | undefined {
    const entry = this.entries.get(name);
    const good = entry?.good;
    if (!entry || !good) return undefined;
    let job = entry.downloads.get(format);
    if (!job) {
      const file = this.opts.shown(entry.chapter);
      job = this.opts
        .build(good.bytes, { file, formats: [format], allowOverflow: true, ...(this.opts.page ? { page: this.opts.page } : {}) })
        .then((r) => r.outputs[format] ?? "");
      // A failed render is not kept: the next click tries again.
      job.catch(() => entry.downloads.delete(format));
      entry.downloads.set(format, job);
    }
    return job;
  }
}

async function readBytes(path: string, shown: string): Promise<Uint8Array> {
  const { readInputBytes } = await import("../cli/files.js");
  return readInputBytes(path, shown);
}

function viewOf(result: BuildResult): Omit<ChapterView, "name" | "version" | "goodVersion" | "error" | "buildMs"> {
  // At 96 dpi the report's pixels are the SVG's own units.
  const report = layoutReport(result.positioned, 96);
  const t = result.positioned.title?.box;
  // The build's warnings repeat every problem (and each overflow once more, as `build` words it).
  const repeats = new Set([...result.problems.map((p) => p.message), ...overflowLines(result.positioned)]);
  return {
    title: result.sheet.meta.title,
    problems: result.problems.map((p) => ({ kind: p.kind, panel: p.panel, message: p.message })),
    // The reader's decisions and layout notes that are not already a problem.
    warnings: result.warnings.filter((w) => !repeats.has(w) && !result.problems.some((p) => w.endsWith(p.message))),
    panels: report.panels.map((p) => ({ id: p.id, title: p.title, x: p.x, y: p.y, width: p.width, height: p.height })),
    titleBox: t ? { x: t.x, y: t.y, width: t.width, height: t.height } : null,
  };
}
