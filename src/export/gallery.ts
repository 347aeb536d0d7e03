// The series gallery, `index.html`: one card per chapter (thumbnail, number, English and Korean titles,
// links to its files, a badge for any problem). One self-contained file: no script, no request beyond the
// thumbnails beside it (its Korean is written in the sheets' pen face, the slices it needs embedded), under a Content-Security-Policy that allows exactly that (the style is
// allowed by its hash; `file:` because some browsers give a page opened from disk an origin of its own), so
// it opens straight from disk and reads on a phone (one column under ~600 px).
import { createHash } from "node:crypto";
import { EMBEDDED_FAMILY, embeddedFaceCss } from "../fonts/web.js";

export interface GalleryChapter {
  /** The outputs' base name: `<name>.png`, `thumbs/<name>.png`. */
  name: string;
  entry: {
    meta: { title: string; titleKr?: string; chapter?: number };
    warnings: string[];
    /** Set when the chapter failed: the error lines, the first naming file:line. */
    error?: string[];
  };
}

export interface Gallery {
  title: string;
  chapters: readonly GalleryChapter[];
  /** Which of md, svg, png, pdf each chapter has. */
  formats: readonly string[];
  /** The book's file name, when there is one. */
  book?: string | undefined;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const href = (file: string): string => file.split("/").map(encodeURIComponent).join("/");

const STYLE = `
:root{color-scheme:light dark;--paper:#fbf8ef;--ink:#24211c;--muted:#6b645a;--line:#e4dccb;--card:#fffdf7;--accent:#2f6fbd;--bad:#c0392b;--warn:#b7791f}
@media (prefers-color-scheme:dark){:root{--paper:#1d1c1a;--ink:#eee8dc;--muted:#a59d90;--line:#34312c;--card:#262421;--accent:#7fb0ee;--bad:#ef7b6e;--warn:#e0b15a}}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.45 "${EMBEDDED_FAMILY}",system-ui,-apple-system,"Segoe UI",sans-serif;
background-image:linear-gradient(var(--line) 1px,transparent 1px),linear-gradient(90deg,var(--line) 1px,transparent 1px);background-size:24px 24px}
header,main{max-width:1200px;margin:0 auto;padding:16px}
header{padding-top:28px}
h1{margin:0 0 4px;font-size:clamp(1.5rem,4vw,2.2rem);overflow-wrap:anywhere}
.sub{margin:0;color:var(--muted)}
.sub a{color:var(--accent)}
ol{list-style:none;margin:0;padding:0;display:grid;gap:18px;grid-template-columns:repeat(auto-fill,minmax(min(100%,300px),1fr))}
li{background:var(--card);border:1px solid var(--line);border-radius:10px;box-shadow:0 1px 3px #0002;overflow:hidden;display:flex;flex-direction:column}
.thumb{display:block;aspect-ratio:297/210;background:var(--line)}
.thumb img{display:block;width:100%;height:100%;object-fit:contain}
.none{display:flex;align-items:center;justify-content:center;aspect-ratio:auto;padding:20px;color:var(--bad);font-weight:600}
.body{padding:10px 14px 14px;display:flex;flex-direction:column;gap:6px;flex:1}
h2{margin:0;font-size:1.05rem;display:flex;gap:8px;align-items:baseline;overflow-wrap:anywhere}
.no{flex:none;min-width:1.8em;padding:0 6px;border-radius:99px;background:var(--accent);color:var(--card);text-align:center;font-size:.85rem}
.kr{margin:0;color:var(--muted)}
.links{margin-top:auto;display:flex;flex-wrap:wrap;gap:8px}
.links a{padding:4px 10px;border:1px solid var(--line);border-radius:6px;color:var(--accent);text-decoration:none}
.links a:hover,.links a:focus{border-color:var(--accent)}
.badge{align-self:flex-start;padding:1px 8px;border-radius:99px;font-size:.8rem;font-weight:600;color:var(--card)}
.bad{background:var(--bad)}.warn{background:var(--warn)}
details{font-size:.85rem;color:var(--muted)}
details p,pre{margin:4px 0;white-space:pre-wrap;overflow-wrap:anywhere;font:.8rem/1.35 "${EMBEDDED_FAMILY}",ui-monospace,monospace}
`;

/** "7. GPT-2 Training" under a "7" badge reads as "GPT-2 Training". */
const unnumbered = (title: string, n: number | undefined): string => (n === undefined ? title : title.replace(new RegExp(`^${n}[.:)]?\\s+`), "")) || title;

function card(c: GalleryChapter, formats: readonly string[]): string {
  const { warnings, error } = c.entry;
  const meta = { ...c.entry.meta, title: unnumbered(c.entry.meta.title, c.entry.meta.chapter), titleKr: c.entry.meta.titleKr && unnumbered(c.entry.meta.titleKr, c.entry.meta.chapter) };
  const no = meta.chapter !== undefined ? `<span class="no" title="chapter ${esc(String(meta.chapter))}">${esc(String(meta.chapter))}</span>` : "";
  const kr = meta.titleKr ? `<p class="kr" lang="ko">${esc(meta.titleKr)}</p>` : "";
  if (error) {
    return `<li><div class="thumb none">not built</div><div class="body"><h2>${no}<span>${esc(meta.title)}</span></h2>${kr}
<span class="badge bad">failed</span><pre>${esc(error.join("\n"))}</pre></div></li>`;
  }
  const label: Record<string, string> = { png: "PNG", pdf: "PDF", md: "Markdown", svg: "SVG" };
  const links = ["png", "pdf", "md", "svg"].filter((f) => formats.includes(f)).map((f) => `<a href="${href(`${c.name}.${f}`)}">${label[f]}</a>`);
  const target = formats.includes("png") ? `${c.name}.png` : formats.includes("pdf") ? `${c.name}.pdf` : `thumbs/${c.name}.png`;
  const shown = warnings.filter((w) => !w.startsWith("timings:"));
  const badge = shown.length
    ? `<details><summary><span class="badge warn">${shown.length} problem${shown.length === 1 ? "" : "s"}</span></summary>${shown.map((w) => `<p>${esc(w)}</p>`).join("")}</details>`
    : "";
  return `<li><a class="thumb" href="${href(target)}"><img src="${href(`thumbs/${c.name}.png`)}" alt="${esc(meta.title)}" width="702" height="496" decoding="async"></a>
<div class="body"><h2>${no}<span>${esc(meta.title)}</span></h2>${kr}${badge}<nav class="links">${links.join("")}</nav></div></li>`;
}

export function galleryHtml(g: Gallery): string {
  const failed = g.chapters.filter((c) => c.entry.error).length;
  const count = `${g.chapters.length} chapter${g.chapters.length === 1 ? "" : "s"}${failed ? ` · ${failed} failed` : ""}`;
  const book = g.book ? ` · <a href="${href(g.book)}">the whole book (PDF)</a>` : "";
  const body = `<header><h1>${esc(g.title)}</h1><p class="sub">${count}${book}</p></header>
<main><ol>
${g.chapters.map((c) => card(c, g.formats)).join("\n")}
</ol></main>`;
  // Korean (or any non-ASCII) text renders even where the system has no face for it: see fonts/web.ts.
  const style = `${embeddedFaceCss(body)}\n${STYLE}`;
  const hash = createHash("sha256").update(style).digest("base64");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file:; font-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="nanosheet">
<title>${esc(g.title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
